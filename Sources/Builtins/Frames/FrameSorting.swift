import Interpreter
import Tensor

/// Sorting the rows of a frame by one or more columns.
enum FrameSorting {
  /// Stable sort of `frame` by the key columns (names, in priority order); missing values
  /// go last, as pandas' default.
  static func sorted(_ frame: Frame, by names: [String], descending: Bool) -> Frame {
    let keys = names.compactMap(frame.column(named:))
    let order = Array(0..<frame.rowCount).sorted { a, b in
      for key in keys {
        let comparison = compare(key, a, b)
        if comparison != 0 { return descending ? comparison > 0 : comparison < 0 }
      }
      return a < b
    }
    return frame.gathering(fixMissingOrder(order, keys.first, descending))
  }

  /// With `descending`, missing values would come first; move them back to the end.
  static func fixMissingOrder(_ order: [Int], _ key: Column?, _ descending: Bool) -> [Int] {
    guard descending, let key else { return order }
    return order.filter { !key.isMissing($0) } + order.filter { key.isMissing($0) }
  }

  /// -1, 0 or 1; missing sorts after every value, NaN after every number.
  static func compare(_ column: Column, _ a: Int, _ b: Int) -> Int {
    switch (column.isMissing(a), column.isMissing(b)) {
    case (true, true): return 0
    case (true, false): return 1
    case (false, true): return -1
    default: break
    }
    switch column.storage {
    case .float(let values):
      let (x, y) = (values[a], values[b])
      if x.isNaN || y.isNaN { return x.isNaN == y.isNaN ? 0 : (x.isNaN ? 1 : -1) }
      return x < y ? -1 : (x > y ? 1 : 0)
    case .int(let values): return order(values[a], values[b])
    case .bool(let values): return order(values[a] ? 1 : 0, values[b] ? 1 : 0)
    case .time(let values): return order(values[a], values[b])
    case .string(let codes, let dictionary):
      return order(dictionary[Int(codes[a])], dictionary[Int(codes[b])])
    }
  }

  static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a > b ? 1 : 0) }
}
