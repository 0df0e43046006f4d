/// Rows of a frame split into groups by the values of key columns, as pandas' groupby with
/// its defaults: groups sorted by key, rows in their original order within each group, rows
/// with a missing key left out.
public struct Grouping: Sendable {
  /// One row per group with the key columns' values.
  public let keys: Frame
  /// The frame's row positions of each group, in the order of `keys`.
  public let rows: [[Int]]

  /// Groups made elsewhere (such as time bins): one row of `keys` per group.
  public init(keys: Frame, rows: [[Int]]) {
    self.keys = keys
    self.rows = rows
  }

  /// Groups by one pass for dense ids, a sort of one row per group, and a counting pass.
  /// O(rows × keys + groups log groups).
  public init(_ frame: Frame, by names: [String]) throws(Frame.Problem) {
    let keyColumns = names.compactMap(frame.column(named:))
    let (ids, groupCount) = GroupIds.of(keyColumns, rowCount: frame.rowCount)
    var firstRows = [Int](repeating: -1, count: groupCount)
    var sizes = [Int](repeating: 0, count: groupCount)
    for (row, id) in ids.enumerated() where id >= 0 {
      if firstRows[id] < 0 { firstRows[id] = row }
      sizes[id] += 1
    }
    let order = firstRows.indices.sorted { a, b in
      for column in keyColumns {
        let comparison = FrameOrder.compare(column, firstRows[a], firstRows[b])
        if comparison != 0 { return comparison < 0 }
      }
      return firstRows[a] < firstRows[b]
    }
    rows = Grouping.members(ids, order: order, sizes: sizes)
    keys = try Frame(columns: keyColumns.map { $0.gathering(order.map { firstRows[$0] }) })
  }

  /// The rows of each group, groups in `order` (ids), rows ascending: a counting sort
  /// into one buffer, then one copy per group. O(rows).
  static func members(_ ids: [Int], order: [Int], sizes: [Int]) -> [[Int]] {
    var starts = [Int](repeating: 0, count: sizes.count)
    var total = 0
    for id in order {
      starts[id] = total
      total += sizes[id]
    }
    var cursor = starts
    let sorted = [Int](unsafeUninitializedCapacity: total) { out, initialized in
      cursor.withUnsafeMutableBufferPointer { cursor in
        for (row, id) in ids.enumerated() where id >= 0 {
          out.initializeElement(at: cursor[id], to: row)
          cursor[id] += 1
        }
      }
      initialized = total
    }
    return order.map { Array(sorted[starts[$0]..<starts[$0] + sizes[$0]]) }
  }
}

/// The order of two rows of a column: missing after values, NaN after numbers.
public enum FrameOrder {
  public static func compare(_ column: Column, _ a: Int, _ b: Int) -> Int {
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
