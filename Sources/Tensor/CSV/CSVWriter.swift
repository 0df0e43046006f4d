import Foundation

/// Writes a frame as CSV/TSV text: a header line, then one line per row; fields that hold
/// the separator, a quote or a line break are quoted; missing values are empty fields (`""`
/// when a row has no other field, so that it is not a blank line).
/// Floats are written in their shortest round-trip form, as pandas' to_csv does.
public enum CSVWriter {
  public static func text(_ frame: Frame, separator: Character = ",") -> String {
    var lines = [frame.names.map { field($0, separator) }.joined(separator: String(separator))]
    lines.reserveCapacity(frame.rowCount + 1)
    for row in 0..<frame.rowCount {
      let line = frame.columns.map { field(value($0, row), separator) }
        .joined(separator: String(separator))
      // A blank line is no row to a reader; a one-column row that is empty says so, as
      // pandas' to_csv writes it.
      lines.append(line.isEmpty && frame.columnCount == 1 ? "\"\"" : line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func value(_ column: Column, _ row: Int) -> String {
    if column.isMissing(row) { return "" }
    switch column.storage {
    case .float(let values): return values[row].description
    case .int(let values): return String(values[row])
    case .bool(let values): return values[row] ? "True" : "False"
    case .string(let codes, let dictionary): return dictionary[Int(codes[row])]
    case .time(let values): return ISOTime.text(values[row])
    }
  }

  static func field(_ text: String, _ separator: Character) -> String {
    guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Writes `text` to `path` atomically: a temporary file beside it, then a rename, so a
  /// crash leaves either the old file or the new one, never half of one.
  public static func writeAtomically(_ text: String, to path: String) throws {
    try AtomicFile.write(Data(text.utf8), to: path)
  }

}
