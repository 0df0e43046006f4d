import Foundation
import Interpreter
import Tensor

/// What `evaluate` returns for a regressor: R², mean, root mean squared and median absolute
/// errors, the R² of always predicting the training mean, and a residual summary; each is a
/// field, and the true and predicted values are kept for residual_plot and scatter.
final class RegressionReportValue: ObjectValue {
  let metrics: RegressionMetrics
  let target: String
  let unit: String?

  init(metrics: RegressionMetrics, target: String, unit: String?) {
    self.metrics = metrics
    self.target = target
    self.unit = unit
  }

  var typeName: String { "report" }
  var shortDescription: String {
    "<regression report R² \(String(format: "%.3f", metrics.r2)) on \(metrics.rows) rows>"
  }

  /// An error or residual in the target's unit: four significant digits at least.
  static func amount(_ value: Double) -> String {
    abs(value) >= 1000 ? String(format: "%.1f", value) : String(format: "%.4g", value)
  }

  /// The scores as labelled text, in printing order.
  var scores: [(String, String)] {
    [
      ("R²", String(format: "%.3f", metrics.r2)),
      ("MAE", Self.amount(metrics.meanAbsoluteError)),
      ("RMSE", Self.amount(metrics.rootMeanSquaredError)),
      ("median absolute error", Self.amount(metrics.medianAbsoluteError)),
      ("mean baseline R²", String(format: "%.3f", metrics.baselineR2)),
    ]
  }

  func display(width: Int) -> String {
    let unitText = unit.map { " [\($0)]" } ?? ""
    var text = "regression of \(target)\(unitText) on \(metrics.rows) rows\n"
    let labelWidth = scores.map(\.0.count).max() ?? 0
    for (label, value) in scores {
      text += label.padding(toLength: labelWidth + 2, withPad: " ", startingAt: 0) + value + "\n"
    }
    text += "\nresiduals (true − predicted)\n"
    let summary = metrics.residualSummary
    let cells = summary.map { ($0.0, Self.amount($0.1)) }
    text += cells.map { $0.0.leftPadded(max($0.0.count, $0.1.count)) }.joined(separator: "  ")
    text += "\n"
    text += cells.map { $0.1.leftPadded(max($0.0.count, $0.1.count)) }.joined(separator: "  ")
    return text
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "r2": return .float(metrics.r2)
    case "mae": return .float(metrics.meanAbsoluteError)
    case "rmse": return .float(metrics.rootMeanSquaredError)
    case "median_ae": return .float(metrics.medianAbsoluteError)
    case "baseline": return .float(metrics.baselineR2)
    case "rows": return .int(metrics.rows)
    case "truth": return .object(ColumnValue(column(target, metrics.truth)))
    case "predicted": return .object(ColumnValue(column("predicted", metrics.predicted)))
    case "residuals": return .object(ColumnValue(column("residual", metrics.residuals)))
    case "residual_summary": return summaryFrame.map { .object(FrameValue($0)) } ?? .null
    default: return nil
    }
  }

  var memberNames: [String] {
    [
      "r2", "mae", "rmse", "median_ae", "baseline", "rows", "truth", "predicted", "residuals",
      "residual_summary",
    ]
  }

  func column(_ name: String, _ values: [Double]) -> Column {
    Column(name: name, storage: .float(values), unit: unit)
  }

  /// The residual summary as a frame: statistic and value.
  var summaryFrame: Frame? {
    let summary = metrics.residualSummary
    return try? Frame(columns: [
      Column(name: "statistic", storage: .strings(summary.map(\.0))),
      Column(name: "residual", storage: .float(summary.map(\.1)), unit: unit),
    ])
  }
}

extension String {
  /// The text right-aligned in `width` characters.
  fileprivate func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
