import Interpreter
import Tensor

extension Builtins {
  static let rescaling: [Builtin] = [
    Builtin(
      "standardize", area: .cleaning, summary: "The z-scores of a numeric column.",
      parameters: [Parameter("column", .column, "An int or float column.")],
      returns: .column,
      details: "(x - mean) / std with std's ddof=1, the pandas idiom (s - s.mean()) / s.std() "
        + "(scikit-learn's StandardScaler uses ddof=0 instead). Missing values stay missing; "
        + "the result is float without a unit.",
      examples: [Example("list(standardize(column([1, 2, 3])))", "[-1.0, 0.0, 1.0]")]
    ) { args in
      let column = try args.column("column")
      guard let result = Scaling.standardized(column) else {
        throw args.error(
          .notNumeric, FrameMessages.notNumeric(column.name, column.type), at: "column")
      }
      return .column(result)
    },
    Builtin(
      "normalize", area: .cleaning, summary: "A numeric column scaled to 0…1 by its range.",
      parameters: [Parameter("column", .column, "An int or float column.")],
      returns: .column,
      details: "(x - min) / (max - min), as (s - s.min()) / (s.max() - s.min()) in pandas. "
        + "Missing values stay missing; the result is float without a unit.",
      examples: [Example("list(normalize(column([2, 4, 6])))", "[0.0, 0.5, 1.0]")]
    ) { args in
      let column = try args.column("column")
      guard let result = Scaling.normalized(column) else {
        throw args.error(
          .notNumeric, FrameMessages.notNumeric(column.name, column.type), at: "column")
      }
      return .column(result)
    },
  ]
}
