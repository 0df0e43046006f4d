import Interpreter
import Tensor

/// Sorting the rows of a frame by one or more columns.
enum FrameSorting {
  /// Stable sort of `frame` by the key columns (names, in priority order); missing values
  /// go last, as pandas' default.
  static func sorted(_ frame: Frame, by names: [String], descending: Bool) -> Frame {
    let keys = names.compactMap(frame.column(named:))
    guard !keys.isEmpty else { return frame }
    if keys.count == 1, let order = numericOrder(keys[0], descending: descending) {
      return frame.gathering(order)
    }
    // Missing values and NaN go last for every key in either direction (pandas'
    // na_position="last").
    return frame.gathering(SortKeys.order(keys, descending: descending))
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
