import Interpreter
import Tensor

extension Builtins {
  static let outliers: [Builtin] = [
    Builtin(
      "flag_outliers", area: .cleaning, summary: "True where a value is an outlier.",
      parameters: [
        Parameter("column", .column, "An int or float column."),
        Parameter(
          "method", .choice(Scaling.OutlierMethod.allCases.map(\.rawValue)),
          "\"iqr\" (Tukey's fences) or \"zscore\".", default: .string("iqr")),
        Parameter(
          "threshold", .optional(.number), "k: 1.5 for iqr and 3 for zscore when nil.",
          default: .null),
      ],
      returns: .column,
      details: "\"iqr\" flags values below Q1 - k·IQR or above Q3 + k·IQR, with quartiles "
        + "interpolated linearly as pandas' quantile(); \"zscore\" flags |x - mean| / std > k "
        + "with std's ddof=1, as pandas' std(). Missing values are false. The result is a bool "
        + "column, ready for `df[not flags]`.",
      examples: [
        Example(
          "list(flag_outliers(column([1, 2, 3, 4, 100])))", "[false, false, false, false, true]")
      ]
    ) { args in
      let column = try args.column("column")
      let method = Scaling.OutlierMethod(rawValue: try args.string("method")) ?? .iqr
      let threshold =
        args.isNull("threshold") ? (method == .iqr ? 1.5 : 3) : try args.double("threshold")
      guard let result = Scaling.outliers(column, method: method, threshold: threshold) else {
        throw args.error(
          .notNumeric, FrameMessages.notNumeric(column.name, column.type), at: "column")
      }
      return .column(result)
    }
  ]
}
