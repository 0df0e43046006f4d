/// The matching row pairs of a join from shared key ids, without hashing rows: the right's
/// rows are bucketed by id (a counting pass, right order kept within a bucket), then each
/// left row takes its bucket. Large left sides are cut into contiguous pieces matched on
/// every core and joined in order, so the pairs do not depend on the thread count.
enum JoinPairs {
  /// Matching pairs (left row, right row) in the left's order, each left row's matches in
  /// the right's order; -1 stands for no row on that side. `left` adds unmatched left rows,
  /// `outer` also the unmatched right rows (in their order) at the end.
  /// O(left + right + pairs).
  static func of(_ keys: JoinKeys, how: Join.How) -> Pairs {
    let buckets = Buckets(keys.right, count: keys.count)
    if buckets.isUnique, how != .inner {
      return lookup(keys, buckets, how: how)
    }
    let pieces = max(1, min(8, keys.left.count / 200_000))
    let parts = Parallel.map(Array(0..<pieces)) { piece in
      let rows = Parallel.bounds(piece, of: pieces, keys.left.count)
      return matches(keys.left, rows, buckets, keepUnmatched: how != .inner)
    }
    var result = Pairs(left: [], right: [], leftIsWhole: false)
    let total = parts.reduce(0) { $0 + $1.left.count }
    result.left.reserveCapacity(total)
    result.right.reserveCapacity(total)
    for part in parts {
      result.left.append(contentsOf: part.left)
      result.right.append(contentsOf: part.right)
    }
    if how == .outer {
      var matched = [Bool](repeating: false, count: keys.right.count)
      for row in result.right where row >= 0 { matched[row] = true }
      for row in keys.right.indices where !matched[row] {
        result.left.append(-1)
        result.right.append(row)
      }
    }
    return result
  }

  /// Matching row pairs: `left[i]` and `right[i]` are the rows of result row i (-1 for
  /// none); `leftIsWhole` when `left` is every left row in order, so the left's columns
  /// need no gather.
  struct Pairs {
    var left: [Int]
    var right: [Int]
    var leftIsWhole: Bool
  }

  /// The pairs when every right key is distinct and every left row is kept: the left rows
  /// in order, each with its one match or -1, then (outer) the unmatched right rows.
  static func lookup(_ keys: JoinKeys, _ buckets: Buckets, how: Join.How) -> Pairs {
    let count = keys.left.count
    var result = Pairs(
      left: [Int](unsafeUninitializedCapacity: count) { rows, initialized in
        for row in 0..<count { rows.initializeElement(at: row, to: row) }
        initialized = count
      },
      right: [Int](repeating: -1, count: count), leftIsWhole: true)
    var matched = [Bool](repeating: false, count: how == .outer ? keys.right.count : 0)
    keys.left.withUnsafeBufferPointer { ids in
      buckets.starts.withUnsafeBufferPointer { starts in
        buckets.rows.withUnsafeBufferPointer { rows in
          result.right.withUnsafeMutableBufferPointer { right in
            for row in 0..<count {
              let id = ids[row]
              guard starts[id] < starts[id + 1] else { continue }
              right[row] = rows[starts[id]]
            }
          }
        }
      }
    }
    if how == .outer {
      for match in result.right where match >= 0 { matched[match] = true }
    }
    for row in matched.indices where !matched[row] {
      result.left.append(-1)
      result.right.append(row)
      result.leftIsWhole = false
    }
    return result
  }

  /// The pairs of the left rows in `rows`.
  static func matches(
    _ ids: [Int], _ rows: Range<Int>, _ buckets: Buckets, keepUnmatched: Bool
  ) -> (left: [Int], right: [Int]) {
    var result: (left: [Int], right: [Int]) = ([], [])
    result.left.reserveCapacity(rows.count)
    result.right.reserveCapacity(rows.count)
    for row in rows {
      let id = ids[row]
      let start = buckets.starts[id]
      let end = buckets.starts[id + 1]
      if start == end {
        if keepUnmatched {
          result.left.append(row)
          result.right.append(-1)
        }
        continue
      }
      for position in start..<end {
        result.left.append(row)
        result.right.append(buckets.rows[position])
      }
    }
    return result
  }

  /// The right rows grouped by key id: bucket `id` is `rows[starts[id]..<starts[id + 1]]`.
  struct Buckets: Sendable {
    var starts: [Int]
    var rows: [Int]
    /// Whether every bucket holds at most one row.
    var isUnique = true

    init(_ ids: [Int], count: Int) {
      starts = [Int](repeating: 0, count: count + 1)
      for id in ids {
        starts[id + 1] += 1
        if starts[id + 1] > 1 { isUnique = false }
      }
      for id in 0..<count { starts[id + 1] += starts[id] }
      var next = starts
      rows = [Int](repeating: 0, count: ids.count)
      for (row, id) in ids.enumerated() {
        rows[next[id]] = row
        next[id] += 1
      }
    }
  }
}
