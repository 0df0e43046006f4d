import Interpreter
import Tensor

extension Builtins {
  static let rolling: [Builtin] = [
    Builtin(
      "rolling", area: .frames, summary: "A statistic over a trailing window of each row.",
      parameters: [
        Parameter("column", .column, "A numeric column."),
        Parameter(
          "window", .bounded(1...Int.max), "The number of rows in each window, at least 1."),
        Parameter(
          "stat", .choice(Rolling.Function.allCases.map(\.rawValue)),
          "The statistic; std has ddof=1.", default: .string("mean")),
      ],
      returns: .column,
      details: "As pandas' rolling(window).mean() and the like: row i gets the statistic of "
        + "rows i-window+1 to i, so the first window-1 rows are missing, and so is any "
        + "window with a missing value. The result is float.",
      examples: [
        Example("rolling(column([1, 2, 3, 4]), 2)[3]", "3.5"),
        Example("rolling(column([1, 2, 3]), 2, stat=\"sum\")[0]", "nil"),
      ]
    ) { args in
      let column = try args.column("column")
      let window = try args.int("window")
      let function = Rolling.Function(rawValue: try args.string("stat")) ?? .mean
      guard let result = Rolling.apply(function, column, window: window) else {
        throw args.error(
          .notNumeric, FrameMessages.notNumeric(column.name, column.type), at: "column")
      }
      return .column(result)
    }
  ]
}
