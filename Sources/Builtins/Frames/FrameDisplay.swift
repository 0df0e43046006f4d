import Foundation
import Interpreter
import Tensor

/// Frames and columns as aligned text tables: names, then types and units, then the rows —
/// head and tail with a "… N rows hidden …" line when long, and columns folded when wide.
enum FrameDisplay {
  static let headRows = 5
  static let tailRows = 5

  static func frame(_ frame: Frame, width: Int, all: Bool = false) -> String {
    let rows = rowPositions(frame.rowCount, all: all)
    var text = "\(frame.rowCount) rows × \(frame.columnCount) columns\n"
    guard frame.columnCount > 0 else { return text }
    let indexCells = [""] + [""] + rows.map { $0.map(String.init) ?? "…" }
    var columns: [[String]] = [indexCells]
    var numeric = [true]
    var used = (indexCells.map(\.count).max() ?? 0) + 2
    var shown = 0
    for column in frame.columns {
      let cells = self.cells(column, rows)
      let cellWidth = cells.map(\.count).max() ?? 0
      if !all, shown > 0, used + cellWidth + 2 > width { break }
      columns.append(cells)
      numeric.append(column.type == .int || column.type == .float)
      used += cellWidth + 2
      shown += 1
    }
    text += table(
      columns, numeric: numeric,
      hiddenRows: frame.rowCount - rows.compactMap { $0 }.count, headerRows: 2)
    if shown < frame.columnCount {
      let rest = frame.names.dropFirst(shown)
      text +=
        "… \(rest.count) more column\(rest.count == 1 ? "" : "s"): "
        + rest.prefix(12).joined(separator: ", ") + (rest.count > 12 ? ", …" : "") + "\n"
    }
    return text
  }

  static func column(_ column: Column, width: Int) -> String {
    let rows = rowPositions(column.count, all: false)
    let title =
      "column \(column.name.isEmpty ? "" : "'\(column.name)' ")"
      + "\(column.type.rawValue)\(column.unit.map { " [\($0)]" } ?? ""), \(column.count) rows"
      + (column.missingCount > 0 ? ", \(column.missingCount) missing" : "") + "\n"
    let indexCells = rows.map { $0.map(String.init) ?? "…" }
    let valueCells = self.valueCells(column, rows)
    let isNumeric = column.type == .int || column.type == .float
    return title
      + table(
        [indexCells, valueCells], numeric: [true, isNumeric],
        hiddenRows: column.count - rows.compactMap { $0 }.count, headerRows: 0)
  }

  /// The rows to show: all when short, else head, a gap (nil) and tail.
  static func rowPositions(_ count: Int, all: Bool) -> [Int?] {
    if all || count <= headRows + tailRows + 2 { return Array(0..<count) }
    return Array(0..<headRows) + [nil] + Array((count - tailRows)..<count)
  }

  static func cells(_ column: Column, _ rows: [Int?]) -> [String] {
    let type = column.type.rawValue + (column.unit.map { " [\($0)]" } ?? "")
    return [column.name, type] + valueCells(column, rows)
  }

  /// The cells of the rows shown, "" for the gap; a float column's all in one format
  /// (`FloatColumnFormat`), chosen from these rows as pandas does.
  static func valueCells(_ column: Column, _ rows: [Int?]) -> [String] {
    guard case .float(let values) = column.storage else {
      return rows.map { $0.map { cell(column, $0) } ?? "" }
    }
    let shown = rows.compactMap { $0 }.map { column.isMissing($0) ? nil : values[$0] }
    var formatted = FloatColumnFormat.cells(shown).makeIterator()
    return rows.map { $0 == nil ? "" : formatted.next() ?? "" }
  }

  static func cell(_ column: Column, _ row: Int) -> String {
    if column.isMissing(row) { return "nil" }
    switch column.storage {
    case .float(let values): return number(values[row])
    default:
      let value = ValueConversion.value(column, row: row)
      if case .string(let text) = value { return text.count > 40 ? text.prefix(39) + "…" : text }
      return value.text
    }
  }

  /// Up to 6 significant digits, like pandas' default display.
  static func number(_ value: Double) -> String {
    let short = FloatFormat.shortest(value)
    if short.count <= 10 { return short }
    return String(format: "%.6g", value)
  }

  /// Left-aligned text, right-aligned numbers (and their `nil`s); the gap row reads "… N rows hidden …".
  static func table(_ columns: [[String]], numeric: [Bool], hiddenRows: Int, headerRows: Int)
    -> String
  {
    guard let rowCount = columns.first?.count else { return "" }
    let widths = columns.map { $0.map(\.count).max() ?? 0 }
    var text = ""
    for row in 0..<rowCount {
      if row >= headerRows, columns[0][row] == "…" {
        text += "  … \(hiddenRows) rows hidden …\n"
        continue
      }
      var line = ""
      for (index, column) in columns.enumerated() {
        let cell = column[row]
        let pad = String(repeating: " ", count: widths[index] - cell.count)
        let rightAlign = index == 0 || (row >= headerRows && numeric[index])
        line += (index == 0 ? "" : "  ") + (rightAlign ? pad + cell : cell + pad)
      }
      while line.hasSuffix(" ") { line.removeLast() }
      text += line + "\n"
    }
    return text
  }
}
