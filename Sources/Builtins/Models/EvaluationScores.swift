import Interpreter
import Tensor

/// The scores of an evaluation as metadata.json records them: accuracy and its companions for
/// a classifier, R², MAE, RMSE and the mean baseline for a regressor.
enum EvaluationScores {
  /// The scores of a report from evaluate(), or nil for any other value.
  static func of(_ value: Value) -> [(String, JSON)]? {
    switch value {
    case .object(let report as ReportValue):
      let metrics = report.metrics
      var scores: [(String, JSON)] = [
        ("rows", .int(metrics.total)), ("accuracy", .number(metrics.accuracy)),
        ("balanced_accuracy", .number(metrics.balancedAccuracy)),
        ("macro_f1", .number(metrics.macro(metrics.f1))),
        ("weighted_f1", .number(metrics.weighted(metrics.f1))),
        ("baseline", .number(report.baseline)),
      ]
      if let auc = report.auc { scores.append(("auc", .number(auc.macro))) }
      return scores
    case .object(let report as RegressionReportValue):
      let metrics = report.metrics
      return [
        ("rows", .int(metrics.rows)), ("r2", .number(metrics.r2)),
        ("mae", .number(metrics.meanAbsoluteError)),
        ("rmse", .number(metrics.rootMeanSquaredError)),
        ("median_ae", .number(metrics.medianAbsoluteError)),
        ("baseline", .number(metrics.baselineR2)),
      ]
    default: return nil
    }
  }
}
