extension AsofJoin {
  /// The `on` columns of both frames: present, of one orderable type (ints and floats mix),
  /// without missing values or NaN, and sorted.
  static func keyPair(
    _ left: Frame, _ right: Frame, _ name: String
  ) throws(Problem) -> (Column, Column) {
    guard let a = left.column(named: name) else { throw .noColumn(name, left: true) }
    guard let b = right.column(named: name) else { throw .noColumn(name, left: false) }
    let numeric: Set<ColumnType> = [.int, .float]
    guard a.type == b.type || (numeric.contains(a.type) && numeric.contains(b.type)) else {
      throw .keyTypes(name, a.type, b.type)
    }
    guard a.type == .time || numeric.contains(a.type) else { throw .notOrdered(name, a.type) }
    try checkSorted(a, left: true)
    try checkSorted(b, left: false)
    return (a, b)
  }

  private static func checkSorted(_ column: Column, left: Bool) throws(Problem) {
    let values = Reduce.floats(column) ?? []
    for row in 0..<column.count {
      if column.isMissing(row) || values[row].isNaN {
        throw .missingKey(column.name, left: left)
      }
      if row > 0, FrameOrder.compare(column, row - 1, row) > 0 {
        throw .notSorted(column.name, left: left)
      }
    }
  }

  /// The `by` key of every left row and every right row.
  static func groupKeys(
    _ left: Frame, _ right: Frame, _ names: [String]
  ) throws(Problem) -> (left: [[KeyPart]], right: [[KeyPart]]) {
    var leftColumns: [Column] = []
    var rightColumns: [Column] = []
    for name in names {
      guard let a = left.column(named: name) else { throw .noColumn(name, left: true) }
      guard let b = right.column(named: name) else { throw .noColumn(name, left: false) }
      leftColumns.append(a)
      rightColumns.append(b)
    }
    let widen = zip(leftColumns, rightColumns).map { $0.type != $1.type }
    return (
      KeyPart.rows(leftColumns, asFloat: widen, count: left.rowCount),
      KeyPart.rows(rightColumns, asFloat: widen, count: right.rowCount)
    )
  }
}

/// Finding each left key's right row among candidate rows sorted by key.
struct AsofMatcher {
  let direction: AsofJoin.Direction
  let tolerance: Double?

  /// The matching right row of each left row, or -1. `groups[i]` holds the right rows that
  /// left row i may match, in ascending key order. O(left × log(right)).
  func match<T: Comparable>(
    _ left: [T], _ right: [T], _ groups: [[Int]], distance: (T, T) -> Double
  ) -> [Int] {
    zip(left, groups).map { key, rows in
      let after = firstIndex(in: rows) { right[$0] > key }
      let atOrAfter = firstIndex(in: rows) { right[$0] >= key }
      let backward = after > 0 ? rows[after - 1] : -1
      let forward = atOrAfter < rows.count ? rows[atOrAfter] : -1
      let gaps = (
        backward < 0 ? Double.infinity : distance(key, right[backward]),
        forward < 0 ? Double.infinity : distance(right[forward], key)
      )
      switch direction {
      case .backward: return within(gaps.0, backward) ? backward : -1
      case .forward: return within(gaps.1, forward) ? forward : -1
      case .nearest:
        // pandas takes the earlier row when both are as near.
        let (row, gap) = gaps.0 <= gaps.1 ? (backward, gaps.0) : (forward, gaps.1)
        return within(gap, row) ? row : -1
      }
    }
  }

  /// Whether `row` is a match (not -1) no further than the tolerance.
  private func within(_ gap: Double, _ row: Int) -> Bool {
    row >= 0 && (tolerance.map { gap <= $0 } ?? true)
  }

  /// The first position in `rows` where `isPast` holds (it holds from some point on).
  private func firstIndex(in rows: [Int], where isPast: (Int) -> Bool) -> Int {
    var (low, high) = (0, rows.count)
    while low < high {
      let middle = low + (high - low) / 2
      if isPast(rows[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
