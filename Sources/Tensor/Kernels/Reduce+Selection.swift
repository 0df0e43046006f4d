/// Order statistics by selection (quickselect), so quantiles need no full sort: O(n) on
/// average per quantile instead of O(n log n). A range that partitions badly too often is
/// sorted instead, which bounds the worst case at O(n log n).
extension Reduce {
  /// The values at the given sorted positions (ascending, distinct, each in
  /// `values.indices`), as a full sort would place them. `values` must hold no NaN.
  /// O(n log k) on average for k positions: one partition serves every position.
  static func orderStatistics(_ values: [Double], at ranks: [Int]) -> [Double] {
    var work = values
    return work.withUnsafeMutableBufferPointer { orderStatistics(in: $0, at: ranks) }
  }

  /// The same for values already in a buffer of their own, which it reorders.
  static func orderStatistics(in buffer: UnsafeMutableBufferPointer<Double>, at ranks: [Int])
    -> [Double]
  {
    let budget = 2 * (Int.bitWidth - buffer.count.leadingZeroBitCount) + 8
    selectAll(buffer, ranks[...], low: 0, high: buffer.count, budget: budget)
    return ranks.map { buffer[$0] }
  }

  /// `quantile(values, q)` of the values in `buffer` (at least one, no NaN, q in 0...1), by
  /// the same steps, reordering the buffer instead of a copy.
  static func quantile(selectingIn buffer: UnsafeMutableBufferPointer<Double>, _ q: Double)
    -> Double
  {
    let last = buffer.count - 1
    let position = q * Double(last)
    let lower = position.isNaN ? 0 : min(max(0, Int(position.rounded(.down))), last)
    let upper = min(lower + 1, last)
    let statistics = orderStatistics(in: buffer, at: lower == upper ? [lower] : [lower, upper])
    return lerp(statistics[0], statistics[statistics.count - 1], position - Double(lower))
  }

  /// `median(values)` of the values in `buffer` (at least one, no NaN), by the same steps.
  static func median(selectingIn buffer: UnsafeMutableBufferPointer<Double>) -> Double {
    let middle = buffer.count / 2
    if buffer.count % 2 == 1 { return orderStatistics(in: buffer, at: [middle])[0] }
    let pair = orderStatistics(in: buffer, at: [middle - 1, middle])
    return (pair[0] + pair[1]) / 2
  }

  /// Places every rank of `ranks` (all in `low..<high`) as `select` places one, partitioning
  /// once for all of them and recursing only into the sides that still hold ranks.
  static func selectAll(
    _ buffer: UnsafeMutableBufferPointer<Double>, _ ranks: ArraySlice<Int>, low: Int, high: Int,
    budget: Int
  ) {
    guard let first = ranks.first, low < high else { return }
    if ranks.count == 1 || high - low <= 16 || budget <= 0 {
      if ranks.count == 1 { return select(buffer, first, low: low, high: high) }
      var rest = UnsafeMutableBufferPointer(rebasing: buffer[low..<high])
      return rest.sort()
    }
    let (lessEnd, greaterStart) = partition(buffer, low: low, high: high)
    let below = ranks.prefix { $0 < lessEnd }
    let above = ranks.drop { $0 < greaterStart }
    selectAll(buffer, below, low: low, high: lessEnd, budget: budget - 1)
    selectAll(buffer, above, low: greaterStart, high: high, budget: budget - 1)
  }

  /// Rearranges `buffer[low..<high]` so that `buffer[rank]` holds the value a sort would put
  /// there, smaller-or-equal values before it and greater-or-equal after.
  static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ rank: Int, low: Int, high: Int)
  {
    var (low, high) = (low, high)
    var budget = 2 * (Int.bitWidth - high.leadingZeroBitCount) + 8
    while high - low > 16 {
      budget -= 1
      if budget < 0 { break }
      let (lessEnd, greaterStart) = partition(buffer, low: low, high: high)
      if rank < lessEnd {
        high = lessEnd
      } else if rank >= greaterStart {
        low = greaterStart
      } else {
        return
      }
    }
    if low < high {
      var rest = UnsafeMutableBufferPointer(rebasing: buffer[low..<high])
      rest.sort()
    }
  }

  /// Three-way partition around a median-of-three pivot: `[low, lessEnd)` below it,
  /// `[lessEnd, greaterStart)` equal, `[greaterStart, high)` above.
  static func partition(_ buffer: UnsafeMutableBufferPointer<Double>, low: Int, high: Int)
    -> (Int, Int)
  {
    let (a, b, c) = (buffer[low], buffer[low + (high - low) / 2], buffer[high - 1])
    let pivot = max(min(a, b), min(max(a, b), c))
    var (less, index, greater) = (low, low, high)
    while index < greater {
      let value = buffer[index]
      if value < pivot {
        buffer.swapAt(less, index)
        less += 1
        index += 1
      } else if value > pivot {
        greater -= 1
        buffer.swapAt(index, greater)
      } else {
        index += 1
      }
    }
    return (less, greater)
  }
}
