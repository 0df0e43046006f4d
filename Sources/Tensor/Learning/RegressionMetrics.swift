/// How well predicted values match true ones, as sklearn.metrics computes them: R²
/// (r2_score, 1 when the truth is constant and matched, 0 when constant and missed), mean and
/// median absolute error, root mean squared error, the R² of always predicting the training
/// mean, and a summary of the residuals (truth − prediction).
public struct RegressionMetrics: Sendable {
  public let truth: [Double]
  public let predicted: [Double]
  public let r2: Double
  public let meanAbsoluteError: Double
  public let rootMeanSquaredError: Double
  public let medianAbsoluteError: Double
  /// R² of predicting the training rows' mean for every row: the score to beat.
  public let baselineR2: Double

  public var rows: Int { truth.count }
  public var residuals: [Double] { zip(truth, predicted).map { $0 - $1 } }

  public init(truth: [Double], predicted: [Double], trainingMean: Double) {
    self.truth = truth
    self.predicted = predicted
    let n = Double(max(truth.count, 1))
    let mean = truth.reduce(0, +) / n
    let total = truth.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let squared = zip(truth, predicted).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
    let baseline = truth.reduce(0) { $0 + ($1 - trainingMean) * ($1 - trainingMean) }
    r2 = Self.rSquared(squared, total)
    baselineR2 = Self.rSquared(baseline, total)
    let absolute = zip(truth, predicted).map { abs($0 - $1) }
    meanAbsoluteError = absolute.reduce(0, +) / n
    rootMeanSquaredError = (squared / n).squareRoot()
    medianAbsoluteError = Self.quantile(absolute.sorted(), 0.5)
  }

  /// 1 − residual / total, with sklearn's rule for a constant truth.
  static func rSquared(_ residual: Double, _ total: Double) -> Double {
    guard total > 0 else { return residual == 0 ? 1 : 0 }
    return 1 - residual / total
  }

  /// numpy's default (linear) quantile of sorted values; NaN for none.
  public static func quantile(_ sorted: [Double], _ q: Double) -> Double {
    guard let last = sorted.indices.last else { return .nan }
    let position = q * Double(last)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, last)
    let fraction = position - Double(below)
    return sorted[below] + (sorted[above] - sorted[below]) * fraction
  }

  /// The residuals' minimum, quartiles, maximum, mean and population std, labelled.
  public var residualSummary: [(String, Double)] {
    let values = residuals
    let sorted = values.sorted()
    let n = Double(max(values.count, 1))
    let mean = values.reduce(0, +) / n
    let std = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
    return [
      ("min", sorted.first ?? .nan), ("25%", Self.quantile(sorted, 0.25)),
      ("median", Self.quantile(sorted, 0.5)), ("75%", Self.quantile(sorted, 0.75)),
      ("max", sorted.last ?? .nan), ("mean", mean), ("std", std),
    ]
  }
}
