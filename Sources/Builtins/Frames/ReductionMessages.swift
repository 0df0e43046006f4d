import Tensor

/// Texts of the column reductions, alphabetical. One lowercase sentence, code in quotes.
enum ReductionMessages {
  static func notNumbers(_ reduction: String, _ column: Column) -> String {
    let name =
      column.name.isEmpty ? "the \(column.type.rawValue) column" : "column '\(column.name)'"
    let what: String
    if let (row, text) = firstNonNumber(column) {
      what = "'\(text)' at row \(row) is not a number"
    } else {
      what = "its numbers are stored as text"
    }
    return "\(reduction)() needs numbers, but \(name) is \(column.type.rawValue): \(what)"
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

  /// The first present value of a string or time column that is not a number, and its row.
  static func firstNonNumber(_ column: Column) -> (Int, String)? {
    switch column.storage {
    case .string(let codes, let dictionary):
      let row = codes.indices.first { row in
        !column.isMissing(row) && Double(dictionary[Int(codes[row])]) == nil
      }
      return row.map { ($0, dictionary[Int(codes[$0])]) }
    case .time(let times):
      return times.indices.first { !column.isMissing($0) }.map { ($0, ISOTime.text(times[$0])) }
    default: return nil
    }
  }
}
