import Interpreter
import Tensor

extension Builtins {
  static let counting: [Builtin] = [
    Builtin(
      "count", area: .frames,
      summary: "The number of non-missing values of each column, as a frame.",
      parameters: [Parameter("frame", .frame, "The frame.")],
      returns: .frame,
      details: "One row per column, with columns name and count, as pandas' count(). NaN "
        + "is a float value, so it is counted.",
      examples: [Example("count(frame(a=[1, nil, 3], b=[\"x\", \"y\", nil])).count[1]", "2")]
    ) { args in
      let frame = try args.frame("frame")
      let counts = frame.columns.map { $0.count - $0.missingCount }
      return .frame(
        try Frame(columns: [
          Column(name: "name", storage: .strings(frame.names)),
          Column(name: "count", storage: .int(counts)),
        ]))
    }
  ]
}
