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
        let comparison = FrameOrder.compare(key, a, b)
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
}
