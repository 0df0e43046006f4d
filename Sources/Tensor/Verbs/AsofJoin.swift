/// Joining each left row to the nearest right row by an ordered key, as pandas'
/// merge_asof: both frames sorted by `on`, optional exact-match `by` columns, and a
/// tolerance on the distance between keys.
public enum AsofJoin {
  public enum Direction: String, Sendable, CaseIterable {
    case backward, forward, nearest
  }

  public enum Problem: Error, Equatable {
    case noColumn(String, left: Bool)
    case keyTypes(String, ColumnType, ColumnType)
    case notOrdered(String, ColumnType)
    case missingKey(String, left: Bool)
    case notSorted(String, left: Bool)
    case frame(Frame.Problem)
  }

  /// The left's rows and columns, then the right's other columns (not `on` or `by`) from
  /// each row's match, missing where there is none. Clashing names get "_x" and "_y".
  /// `tolerance` is in the key's units (microseconds for times). O((left) log(right) + right).
  public static func join(
    _ left: Frame, _ right: Frame, on name: String, by: [String], direction: Direction,
    tolerance: Double?
  ) throws(Problem) -> Frame {
    let (leftKey, rightKey) = try keyPair(left, right, name)
    let matcher = AsofMatcher(direction: direction, tolerance: tolerance)
    let leftGroups = try groupKeys(left, right, by)
    var candidates: [[KeyPart]: [Int]] = [:]
    for (row, key) in leftGroups.right.enumerated() { candidates[key, default: []].append(row) }
    let groups = leftGroups.left.map { candidates[$0] ?? [] }
    let matches: [Int]
    switch (leftKey.storage, rightKey.storage) {
    case (.time(let a), .time(let b)):
      matches = matcher.match(a, b, groups, distance: AsofJoin.distance)
    case (.int(let a), .int(let b)):
      matches = matcher.match(a.map(Int64.init), b.map(Int64.init), groups, distance: distance)
    default:
      let a = Reduce.floats(leftKey) ?? []
      let b = Reduce.floats(rightKey) ?? []
      matches = matcher.match(a, b, groups) { ($0 - $1).magnitude }
    }
    let skipped = Set([name] + by)
    let others = right.columns.filter { !skipped.contains($0.name) }
    let clashes = Set(left.names).intersection(others.map(\.name))
    var columns = left.columns.map { column in
      var column = column
      if clashes.contains(column.name) { column.name += "_x" }
      return column
    }
    for var column in others.map({ $0.gathering(orMissing: matches) }) {
      if clashes.contains(column.name) { column.name += "_y" }
      columns.append(column)
    }
    do throws(Frame.Problem) {
      return try Frame(columns: columns, metadata: left.metadata)
    } catch {
      throw .frame(error)
    }
  }

  static func distance(_ a: Int64, _ b: Int64) -> Double {
    let (difference, overflow) = a.subtractingReportingOverflow(b)
    return overflow ? .infinity : Double(difference).magnitude
  }
}
