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
  /// O(left + right + result rows), plus a sort of the result for outer.
  public static func merge(
    _ left: Frame, _ right: Frame, on names: [String], how: How
  ) throws(Problem) -> Frame {
    let (leftKeys, rightKeys) = try keyColumns(left, right, names)
    let widen = zip(leftKeys, rightKeys).map { $0.type != $1.type }
    var (leftRows, rightRows) = pairs(
      KeyPart.rows(leftKeys, asFloat: widen, count: left.rowCount),
      KeyPart.rows(rightKeys, asFloat: widen, count: right.rowCount), how: how)
    var keys: [Column] = []
    for (a, b) in zip(leftKeys, rightKeys) {
      let fromLeft = a.gathering(orMissing: leftRows)
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
    let columns =
      keys + others.left.map { $0.gathering(orMissing: leftRows) }
      + others.right.map { $0.gathering(orMissing: rightRows) }
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

  /// Matching row pairs; -1 stands for no row on that side.
  static func pairs(
    _ left: [[KeyPart]], _ right: [[KeyPart]], how: How
  ) -> (left: [Int], right: [Int]) {
    var index: [[KeyPart]: [Int]] = [:]
    for (row, key) in right.enumerated() { index[key, default: []].append(row) }
    var result: (left: [Int], right: [Int]) = ([], [])
    var matched = Array(repeating: false, count: right.count)
    for (row, key) in left.enumerated() {
      if let matches = index[key] {
        for match in matches {
          result.left.append(row)
          result.right.append(match)
          matched[match] = true
        }
      } else if how != .inner {
        result.left.append(row)
        result.right.append(-1)
      }
    }
    if how == .outer {
      for row in right.indices where !matched[row] {
        result.left.append(-1)
        result.right.append(row)
      }
    }
    return result
  }

  /// A stable order of rows by the key columns, missing keys last.
  static func sortedOrder(_ keys: [Column]) -> [Int] {
    Array(0..<(keys.first?.count ?? 0)).sorted { a, b in
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
