import Foundation
import Interpreter

/// Values as MIME bundles for notebook front ends (the Jupyter kernel): frames and columns as
/// an HTML table, plots as SVG and PNG, an evaluation report as HTML; nil for values that are
/// shown as text alone. The caller adds `text/plain`. Binary data is base64, as Jupyter wants.
public enum RichMIME {
  public static func bundle(_ value: Value) -> [String: String]? {
    switch value {
    case .object(let plot as PlotValue):
      return ["image/svg+xml": plot.svg, "image/png": plot.png.base64EncodedString()]
    case .object(let report as ReportValue):
      return ["text/html": "<pre>" + RichHTML.escaped(report.display(width: 100)) + "</pre>\n"]
    case .object(let report as RegressionReportValue):
      return ["text/html": RichHTML.regression(report)]
    case .object(is FrameValue), .object(is ColumnValue):
      return RichHTML.html(value).map { ["text/html": $0] }
    default: return nil
    }
  }
}
