import Interpreter
import Tensor

extension Builtins {
  static let sampling: [Builtin] = [
    Builtin(
      "sample", area: .frames, summary: "Random rows of a frame, without replacement.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("n", .int, "How many rows; at most the frame's row count."),
        Parameter("seed", .optional(.int), "Makes the choice repeatable.", default: .null),
      ],
      returns: .frame,
      details: "Rows come in the order drawn. With a seed the rows are the same on every run "
        + "and machine (SplitMix64 with a partial Fisher–Yates shuffle); this is not numpy's "
        + "generator, so the rows differ from pandas' sample(random_state=…).",
      examples: [
        Example("nrow(sample(frame(a=1..10), n=3, seed=42))", "3"),
        Example("sort(sample(frame(a=1..3), n=3, seed=7).a |> list())", "[1, 2, 3]"),
      ]
    ) { args in
      let frame = try args.frame("frame")
      let n = try args.int("n")
      let positions: [Int]?
      if args.isNull("seed") {
        var generator = SystemRandomNumberGenerator()
        positions = Sampling.positions(n, of: frame.rowCount, using: &generator)
      } else {
        var generator = SplitMix64(seed: UInt64(bitPattern: Int64(try args.int("seed"))))
        positions = Sampling.positions(n, of: frame.rowCount, using: &generator)
      }
      guard let positions else {
        throw args.error(
          .valueOutOfRange, FrameMessages.sampleTooLarge(n, frame.rowCount), at: "n")
      }
      return .frame(frame.gathering(positions))
    }
  ]
}
