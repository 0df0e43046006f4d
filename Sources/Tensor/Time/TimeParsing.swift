/// Turning a string column into a time column, as pandas' to_datetime.
public enum TimeParsing {
  public enum Problem: Error, Equatable {
    /// The first value that does not parse, and its row.
    case badValue(String, row: Int)
    case notStrings(ColumnType)
  }

  /// The column's strings read as ISO 8601 (`format` nil) or with `format`. A time column, or one
  /// with every value missing, is returned as a time column. A value that does not parse is an error, or with `coerce` a missing
  /// value. Missing strings stay missing. O(rows).
  public static func parse(
    _ column: Column, format: TimeFormat?, coerce: Bool
  ) throws(Problem) -> Column {
    guard case .string(let codes, let dictionary) = column.storage else {
      if column.type == .time { return column }
      // A column of nothing but missing values has no type of its own to check.
      if column.missingCount == column.count {
        return Column.missing(.time, count: column.count, name: column.name)
      }
      throw .notStrings(column.type)
    }
    let parsed = dictionary.map { text in
      format.map { $0.microseconds(text) } ?? iso(text)
    }
    var values = Array(repeating: Int64(0), count: codes.count)
    var validity = column.validity ?? Bitmap(count: codes.count)
    for (row, code) in codes.enumerated() where validity.isValid(row) {
      let index = Int(code)
      guard parsed.indices.contains(index), let value = parsed[index] else {
        guard coerce else {
          throw .badValue(dictionary.indices.contains(index) ? dictionary[index] : "", row: row)
        }
        validity.set(row, false)
        continue
      }
      values[row] = value
    }
    return Column(name: column.name, storage: .time(values), validity: validity, unit: nil)
  }

  /// An ISO 8601 date or date-time (see `TimeParser`), or nil.
  public static func iso(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8 { TimeParser.microseconds($0) }
  }
}
