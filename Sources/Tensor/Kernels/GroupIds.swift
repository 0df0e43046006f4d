/// Dense group ids for rows: equal keys get the same id, ids count up from 0 in order of
/// first appearance, and a row with a missing key gets -1. One pass per key column; string
/// columns are already codes, so they take an array lookup instead of a hash.
public enum GroupIds {
  /// The ids of each row and the number of groups, for the key columns together.
  /// O(rows × keys).
  public static func of(_ keys: [Column], rowCount: Int) -> (ids: [Int], groupCount: Int) {
    if keys.count == 1, let key = keys.first, key.count == rowCount { return of(key) }
    var ids = [Int](repeating: 0, count: rowCount)
    var groupCount = 1
    for key in keys {
      let (own, ownCount) = of(key)
      for row in 0..<rowCount {
        let combined = ids[row] &* ownCount &+ own[row]
        ids[row] = ids[row] < 0 || own[row] < 0 ? -1 : combined
      }
      (ids, groupCount) = densified(ids, bound: groupCount * ownCount)
    }
    return (ids, keys.isEmpty && rowCount == 0 ? 0 : groupCount)
  }

  /// The ids of one column's rows.
  static func of(_ column: Column) -> (ids: [Int], groupCount: Int) {
    var (ids, count): ([Int], Int)
    switch column.storage {
    case .string(let codes, let dictionary):
      let bound = max(dictionary.count, Int(codes.max() ?? 0) + 1)
      (ids, count) = densified(codes.map(Int.init), bound: bound)
    case .float(let values): (ids, count) = hashed(values.map(\.bitPattern))
    case .int(let values): (ids, count) = smallRange(values) ?? hashed(values)
    case .bool(let values): (ids, count) = densified(values.map { $0 ? 1 : 0 }, bound: 2)
    case .time(let values): (ids, count) = hashed(values)
    }
    guard let validity = column.validity else { return (ids, count) }
    for row in ids.indices where !validity.isValid(row) { ids[row] = -1 }
    return densified(ids, bound: count)
  }

  /// Renumbers values in `-1..<bound` (-1 stays) by first appearance, with an array for a
  /// small bound and a hash beyond it.
  static func densified(_ values: [Int], bound: Int) -> (ids: [Int], groupCount: Int) {
    guard bound <= max(1 << 16, values.count * 2) else { return hashed(values, missing: -1) }
    var remap = [Int](repeating: -1, count: bound)
    var next = 0
    var ids = values
    ids.withUnsafeMutableBufferPointer { ids in
      for row in 0..<ids.count where ids[row] >= 0 {
        let value = ids[row]
        if remap[value] < 0 {
          remap[value] = next
          next += 1
        }
        ids[row] = remap[value]
      }
    }
    return (ids, next)
  }

  /// Ints spanning fewer than 2^16 values, or fewer than twice the rows (flags, codes, years,
  /// ids counted from 0), renumbered through an array indexed by value instead of a hash;
  /// nil for a wider span.
  static func smallRange(_ values: [Int]) -> (ids: [Int], groupCount: Int)? {
    guard let low = values.min(), let high = values.max(),
      case let (span, overflow) = high.subtractingReportingOverflow(low), !overflow,
      span < max(1 << 16, values.count * 2)
    else { return nil }
    return densified(values.map { $0 - low }, bound: span + 1)
  }

  /// Renumbers any values by first appearance; `missing`, when given, stays -1.
  static func hashed<T: Hashable>(_ values: [T], missing: T? = nil) -> (
    ids: [Int], groupCount: Int
  ) {
    var lookup: [T: Int] = [:]
    var ids = [Int](repeating: -1, count: values.count)
    for (row, value) in values.enumerated() where value != missing {
      if let id = lookup[value] {
        ids[row] = id
      } else {
        ids[row] = lookup.count
        lookup[value] = lookup.count
      }
    }
    return (ids, lookup.count)
  }
}

extension GroupIds {
  /// A column's distinct values (missing left out) in order of first appearance: the row
  /// where each first appears and how often it occurs. O(rows).
  public static func distinct(_ column: Column) -> (firstRows: [Int], counts: [Int]) {
    let (ids, groupCount) = of(column)
    var firstRows = [Int](repeating: -1, count: groupCount)
    var counts = [Int](repeating: 0, count: groupCount)
    for (row, id) in ids.enumerated() where id >= 0 {
      if firstRows[id] < 0 { firstRows[id] = row }
      counts[id] += 1
    }
    return (firstRows, counts)
  }
}
