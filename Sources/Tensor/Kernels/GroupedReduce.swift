/// Reductions of one column over every group of a `GroupIndex` at once. Each group's result
/// is the one `Reduce` gives for that group's rows alone, to the bit: the same values in the
/// same order go through the same pairwise sums and selections. O(rows) for all groups
/// together (quantiles O(rows) on average), no array per group.
public enum GroupedReduce {
  /// Each group's valid values as floats, group after group: group `g`'s are
  /// `values[starts[g]..<starts[g + 1]]`.
  public struct Floats: Sendable {
    public let values: [Double]
    public let starts: [Int]

    public var count: Int { starts.count - 1 }

    /// The number of values of the largest group.
    var largestGroup: Int { (0..<count).map { starts[$0 + 1] - starts[$0] }.max() ?? 0 }

    /// Runs `body` on each group's values in turn. O(values).
    func forEachGroup(_ body: (Int, UnsafeBufferPointer<Double>) -> Void) {
      values.withUnsafeBufferPointer { values in
        for group in 0..<count {
          body(group, UnsafeBufferPointer(rebasing: values[starts[group]..<starts[group + 1]]))
        }
      }
    }
  }

  /// Each group's valid values as `Reduce.validFloats` gives them for the group's rows:
  /// missing values and NaN left out, ints, bools and times as floats; nil for text.
  /// O(rows).
  public static func validFloats(_ column: Column, _ groups: GroupIndex) -> Floats? {
    let validity = column.validity
    switch column.storage {
    case .float(let values): return gathered(values, validity, groups) { $0 }
    case .int(let values): return gathered(values, validity, groups) { Double($0) }
    case .bool(let values): return gathered(values, validity, groups) { $0 ? 1 : 0 }
    case .time(let values): return gathered(values, validity, groups) { Double($0) }
    case .string: return nil
    }
  }

  /// The values of the groups' valid rows converted to floats, NaN left out.
  @inline(__always)
  static func gathered<T>(
    _ source: [T], _ validity: Bitmap?, _ groups: GroupIndex, _ convert: (T) -> Double
  ) -> Floats {
    let words = validity?.words ?? []
    var starts = [Int](repeating: 0, count: groups.count + 1)
    var total = 0
    let values = [Double](unsafeUninitializedCapacity: groups.rows.count) { out, initialized in
      source.withUnsafeBufferPointer { source in
        groups.rows.withUnsafeBufferPointer { rows in
          groups.starts.withUnsafeBufferPointer { groupStarts in
            words.withUnsafeBufferPointer { words in
              for group in 0..<groupStarts.count - 1 {
                for position in groupStarts[group]..<groupStarts[group + 1] {
                  let row = rows[position]
                  if !words.isEmpty, words[row >> 6] & (1 << UInt64(row & 63)) == 0 { continue }
                  let value = convert(source[row])
                  if value.isNaN { continue }
                  out.initializeElement(at: total, to: value)
                  total += 1
                }
                starts[group + 1] = total
              }
            }
          }
        }
      }
      initialized = total
    }
    return Floats(values: values, starts: starts)
  }

  /// Each group's mean, as `Reduce.mean`; nil for a group without values.
  public static func mean(_ floats: Floats) -> [Double?] {
    var results = [Double?](repeating: nil, count: floats.count)
    floats.forEachGroup { group, values in
      if !values.isEmpty { results[group] = Reduce.pairwiseSum(values) / Double(values.count) }
    }
    return results
  }

  /// Each group's sum, as `Reduce.sum` (0 for a group without values).
  public static func sum(_ floats: Floats) -> [Double] {
    var results = [Double](repeating: 0, count: floats.count)
    floats.forEachGroup { group, values in results[group] = Reduce.pairwiseSum(values) }
    return results
  }

  /// Each group's standard deviation with `ddof`, as `Reduce.standardDeviation`; nil for a
  /// group of `ddof` values or fewer.
  public static func standardDeviation(_ floats: Floats, ddof: Int) -> [Double?] {
    var results = [Double?](repeating: nil, count: floats.count)
    floats.forEachGroup { group, values in
      guard values.count > ddof, !values.isEmpty else { return }
      let mean = Reduce.pairwiseSum(values) / Double(values.count)
      let squares = Reduce.pairwiseSum(values, SquaredDeviation(mean: mean))
      results[group] = (squares / Double(values.count - ddof)).squareRoot()
    }
    return results
  }

  /// Each group's smallest (or largest) value, as `Reduce.minimum` and `maximum`.
  public static func extreme(_ floats: Floats, largest: Bool) -> [Double?] {
    var results = [Double?](repeating: nil, count: floats.count)
    floats.forEachGroup { group, values in
      guard var best = values.first else { return }
      for value in values where largest ? value > best : value < best { best = value }
      results[group] = best
    }
    return results
  }

  /// Each group's quantile `q` (in 0...1), as `Reduce.quantile`; nil for a group without
  /// values.
  public static func quantile(_ floats: Floats, _ q: Double) -> [Double?] {
    selecting(floats) { Reduce.quantile(selectingIn: $0, q) }
  }

  /// Each group's median, as `Reduce.median`; nil for a group without values.
  public static func median(_ floats: Floats) -> [Double?] {
    selecting(floats) { Reduce.median(selectingIn: $0) }
  }

  /// `pick` of each group's values, copied into one scratch buffer (which `pick` may reorder,
  /// as selection does); nil for a group without values.
  private static func selecting(
    _ floats: Floats, _ pick: (UnsafeMutableBufferPointer<Double>) -> Double
  ) -> [Double?] {
    var results = [Double?](repeating: nil, count: floats.count)
    var scratch = [Double](repeating: 0, count: floats.largestGroup)
    scratch.withUnsafeMutableBufferPointer { scratch in
      floats.forEachGroup { group, values in
        guard !values.isEmpty else { return }
        let work = UnsafeMutableBufferPointer(rebasing: scratch[..<values.count])
        _ = work.initialize(fromContentsOf: values)
        results[group] = pick(work)
      }
    }
    return results
  }
}
