/// Stable reordering of rows by small dense integer keys (string ranks, bools): one
/// counting pass and one scatter. O(n + buckets).
enum CountingSort {
  /// `order` stably reordered by `key` (each in 0..<buckets), descending when asked; rows
  /// whose key is nil go last in their order.
  static func reorder(
    _ order: [Int], buckets: Int, descending: Bool, key: (Int) -> Int?
  ) -> [Int] {
    // Bucket `buckets` holds the rows without a key, after every key in either direction.
    var slots = [Int32](repeating: 0, count: order.count)
    var counts = [Int](repeating: 0, count: buckets + 2)
    for (index, row) in order.enumerated() {
      var slot = buckets
      if let value = key(row), (0..<buckets).contains(value) {
        slot = descending ? buckets - 1 - value : value
      }
      slots[index] = Int32(truncatingIfNeeded: slot)
      counts[slot + 1] += 1
    }
    for bucket in 0...buckets { counts[bucket + 1] += counts[bucket] }
    var result = [Int](repeating: 0, count: order.count)
    for (index, row) in order.enumerated() {
      let slot = Int(slots[index])
      result[counts[slot]] = row
      counts[slot] += 1
    }
    return result
  }

  /// The rows 0..<count grouped by `key` (each in 0..<buckets), groups in key order (or
  /// descending), the rows without a key as the last group; empty groups left out.
  static func groups(
    _ count: Int, buckets: Int, descending: Bool, key: (Int) -> Int?
  ) -> [[Int]] {
    var groups = [[Int]](repeating: [], count: buckets + 1)
    for row in 0..<count {
      var slot = buckets
      if let value = key(row), (0..<buckets).contains(value) {
        slot = descending ? buckets - 1 - value : value
      }
      groups[slot].append(row)
    }
    return groups.filter { !$0.isEmpty }
  }
}
