/// The grouped reductions that are not float arithmetic: exact int sums and extremes, the
/// first and last value, distinct counts.
extension GroupedReduce {
  /// Each group's exact sum of an int column's values (0 for a group without any); nil when
  /// a sum leaves 64 bits. O(rows).
  public static func integerSum(_ values: [Int], _ validity: Bitmap?, _ groups: GroupIndex)
    -> [Int]?
  {
    var sums = [Int](repeating: 0, count: groups.count)
    var fits = true
    forEachValidRow(validity, groups) { group, row in
      let (total, overflow) = sums[group].addingReportingOverflow(values[row])
      sums[group] = total
      if overflow { fits = false }
    }
    return fits ? sums : nil
  }

  /// Each group's smallest (or largest) int; nil for a group without values. O(rows).
  public static func integerExtreme(
    _ values: [Int], _ validity: Bitmap?, _ groups: GroupIndex, largest: Bool
  ) -> [Int?] {
    var results = [Int?](repeating: nil, count: groups.count)
    forEachValidRow(validity, groups) { group, row in
      let value = values[row]
      guard let best = results[group] else {
        results[group] = value
        return
      }
      if largest ? value > best : value < best { results[group] = value }
    }
    return results
  }

  /// Each group's first (or last) row that has a value; nil for a group without one.
  /// O(rows).
  public static func validRow(_ column: Column, _ groups: GroupIndex, last: Bool) -> [Int?] {
    (0..<groups.count).map { group in
      let rows = groups.rows(of: group)
      return last
        ? rows.last(where: { !column.isMissing($0) }) : rows.first(where: { !column.isMissing($0) })
    }
  }

  /// How many distinct values each group holds, missing not counted, with the equality of
  /// `GroupIds` (floats by bits, strings by code). O(rows).
  public static func distinctCounts(_ column: Column, _ groups: GroupIndex) -> [Int] {
    let (ids, idCount) = GroupIds.of(column)
    var seenIn = [Int](repeating: -1, count: idCount)
    var counts = [Int](repeating: 0, count: groups.count)
    forEachValidRow(nil, groups) { group, row in
      let id = ids[row]
      guard id >= 0, seenIn[id] != group else { return }
      seenIn[id] = group
      counts[group] += 1
    }
    return counts
  }

  /// Calls `body` with the group and row of every row that has a value, group by group.
  @inline(__always)
  static func forEachValidRow(
    _ validity: Bitmap?, _ groups: GroupIndex, _ body: (Int, Int) -> Void
  ) {
    groups.rows.withUnsafeBufferPointer { rows in
      for group in 0..<groups.count {
        for position in groups.starts[group]..<groups.starts[group + 1] {
          let row = rows[position]
          if let validity, !validity.isValid(row) { continue }
          body(group, row)
        }
      }
    }
  }
}
