/// Row orders by several key columns without comparing through the columns: each key becomes
/// dense ranks (one radix sort, or one sort of a string dictionary), the ranks of all keys are
/// packed into one int per row, and a radix sort of those gives the order. Missing values
/// and NaN rank after every value of their key in either direction (pandas'
/// `na_position="last"`); ties keep row order. O(n) per key when the packed ranks fit in 63
/// bits, else O(n log n) comparisons of the ranks.
public enum SortKeys {
  /// The stable row order of `keys` (all of one length), first key first.
  public static func order(_ keys: [Column], descending: Bool) -> [Int] {
    guard let count = keys.first?.count else { return [] }
    let ranked = keys.map { ranks($0, descending: descending) }
    if let packed = packed(ranked, count: count),
      let order = RadixSort.order(packed, validity: nil, descending: false)
    {
      return order
    }
    return Array(0..<count).sorted { a, b in
      for key in ranked where key.ranks[a] != key.ranks[b] { return key.ranks[a] < key.ranks[b] }
      return a < b
    }
  }

  /// One key's ranks: 0..<distinct for values in the wanted direction, `distinct` for
  /// missing values and NaN.
  struct Ranked {
    var ranks: [Int]
    var distinct: Int
  }

  static func ranks(_ column: Column, descending: Bool) -> Ranked {
    var ranks = [Int](repeating: -1, count: column.count)
    var distinct = 0
    var previous: Int?
    for row in ascendingOrder(column) where !isAbsent(column, row) {
      if let previous, FrameOrder.compare(column, previous, row) != 0 { distinct += 1 }
      ranks[row] = distinct
      previous = row
    }
    if previous != nil { distinct += 1 }
    for row in ranks.indices {
      if ranks[row] < 0 {
        ranks[row] = distinct
      } else if descending {
        ranks[row] = distinct - 1 - ranks[row]
      }
    }
    return Ranked(ranks: ranks, distinct: distinct)
  }

  /// The rows in ascending order of the column's values, absent ones anywhere.
  static func ascendingOrder(_ column: Column) -> [Int] {
    switch column.storage {
    case .float(let values):
      if let order = RadixSort.order(values, validity: column.validity, descending: false) {
        return order
      }
    case .int(let values):
      if let order = RadixSort.order(values, validity: column.validity, descending: false) {
        return order
      }
    case .time(let values):
      if let order = RadixSort.order(
        values.map { Int($0) }, validity: column.validity, descending: false)
      {
        return order
      }
    case .string(let codes, let dictionary):
      let sortedCodes = dictionary.indices.sorted { dictionary[$0] < dictionary[$1] }
      var place = [Int](repeating: 0, count: dictionary.count)
      for (position, code) in sortedCodes.enumerated() { place[code] = position }
      let keys = codes.map { place[Int($0)] }
      if let order = RadixSort.order(keys, validity: column.validity, descending: false) {
        return order
      }
    case .bool(let flags):
      if let order = RadixSort.order(
        flags.map { $0 ? 1 : 0 }, validity: column.validity, descending: false)
      {
        return order
      }
    }
    return Array(0..<column.count).sorted { FrameOrder.compare(column, $0, $1) < 0 }
  }

  /// Whether a row's key is missing or NaN.
  public static func isAbsent(_ column: Column, _ row: Int) -> Bool {
    if column.isMissing(row) { return true }
    if case .float(let values) = column.storage { return values[row].isNaN }
    return false
  }

  /// Every key's rank packed into one int per row, first key most significant; nil when
  /// they do not fit in 63 bits.
  static func packed(_ ranked: [Ranked], count: Int) -> [Int]? {
    var radix = 1
    for key in ranked {
      let (product, overflow) = radix.multipliedReportingOverflow(by: key.distinct + 1)
      guard !overflow, product < 1 << 62 else { return nil }
      radix = product
    }
    var packed = [Int](repeating: 0, count: count)
    for key in ranked {
      let base = key.distinct + 1
      for row in 0..<count { packed[row] = packed[row] * base + key.ranks[row] }
    }
    return packed
  }
}
