/// Row selection over whole buffers: gathering values and bits by position, and turning
/// masks into positions. Tight loops over unsafe buffers, sized exactly up front.
public enum Gather {
  /// `values[p]` for each position `p`, in order. Positions must lie in `values.indices`
  /// (callers make them from the same column). O(positions).
  @inlinable
  public static func values<T>(_ values: [T], at positions: [Int]) -> [T] {
    values.withUnsafeBufferPointer { source in
      positions.withUnsafeBufferPointer { picks in
        [T](unsafeUninitializedCapacity: picks.count) { out, initialized in
          HugePages.advise(out)
          for index in 0..<picks.count {
            out.initializeElement(at: index, to: source[picks[index]])
          }
          initialized = picks.count
        }
      }
    }
  }

  /// The bits of `words` at the given positions, packed 64 to a word. O(positions).
  static func bits(_ words: [UInt64], at positions: [Int]) -> [UInt64] {
    let count = positions.count
    return words.withUnsafeBufferPointer { source in
      positions.withUnsafeBufferPointer { picks in
        [UInt64](unsafeUninitializedCapacity: (count + 63) / 64) { out, initialized in
          var word: UInt64 = 0
          for index in 0..<count {
            let row = picks[index]
            word |= ((source[row >> 6] >> UInt64(row & 63)) & 1) << UInt64(index & 63)
            if index & 63 == 63 {
              out.initializeElement(at: index >> 6, to: word)
              word = 0
            }
          }
          if count & 63 != 0 { out.initializeElement(at: count >> 6, to: word) }
          initialized = (count + 63) / 64
        }
      }
    }
  }

  /// The positions where `flags` is true and `validity` (nil: all valid) is set, in order.
  /// Branch-free, so a mask of mixed values costs no mispredictions. O(flags).
  public static func positions(where flags: [Bool], valid validity: Bitmap?) -> [Int] {
    let words = validity?.words ?? []
    return flags.withUnsafeBufferPointer { flags in
      words.withUnsafeBufferPointer { words in
        let checked = !words.isEmpty
        return [Int](unsafeUninitializedCapacity: flags.count + 1) { out, initialized in
          HugePages.advise(out)
          var next = 0
          for row in 0..<flags.count {
            out[next] = row
            let valid = !checked || (words[row >> 6] >> UInt64(row & 63)) & 1 != 0
            next &+= flags[row] && valid ? 1 : 0
          }
          initialized = next
        }
      }
    }
  }

  /// The values whose bit in `validity` is set, in order; branch-free. O(values).
  @inlinable
  public static func valid<T: BitwiseCopyable>(_ values: [T], _ validity: Bitmap) -> [T] {
    let words = validity.words
    return values.withUnsafeBufferPointer { values in
      words.withUnsafeBufferPointer { words in
        [T](unsafeUninitializedCapacity: values.count + 1) { out, initialized in
          HugePages.advise(out)
          guard let base = out.baseAddress else { return }
          var next = 0
          for row in 0..<min(values.count, words.count * 64) {
            // Writing past the kept values is safe: the slot is overwritten or left out.
            (base + next).initialize(to: values[row])
            next &+= Int(truncatingIfNeeded: (words[row >> 6] >> UInt64(row & 63)) & 1)
          }
          initialized = next
        }
      }
    }
  }

  /// The positions of the set bits of `words` (64 rows to a word), in order. O(words + set).
  public static func positions(ofSetBits words: [UInt64]) -> [Int] {
    let total = words.reduce(0) { $0 + $1.nonzeroBitCount }
    return [Int](unsafeUninitializedCapacity: total) { out, initialized in
      HugePages.advise(out)
      var next = 0
      for (index, word) in words.enumerated() {
        var rest = word
        while rest != 0 {
          out.initializeElement(at: next, to: index << 6 | rest.trailingZeroBitCount)
          next += 1
          rest &= rest - 1
        }
      }
      initialized = next
    }
  }
}
