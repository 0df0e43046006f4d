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
        let comparison = FrameOrder.compare(key, a, b)
        if comparison != 0 { return descending ? comparison > 0 : comparison < 0 }
      }
      return a < b
    }
    return frame.gathering(fixMissingOrder(order, keys.first, descending))
  }

  /// The order of one float or int column's rows by sorting (value, row) pairs directly,
  /// far faster than comparing through the column; missing and NaN rows go last.
  static func numericOrder(_ column: Column, descending: Bool) -> [Int]? {
    var keyed: [(Double, Int)] = []
    var last: [Int] = []
    switch column.storage {
    case .float(let values):
      keyed.reserveCapacity(values.count)
      for row in values.indices {
        if column.isMissing(row) || values[row].isNaN {
          last.append(row)
        } else {
          keyed.append((values[row], row))
        }
      }
    case .int(let values) where values.allSatisfy({ $0.magnitude < 1 << 53 }):
      keyed.reserveCapacity(values.count)
      for row in values.indices {
        if column.isMissing(row) {
          last.append(row)
        } else {
          keyed.append((Double(values[row]), row))
        }
      }
    default: return nil
    }
    if descending {
      keyed.sort { $0.0 > $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
    } else {
      keyed.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
    }
    return keyed.map(\.1) + last
  }

  /// With `descending`, missing values would come first; move them back to the end.
  static func fixMissingOrder(_ order: [Int], _ key: Column?, _ descending: Bool) -> [Int] {
    guard descending, let key else { return order }
    return order.filter { !key.isMissing($0) } + order.filter { key.isMissing($0) }
  }
}
