/// Order statistics by selection (quickselect), so quantiles need no full sort: O(n) on
/// average per quantile instead of O(n log n). A range that partitions badly too often is
/// sorted instead, which bounds the worst case at O(n log n).
extension Reduce {
  /// The values at the given sorted positions (ascending, each in `values.indices`), as a
  /// full sort would place them. `values` must hold no NaN. O(n) on average.
  static func orderStatistics(_ values: [Double], at ranks: [Int]) -> [Double] {
    var work = values
    var low = 0
    var result: [Double] = []
    work.withUnsafeMutableBufferPointer { buffer in
      for rank in ranks {
        select(buffer, rank, low: max(low, 0), high: buffer.count)
        result.append(buffer[rank])
        low = rank + 1
      }
    }
    return result
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
