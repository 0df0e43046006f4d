extension Column {
  /// The rows at the given positions, in that order; a position outside the column (such
  /// as -1) gives a missing value. O(positions).
  public func gathering(orMissing positions: [Int]) -> Column {
    let rows = 0..<count
    guard positions.contains(where: { !rows.contains($0) }) else { return gathering(positions) }
    guard count > 0 else { return Column.missing(type, count: positions.count, name: name) }
    var result = gathering(positions.map { rows.contains($0) ? $0 : 0 })
    var validity = result.validity ?? Bitmap(count: positions.count)
    for (target, source) in positions.enumerated() where !rows.contains(source) {
      validity.set(target, false)
    }
    result.validity = validity
    return result
  }

  /// The column's values where it has them and `other`'s where it is missing (same length).
  /// Ints meeting floats become floats.
  public func coalescing(_ other: Column) throws(ConcatenationProblem) -> Column {
    guard let validity, other.count == count else { return self }
    let stacked = try Column.concatenating([.column(self), .column(other)], name: name)
    return stacked.gathering((0..<count).map { validity.isValid($0) ? $0 : count + $0 })
  }
}
