/// Joining two frames on key columns, as pandas' merge: inner and left keep the left rows'
/// order (each left row followed by its matches in the right's order), outer sorts by key.
public enum Join {
  public enum How: String, Sendable, CaseIterable {
    case inner, left, outer
  }

  public enum Problem: Error, Equatable {
    case noColumn(String, left: Bool)
    case keyTypes(String, ColumnType, ColumnType)
    case frame(Frame.Problem)
  }

  /// Keys, then the left's other columns, then the right's; clashing names get "_x" and "_y".
  /// O(left + right + result rows), plus a sort of the result for outer; the columns are
  /// gathered on every core for large results.
  public static func merge(
    _ left: Frame, _ right: Frame, on names: [String], how: How
  ) throws(Problem) -> Frame {
    let (leftKeys, rightKeys) = try keyColumns(left, right, names)
    let pairs = JoinPairs.of(JoinKeys(leftKeys, rightKeys), how: how)
    var (leftRows, rightRows) = (pairs.left, pairs.right)
    var keys: [Column] = []
    for (a, b) in zip(leftKeys, rightKeys) {
      // A left join on distinct right keys keeps the left rows as they are: no gather.
      let fromLeft = pairs.leftIsWhole ? a : a.gathering(orMissing: leftRows)
      guard fromLeft.validity != nil else {
        keys.append(fromLeft)
        continue
      }
      do throws(Column.ConcatenationProblem) {
        keys.append(try fromLeft.coalescing(b.gathering(orMissing: rightRows)))
      } catch {
        throw .keyTypes(a.name, a.type, b.type)
      }
    }
    if how == .outer {
      let order = sortedOrder(keys)
      keys = keys.map { $0.gathering(order) }
      (leftRows, rightRows) = (order.map { leftRows[$0] }, order.map { rightRows[$0] })
    }
    let others = otherColumns(left, right, keys: Set(names))
    let sources = others.left.map { ($0, true) } + others.right.map { ($0, false) }
    let leftIsWhole = pairs.leftIsWhole && how != .outer
    let rows = (left: leftRows, right: rightRows)
    let gather = { @Sendable (source: (Column, Bool)) in
      if source.1 && leftIsWhole { return source.0 }
      return source.0.gathering(orMissing: source.1 ? rows.left : rows.right)
    }
    let columns =
      keys + (leftRows.count >= 1 << 16 ? Parallel.map(sources, gather) : sources.map(gather))
    do throws(Frame.Problem) {
      return try Frame(columns: columns)
    } catch {
      throw .frame(error)
    }
  }

  private static func keyColumns(
    _ left: Frame, _ right: Frame, _ names: [String]
  ) throws(Problem) -> ([Column], [Column]) {
    var pairs: ([Column], [Column]) = ([], [])
    for name in names {
      guard let a = left.column(named: name) else { throw .noColumn(name, left: true) }
      guard let b = right.column(named: name) else { throw .noColumn(name, left: false) }
      let numeric: Set<ColumnType> = [.int, .float]
      guard a.type == b.type || (numeric.contains(a.type) && numeric.contains(b.type)) else {
        throw .keyTypes(name, a.type, b.type)
      }
      pairs.0.append(a)
      pairs.1.append(b)
    }
    return pairs
  }

  /// A stable order of rows by the key columns, missing keys last (after NaN): by
  /// `SortKeys` (radix and dictionary ranks) unless a float key holds both NaN and missing
  /// values, which `SortKeys` ranks alike.
  static func sortedOrder(_ keys: [Column]) -> [Int] {
    let mixesAbsentKinds = keys.contains { key in
      guard case .float(let values) = key.storage, key.validity?.hasMissing == true else {
        return false
      }
      return values.contains { $0.isNaN }
    }
    if !mixesAbsentKinds { return SortKeys.order(keys, descending: false) }
    return Array(0..<(keys.first?.count ?? 0)).sorted { a, b in
      for key in keys {
        let order = FrameOrder.compare(key, a, b)
        if order != 0 { return order < 0 }
      }
      return a < b
    }
  }

  private static func otherColumns(
    _ left: Frame, _ right: Frame, keys: Set<String>
  ) -> (left: [Column], right: [Column]) {
    let leftOthers = left.columns.filter { !keys.contains($0.name) }
    let rightOthers = right.columns.filter { !keys.contains($0.name) }
    let clashes = Set(leftOthers.map(\.name)).intersection(rightOthers.map(\.name))
    func renamed(_ column: Column, _ suffix: String) -> Column {
      var column = column
      if clashes.contains(column.name) { column.name += suffix }
      return column
    }
    return (leftOthers.map { renamed($0, "_x") }, rightOthers.map { renamed($0, "_y") })
  }
}
