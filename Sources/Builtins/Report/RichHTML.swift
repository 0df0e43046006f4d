import Interpreter
import Tensor

/// Values as HTML for reports: frames and columns as tables (types and units under the
/// names), plots as inline SVG; nil for values that print as text.
public enum RichHTML {
  public static func html(_ value: Value) -> String? {
    switch value {
    case .object(let plot as PlotValue):
      return "<figure>\n" + plot.svg + "</figure>\n"
    case .object(let frame as FrameValue): return table(frame.frame)
    case .object(let column as ColumnValue):
      return (try? Frame(columns: [column.column])).map(table)
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
    for row in rows {
      guard let row else {
        html +=
          "<tr class=\"gap\"><td colspan=\"\(frame.columnCount + 1)\">… \(hidden) rows "
          + "hidden …</td></tr>\n"
        continue
      }
      html += "<tr><th>\(row)</th>"
      for column in frame.columns {
        let numeric = column.type == .int || column.type == .float
        let text = FrameDisplay.cell(column, row)
        let classes = column.isMissing(row) ? " class=\"missing\"" : numeric ? " class=\"n\"" : ""
        html += "<td\(classes)>\(escaped(text))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table></div>\n"
  }

  public static func escaped(_ text: String) -> String { SVGCanvas.escaped(text) }
}
