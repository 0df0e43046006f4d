/// Rows of a frame split into groups by the values of key columns, as pandas' groupby with
/// its defaults: groups sorted by key, rows in their original order within each group, rows
/// with a missing key left out.
public struct Grouping: Sendable {
  /// One row per group with the key columns' values.
  public let keys: Frame
  /// The frame's row positions of each group, in the order of `keys`.
  public let index: GroupIndex

  /// Groups made elsewhere (such as time bins): one row of `keys` per group.
  public init(keys: Frame, rows: [[Int]]) {
    self.keys = keys
    self.index = GroupIndex(rows)
  }

  /// The number of groups.
  public var count: Int { index.count }

  /// The rows of each group as arrays of their own. O(rows), one array per group: kernels
  /// read `index` instead.
  public var rows: [[Int]] { (0..<index.count).map { Array(index.rows(of: $0)) } }

  /// Groups by one pass for dense ids, a sort of one row per group, and a counting pass.
  /// O(rows × keys + groups log groups).
  public init(_ frame: Frame, by names: [String]) throws(Frame.Problem) {
    let keyColumns = names.compactMap(frame.column(named:))
    if keyColumns.count == 1, let key = keyColumns.first, key.count == frame.rowCount,
      case .int(let values) = key.storage,
      let index = GroupIndex.counting(values, validity: key.validity)
    {
      self.index = index
      keys = try Frame(columns: [key.gathering(index.starts.dropLast().map { index.rows[$0] })])
      return
    }
    let (ids, groupCount) = GroupIds.of(keyColumns, rowCount: frame.rowCount)
    var firstRows = [Int](repeating: -1, count: groupCount)
    var sizes = [Int](repeating: 0, count: groupCount)
    ids.withUnsafeBufferPointer { ids in
      for row in 0..<ids.count where ids[row] >= 0 {
        if firstRows[ids[row]] < 0 { firstRows[ids[row]] = row }
        sizes[ids[row]] += 1
      }
    }
    let order = Grouping.order(firstRows, by: keyColumns)
    index = GroupIndex.sorting(ids, order: order, sizes: sizes)
    keys = try Frame(columns: keyColumns.map { $0.gathering(order.map { firstRows[$0] }) })
  }

  /// The group ids sorted by their keys (the values at each group's first row), ties by
  /// first appearance: one radix sort for a single key that is not text, comparisons
  /// otherwise. Every group's keys are present (rows with a missing key are in no group).
  static func order(_ firstRows: [Int], by keyColumns: [Column]) -> [Int] {
    if keyColumns.count == 1, let key = keyColumns.first,
      let order = radixOrder(firstRows, key)
    {
      return order
    }
    return firstRows.indices.sorted { a, b in
      for column in keyColumns {
        let comparison = FrameOrder.compare(column, firstRows[a], firstRows[b])
        if comparison != 0 { return comparison < 0 }
      }
      return firstRows[a] < firstRows[b]
    }
  }

  /// The stable radix order of one numeric, bool or time key at the given rows, which is
  /// FrameOrder's (NaN last, -0.0 equal to 0.0); nil for text keys.
  static func radixOrder(_ firstRows: [Int], _ key: Column) -> [Int]? {
    switch key.storage {
    case .float(let values):
      return RadixSort.order(firstRows.map { values[$0] }, validity: nil, descending: false)
    case .int(let values):
      return RadixSort.order(firstRows.map { values[$0] }, validity: nil, descending: false)
    case .time(let values):
      return RadixSort.order(
        firstRows.map { Int(values[$0]) }, validity: nil, descending: false)
    case .bool(let values):
      return RadixSort.order(
        firstRows.map { values[$0] ? 1 : 0 }, validity: nil, descending: false)
    case .string: return nil
    }
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
