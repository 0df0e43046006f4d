import Tensor

/// Texts of the column reductions, alphabetical. One lowercase sentence, code in quotes.
enum ReductionMessages {
  static func notNumbers(_ reduction: String, _ column: Column) -> String {
    let name =
      column.name.isEmpty ? "the \(column.type.rawValue) column" : "column '\(column.name)'"
    let start = "\(reduction)() needs numbers, but \(name) is \(column.type.rawValue)"
    guard column.type == .string else { return start }
    if let (row, text) = firstNonNumber(column) {
      return start + ": '\(text)' at row \(row) is not a number"
    }
    return start + ": its numbers are stored as text"
  }
  static func notNumbersHelp(_ type: ColumnType) -> String {
    type == .string
      ? "fix or drop the rows that are not numbers, then astype(…, \"float\")"
      : "min(), max(), first() and last() work on times"
  }
  static func sumOverflow(_ name: String) -> String {
    "the sum of int column '\(name)' does not fit in 64 bits"
  }
  static let sumOverflowHelp = "convert the column with astype(…, \"float\") for an inexact sum"

  /// The first present value of a string column that is not a number, and its row.
  static func firstNonNumber(_ column: Column) -> (Int, String)? {
    guard case .string(let codes, let dictionary) = column.storage else { return nil }
    let row = codes.indices.first { row in
      !column.isMissing(row) && Double(dictionary[Int(codes[row])]) == nil
    }
    return row.map { ($0, dictionary[Int(codes[$0])]) }
  }
}
