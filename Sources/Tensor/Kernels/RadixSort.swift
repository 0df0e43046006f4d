/// Stable sorting of numeric columns by LSD radix sort over order-preserving bit patterns:
/// six passes of 11 bits over (key, row) pairs, each pass skipped when every key shares its
/// digit. O(n) time and O(n) extra space, no comparisons.
public enum RadixSort {
  /// The row order that sorts `values` stably (ties keep row order), with NaN and missing
  /// rows last in row order, as pandas' default. -0.0 sorts as 0.0. nil past 2³² rows.
  public static func order(_ values: [Double], validity: Bitmap?, descending: Bool) -> [Int]? {
    guard values.count < 1 << 32 else { return nil }
    let flip: UInt64 = descending ? ~0 : 0
    return keyed(values.count, validity) { row in
      let value = values[row]
      guard !value.isNaN else { return nil }
      return key(value + 0.0) ^ flip
    }
  }

  /// The row order that sorts `values` stably, missing rows last in row order.
  public static func order(_ values: [Int], validity: Bitmap?, descending: Bool) -> [Int]? {
    guard values.count < 1 << 32 else { return nil }
    let flip: UInt64 = descending ? ~0 : 0
    return keyed(values.count, validity) { row in key(Int64(values[row])) ^ flip }
  }

  /// `order` (distinct rows below 2³²) stably reordered by `key` ascending, or descending
  /// when the keys are flipped; rows without a key (nil) go last in their order. nil past
  /// 2³² rows.
  public static func reorder(_ order: [Int], descending: Bool, key: (Int) -> UInt64?) -> [Int]? {
    guard order.count < 1 << 32 else { return nil }
    let flip: UInt64 = descending ? ~0 : 0
    return keyed(order, nil) { row in key(row).map { $0 ^ flip } }
  }

  /// The unsigned key whose order is the signed order.
  @inline(__always)
  static func key(_ value: Int64) -> UInt64 {
    UInt64(bitPattern: value) ^ (1 << 63)
  }

  /// The unsigned key whose order is the float order: negatives have every bit flipped,
  /// the rest only the sign bit.
  @inline(__always)
  static func key(_ value: Double) -> UInt64 {
    let bits = value.bitPattern
    return bits >> 63 == 1 ? ~bits : bits | 1 << 63
  }

  /// Rows with a key sorted by it, then the rows without one (nil key or missing).
  @inline(__always)
  static func keyed(_ count: Int, _ validity: Bitmap?, _ key: (Int) -> UInt64?) -> [Int] {
    keyed(0..<count, validity, key)
  }

  /// `rows` with a key sorted by it (ties in the given order), then the rows without one.
  @inline(__always)
  static func keyed<Rows: Collection<Int>>(
    _ order: Rows, _ validity: Bitmap?, _ key: (Int) -> UInt64?
  ) -> [Int] {
    let count = order.count
    var keys: [UInt64] = []
    var rows: [UInt32] = []
    var last: [Int] = []
    keys.reserveCapacity(count)
    rows.reserveCapacity(count)
    for row in order {
      if validity?.isValid(row) == false {
        last.append(row)
      } else if let value = key(row) {
        keys.append(value)
        rows.append(UInt32(truncatingIfNeeded: row))
      } else {
        last.append(row)
      }
    }
    let sorted = sort(keys, rows)
    var result = [Int](unsafeUninitializedCapacity: count) { out, initialized in
      HugePages.advise(out)
      for index in sorted.indices { out.initializeElement(at: index, to: Int(sorted[index])) }
      initialized = sorted.count
    }
    result.append(contentsOf: last)
    return result
  }

  static let digitBits = 11
  static let passes = 6
  static let buckets = 1 << digitBits

  /// `rows` reordered so that their `keys` ascend; equal keys keep their order.
  public static func sort(_ keys: [UInt64], _ rows: [UInt32]) -> [UInt32] {
    var counts = histograms(keys)
    var (keys, rows) = (keys, rows)
    var (spareKeys, spareRows) = (keys, rows)
    for pass in 0..<passes {
      let offset = pass * buckets
      guard counts[offset..<offset + buckets].allSatisfy({ $0 != keys.count }) else { continue }
      var start = 0
      for bucket in offset..<offset + buckets {
        (counts[bucket], start) = (start, start + counts[bucket])
      }
      scatter(keys, rows, &spareKeys, &spareRows, &counts, pass)
      swap(&keys, &spareKeys)
      swap(&rows, &spareRows)
    }
    return rows
  }

  /// The digit counts of every pass, `buckets` per pass, in one read of the keys.
  static func histograms(_ keys: [UInt64]) -> [Int] {
    var counts = [Int](repeating: 0, count: passes * buckets)
    let mask = UInt64(buckets - 1)
    counts.withUnsafeMutableBufferPointer { counts in
      for key in keys {
        for pass in 0..<passes {
          let digit = Int(truncatingIfNeeded: (key >> UInt64(pass * digitBits)) & mask)
          counts[pass * buckets + digit] += 1
        }
      }
    }
    return counts
  }

  /// One stable pass: each pair goes to the next free slot of its digit's bucket.
  static func scatter(
    _ keys: [UInt64], _ rows: [UInt32], _ outKeys: inout [UInt64], _ outRows: inout [UInt32],
    _ starts: inout [Int], _ pass: Int
  ) {
    let shift = UInt64(pass * digitBits)
    let mask = UInt64(buckets - 1)
    let offset = pass * buckets
    keys.withUnsafeBufferPointer { keys in
      rows.withUnsafeBufferPointer { rows in
        outKeys.withUnsafeMutableBufferPointer { outKeys in
          outRows.withUnsafeMutableBufferPointer { outRows in
            starts.withUnsafeMutableBufferPointer { starts in
              for index in 0..<keys.count {
                let key = keys[index]
                let slot = offset + Int(truncatingIfNeeded: (key >> shift) & mask)
                let position = starts[slot]
                starts[slot] = position + 1
                outKeys[position] = key
                outRows[position] = rows[index]
              }
            }
          }
        }
      }
    }
  }
}
