import Interpreter
import Tensor

/// Values as HTML for reports: frames and columns as tables (types and units under the
/// names), plots as inline SVG, evaluation reports as sklearn's classification report and
/// the confusion matrix as tables; nil for values that print as text.
public enum RichHTML {
  public static func html(_ value: Value) -> String? {
    switch value {
    case .object(let plot as PlotValue):
      return "<figure>\n" + plot.svg + "</figure>\n"
    case .object(let frame as FrameValue): return table(frame.frame)
    case .object(let column as ColumnValue):
      return (try? Frame(columns: [column.column])).map(table)
    case .object(let report as ReportValue): return evaluation(report)
    case .object(let report as RegressionReportValue): return regression(report)
    default: return nil
    }
  }

  static func table(_ frame: Frame) -> String {
    let rows = FrameDisplay.rowPositions(frame.rowCount, all: false)
    var html =
      "<div class=\"table\"><p class=\"shape\">\(frame.rowCount) rows × "
      + "\(frame.columnCount) columns</p>\n<table>\n<thead><tr><th></th>"
    for column in frame.columns { html += "<th>\(escaped(column.name))</th>" }
    html += "</tr>\n<tr class=\"types\"><th></th>"
    for column in frame.columns {
      let unit = column.unit.map { " [\($0)]" } ?? ""
      html += "<th>\(column.type.rawValue)\(escaped(unit))</th>"
    }
    html += "</tr></thead>\n<tbody>\n"
    let hidden = frame.rowCount - rows.compactMap { $0 }.count
    let cells = frame.columns.map { FrameDisplay.valueCells($0, rows) }
    for (position, row) in rows.enumerated() {
      guard let row else {
        html +=
          "<tr class=\"gap\"><td colspan=\"\(frame.columnCount + 1)\">… \(hidden) rows "
          + "hidden …</td></tr>\n"
        continue
      }
      html += "<tr><th>\(row)</th>"
      for (column, columnCells) in zip(frame.columns, cells) {
        let numeric = column.type == .int || column.type == .float
        let text = columnCells[position]
        let classes = column.isMissing(row) ? " class=\"missing\"" : numeric ? " class=\"n\"" : ""
        html += "<td\(classes)>\(escaped(text))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table></div>\n"
  }

  /// An evaluation as sklearn prints it: per class precision, recall, F1 and support, then
  /// accuracy and the macro and weighted averages; the other scores; the confusion matrix.
  static func evaluation(_ report: ReportValue) -> String {
    let metrics = report.metrics
    func score(_ value: Double) -> String { String(format: "%.3f", value) }
    var html =
      "<div class=\"table evaluation\"><table>\n<thead><tr><th></th><th>precision</th>"
      + "<th>recall</th><th>f1-score</th><th>support</th></tr></thead>\n<tbody>\n"
    for (index, name) in report.names.enumerated() {
      html +=
        "<tr><th>\(escaped(name))</th><td class=\"n\">\(score(metrics.precision[index]))</td>"
        + "<td class=\"n\">\(score(metrics.recall[index]))</td>"
        + "<td class=\"n\">\(score(metrics.f1[index]))</td>"
        + "<td class=\"n\">\(metrics.support[index])</td></tr>\n"
    }
    html +=
      "<tr class=\"gap\"><th>accuracy</th><td></td><td></td>"
      + "<td class=\"n\">\(score(metrics.accuracy))</td><td class=\"n\">\(metrics.total)</td></tr>\n"
    for (label, average) in [("macro avg", metrics.macro), ("weighted avg", metrics.weighted)] {
      html +=
        "<tr><th>\(label)</th><td class=\"n\">\(score(average(metrics.precision)))</td>"
        + "<td class=\"n\">\(score(average(metrics.recall)))</td>"
        + "<td class=\"n\">\(score(average(metrics.f1)))</td>"
        + "<td class=\"n\">\(metrics.total)</td></tr>\n"
    }
    html += "</tbody>\n</table>\n<dl class=\"scores\">"
    var scores = [
      ("balanced accuracy", metrics.balancedAccuracy), ("majority baseline", report.baseline),
    ]
    if let auc = report.auc { scores.append(("ROC AUC", auc.macro)) }
    for (name, value) in scores { html += "<dt>\(name)</dt><dd>\(score(value))</dd>" }
    html += "</dl></div>\n"
    if let confusion = report.confusionFrame {
      html += "<p class=\"shape\">confusion matrix (rows: true class, columns: predicted)</p>\n"
      html += table(confusion)
    }
    return html
  }

  /// A regression's scores as a table, then its residual summary as a table.
  static func regression(_ report: RegressionReportValue) -> String {
    let unit = report.unit.map { " [\(escaped($0))]" } ?? ""
    var html =
      "<div class=\"table evaluation\"><p class=\"shape\">regression of "
      + "\(escaped(report.target))\(unit) on \(report.metrics.rows) rows</p>\n<table>\n<tbody>\n"
    for (label, value) in report.scores {
      html += "<tr><th>\(escaped(label))</th><td class=\"n\">\(escaped(value))</td></tr>\n"
    }
    html += "</tbody>\n</table></div>\n"
    if let summary = report.summaryFrame {
      html += "<p class=\"shape\">residuals (true − predicted)</p>\n" + table(summary)
    }
    return html
  }

  public static func escaped(_ text: String) -> String { SVGCanvas.escaped(text) }
}
