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

  public init(_ frame: Frame, by names: [String]) throws(Frame.Problem) {
    let keyColumns = names.compactMap(frame.column(named:))
    var groups: [[Int]: [Int]] = [:]
    var firstRows: [[Int]: Int] = [:]
    for row in 0..<frame.rowCount where !keyColumns.contains(where: { $0.isMissing(row) }) {
      let key = keyColumns.map { Grouping.code($0, row) }
      groups[key, default: []].append(row)
      if firstRows[key] == nil { firstRows[key] = row }
    }
    let firstOfEach = groups.keys.compactMap { firstRows[$0] }
    let sorted = firstOfEach.sorted { a, b in
      for column in keyColumns {
        let order = FrameOrder.compare(column, a, b)
        if order != 0 { return order < 0 }
      }
      return a < b
    }
    rows = sorted.map { first in groups[keyColumns.map { Grouping.code($0, first) }] ?? [] }
    keys = try Frame(columns: keyColumns.map { $0.gathering(sorted) })
  }

  /// A hashable stand-in for one value: its bits for numbers, its code for strings.
  static func code(_ column: Column, _ row: Int) -> Int {
    switch column.storage {
    case .float(let values): return Int(truncatingIfNeeded: values[row].bitPattern)
    case .int(let values): return values[row]
    case .bool(let values): return values[row] ? 1 : 0
    case .time(let values): return Int(truncatingIfNeeded: values[row])
    case .string(let codes, _): return Int(codes[row])
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
