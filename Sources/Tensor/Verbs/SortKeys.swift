/// Row orders by several key columns without comparing through the columns: least
/// significant key first, each key reorders the rows stably, so the last pass (the first
/// key) leaves rows ordered by every key and ties in row order. A string key sorts its
/// dictionary once and reorders by the entries' ranks with one counting pass; bools the
/// same; floats, ints and times by radix sort of order-preserving bit patterns. Missing
/// values and NaN go after every value of their key in either direction (pandas'
/// `na_position="last"`). O(n + distinct) per string or bool key, O(n) radix passes per
/// numeric key. A string or bool first key with large groups (a station, a cast) splits
/// the rows into its groups first, and the groups are sorted by the other keys apart, on
/// every core: each group's passes stay in cache.
public enum SortKeys {
  /// The stable row order of `keys` (all of one length), first key first.
  public static func order(_ keys: [Column], descending: Bool) -> [Int] {
    guard let first = keys.first else { return [] }
    if keys.count > 1, let groups = groups(first, descending: descending) {
      let rest = Array(keys.dropFirst())
      let sorted = Parallel.map(groups) { rows in passes(rows, rest, descending: descending) }
      return Array(sorted.joined())
    }
    return passes(Array(0..<first.count), keys, descending: descending)
  }

  /// `order` stably sorted by `keys`, one pass per key from the last.
  static func passes(_ order: [Int], _ keys: [Column], descending: Bool) -> [Int] {
    var order = order
    for key in keys.reversed() {
      order = reordered(order, by: key, descending: descending)
    }
    return order
  }

  /// The rows grouped by a string or bool column's value, groups in sort order (absent
  /// last), rows in order within each; nil for other types, or when the groups would
  /// average under 1,000 rows.
  static func groups(_ column: Column, descending: Bool) -> [[Int]]? {
    switch column.storage {
    case .string(let codes, let dictionary):
      let ranks = DictionaryRanks(dictionary)
      guard ranks.distinct * 1000 <= column.count else { return nil }
      return CountingSort.groups(column.count, buckets: ranks.distinct, descending: descending) {
        row in column.validity?.isValid(row) == false ? nil : ranks.rank(of: codes[row])
      }
    case .bool(let flags):
      guard column.count >= 2000 else { return nil }
      return CountingSort.groups(column.count, buckets: 2, descending: descending) { row in
        column.validity?.isValid(row) == false ? nil : (flags[row] ? 1 : 0)
      }
    default: return nil
    }
  }

  /// `order` stably sorted by `column`'s values, absent ones last.
  static func reordered(_ order: [Int], by column: Column, descending: Bool) -> [Int] {
    switch column.storage {
    case .float(let values):
      if let sorted = RadixSort.reorder(
        order, descending: descending, key: floatKey(values, column))
      {
        return sorted
      }
    case .int(let values):
      if let sorted = RadixSort.reorder(order, descending: descending, key: intKey(values, column))
      {
        return sorted
      }
    case .time(let values):
      let key = { (row: Int) -> UInt64? in
        column.validity?.isValid(row) == false ? nil : RadixSort.key(values[row])
      }
      if let sorted = RadixSort.reorder(order, descending: descending, key: key) { return sorted }
    case .string(let codes, let dictionary):
      let ranks = DictionaryRanks(dictionary)
      return CountingSort.reorder(order, buckets: ranks.distinct, descending: descending) { row in
        column.validity?.isValid(row) == false ? nil : ranks.rank(of: codes[row])
      }
    case .bool(let flags):
      return CountingSort.reorder(order, buckets: 2, descending: descending) { row in
        column.validity?.isValid(row) == false ? nil : (flags[row] ? 1 : 0)
      }
    }
    return order.sorted { a, b in
      let (absentA, absentB) = (isAbsent(column, a), isAbsent(column, b))
      if absentA || absentB { return !absentA }
      let compared = FrameOrder.compare(column, a, b)
      return descending ? compared > 0 : compared < 0
    }
  }

  static func floatKey(_ values: [Double], _ column: Column) -> (Int) -> UInt64? {
    { row in
      let value = values[row]
      guard !value.isNaN, column.validity?.isValid(row) != false else { return nil }
      return RadixSort.key(value + 0.0)
    }
  }

  static func intKey(_ values: [Int], _ column: Column) -> (Int) -> UInt64? {
    { row in column.validity?.isValid(row) == false ? nil : RadixSort.key(Int64(values[row])) }
  }

  /// Whether a row's key is missing or NaN.
  public static func isAbsent(_ column: Column, _ row: Int) -> Bool {
    if column.isMissing(row) { return true }
    if case .float(let values) = column.storage { return values[row].isNaN }
    return false
  }
}

/// The ranks of a string dictionary's entries in text order, equal texts sharing a rank:
/// one sort of the dictionary instead of comparisons per row.
struct DictionaryRanks {
  let ranks: [Int]
  let distinct: Int

  init(_ dictionary: [String]) {
    let sorted = dictionary.indices.sorted { dictionary[$0] < dictionary[$1] }
    var ranks = [Int](repeating: 0, count: dictionary.count)
    var distinct = 0
    for (position, code) in sorted.enumerated() {
      if position > 0, dictionary[sorted[position - 1]] != dictionary[code] { distinct += 1 }
      ranks[code] = distinct
    }
    self.ranks = ranks
    self.distinct = dictionary.isEmpty ? 0 : distinct + 1
  }

  /// The rank of a code; codes outside the dictionary rank after every entry.
  @inline(__always)
  func rank(of code: Int32) -> Int {
    let index = Int(code)
    return ranks.indices.contains(index) ? ranks[index] : distinct
  }
}
