/// The rows of every group in one flat buffer: group `g`'s rows are
/// `rows[starts[g]..<starts[g + 1]]`, so kernels walk all groups without one array per group.
/// Rows keep their order within a group (ascending for groups made by key).
public struct GroupIndex: Sendable {
  /// Every group's rows, group after group.
  public let rows: [Int]
  /// Where each group's rows begin in `rows`, and `rows.count` at the end: `count + 1` entries.
  public let starts: [Int]

  /// The groups of `groups`, in that order. O(rows).
  public init(_ groups: [[Int]]) {
    var starts = [0]
    starts.reserveCapacity(groups.count + 1)
    for group in groups { starts.append((starts.last ?? 0) + group.count) }
    self.init(rows: Array(groups.joined()), starts: starts)
  }

  init(rows: [Int], starts: [Int]) {
    self.rows = rows
    self.starts = starts
  }

  /// The number of groups.
  public var count: Int { starts.count - 1 }

  /// The rows of group `group`.
  public func rows(of group: Int) -> ArraySlice<Int> {
    rows[starts[group]..<starts[group + 1]]
  }

  /// The number of rows of group `group`.
  public func size(of group: Int) -> Int {
    starts[group + 1] - starts[group]
  }

  /// Rows grouped by one int key through an array indexed by value (a counting sort):
  /// groups in ascending key order, rows ascending, missing keys left out. nil when the keys
  /// span too many values for the array (as `GroupIds.smallRange`). O(rows + span).
  static func counting(_ values: [Int], validity: Bitmap?) -> GroupIndex? {
    guard let low = values.min(), let high = values.max(),
      case let (span, overflow) = high.subtractingReportingOverflow(low), !overflow,
      span < max(1 << 16, values.count * 2)
    else { return nil }
    let words = validity?.words ?? []
    var cursor = [Int](repeating: 0, count: span + 1)
    cursor.withUnsafeMutableBufferPointer { cursor in
      eachValidSlot(values, low, words) { _, slot in cursor[slot] += 1 }
    }
    var starts = [0]
    var total = 0
    for value in cursor.indices where cursor[value] > 0 {
      (cursor[value], total) = (total, total + cursor[value])
      starts.append(total)
    }
    let rows = [Int](unsafeUninitializedCapacity: total) { out, initialized in
      cursor.withUnsafeMutableBufferPointer { cursor in
        eachValidSlot(values, low, words) { row, slot in
          out.initializeElement(at: cursor[slot], to: row)
          cursor[slot] += 1
        }
      }
      initialized = total
    }
    return GroupIndex(rows: rows, starts: starts)
  }

  /// Calls `body` with each row whose bit is set in `words` (every row when `words` is
  /// empty) and its value less `low`.
  @inline(__always)
  static func eachValidSlot(
    _ values: [Int], _ low: Int, _ words: [UInt64], _ body: (Int, Int) -> Void
  ) {
    values.withUnsafeBufferPointer { values in
      words.withUnsafeBufferPointer { words in
        if words.isEmpty {
          for row in 0..<values.count { body(row, values[row] &- low) }
          return
        }
        for row in 0..<values.count where words[row >> 6] & (1 << UInt64(row & 63)) != 0 {
          body(row, values[row] &- low)
        }
      }
    }
  }

  /// The rows of each group, ids in `order`, rows ascending, from the group id of every row
  /// (-1: in no group) and each id's size: a counting sort. O(rows).
  static func sorting(_ ids: [Int], order: [Int], sizes: [Int]) -> GroupIndex {
    var starts = [Int](repeating: 0, count: order.count + 1)
    var cursor = [Int](repeating: 0, count: sizes.count)
    for (position, id) in order.enumerated() {
      cursor[id] = starts[position]
      starts[position + 1] = starts[position] + sizes[id]
    }
    let total = starts[order.count]
    let rows = [Int](unsafeUninitializedCapacity: total) { out, initialized in
      cursor.withUnsafeMutableBufferPointer { cursor in
        ids.withUnsafeBufferPointer { ids in
          for row in 0..<ids.count where ids[row] >= 0 {
            out.initializeElement(at: cursor[ids[row]], to: row)
            cursor[ids[row]] += 1
          }
        }
      }
      initialized = total
    }
    return GroupIndex(rows: rows, starts: starts)
  }
}
