import Interpreter
import Tensor

/// Sorting the rows of a frame by one or more columns.
enum FrameSorting {
  /// Stable sort of `frame` by the key columns (names, in priority order); missing values
  /// go last, as pandas' default.
  static func sorted(_ frame: Frame, by names: [String], descending: Bool) -> Frame {
    let keys = names.compactMap(frame.column(named:))
    if keys.count == 1, let order = numericOrder(keys[0], descending: descending) {
      return frame.gathering(order)
    }
    let order = Array(0..<frame.rowCount).sorted { a, b in
      for key in keys {
        let (isAbsentA, isAbsentB) = (isAbsent(key, a), isAbsent(key, b))
        // Missing values and NaN go last in either direction, as pandas' na_position.
        if isAbsentA != isAbsentB { return isAbsentB }
        if isAbsentA { continue }
        let comparison = FrameOrder.compare(key, a, b)
        if comparison != 0 { return descending ? comparison > 0 : comparison < 0 }
      }
      return a < b
    }
    return frame.gathering(order)
  }

  /// Whether a row's key is missing or NaN, which sort after every value.
  static func isAbsent(_ column: Column, _ row: Int) -> Bool {
    if column.isMissing(row) { return true }
    if case .float(let values) = column.storage { return values[row].isNaN }
    return false
  }

  /// The order of one float or int column's rows by radix sort on the values' bit patterns,
  /// far faster than comparing through the column; missing and NaN rows go last.
  static func numericOrder(_ column: Column, descending: Bool) -> [Int]? {
    switch column.storage {
    case .float(let values):
      return RadixSort.order(values, validity: column.validity, descending: descending)
    case .int(let values):
      return RadixSort.order(values, validity: column.validity, descending: descending)
    default: return nil
    }
  }
}
