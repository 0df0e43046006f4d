/// Ordered, named columns of equal length, with a name index and metadata (source,
/// citation, anything a loader knows).
public struct Frame: Sendable {
  public private(set) var columns: [Column]
  private var index: [String: Int]
  public var metadata: [(key: String, value: String)]

  public enum Problem: Error, Equatable {
    case lengthMismatch(name: String, expected: Int, got: Int)
    case duplicateName(String)

    /// Why the columns do not make a frame, in the one wording every caller shows.
    public var message: String { TensorMessages.frameProblem(self) }
  }

  /// A frame from columns that must all have the same length and distinct names.
  public init(columns: [Column], metadata: [(key: String, value: String)] = []) throws(Problem) {
    self.columns = []
    self.index = [:]
    self.metadata = metadata
    for column in columns { try add(column) }
  }

  public var rowCount: Int { columns.first?.count ?? 0 }
  public var columnCount: Int { columns.count }
  public var names: [String] { columns.map(\.name) }

  public func column(named name: String) -> Column? {
    index[name].map { columns[$0] }
  }

  public func position(of name: String) -> Int? { index[name] }

  /// Adds a column at the end, or replaces the column of the same name in place.
  public mutating func set(_ column: Column) throws(Problem) {
    if let position = index[column.name] {
      guard column.count == rowCount || columns.count == 1 else {
        throw .lengthMismatch(name: column.name, expected: rowCount, got: column.count)
      }
      columns[position] = column
    } else {
      try add(column)
    }
  }

  private mutating func add(_ column: Column) throws(Problem) {
    guard index[column.name] == nil else { throw .duplicateName(column.name) }
    if let first = columns.first, first.count != column.count {
      throw .lengthMismatch(name: column.name, expected: first.count, got: column.count)
    }
    index[column.name] = columns.count
    columns.append(column)
  }

  /// The rows at the given positions, in that order; large frames gather their columns
  /// concurrently.
  public func gathering(_ positions: [Int]) -> Frame {
    var result = self
    if positions.count >= 1 << 16 {
      result.columns = Parallel.map(columns) { $0.gathering(positions) }
    } else {
      result.columns = columns.map { $0.gathering(positions) }
    }
    return result
  }

  /// The columns with the given names, in that order (names must exist).
  public func selecting(_ names: [String]) -> Frame? {
    var chosen: [Column] = []
    for name in names {
      guard let column = column(named: name) else { return nil }
      chosen.append(column)
    }
    return try? Frame(columns: chosen, metadata: metadata)
  }

  /// The frame without the named columns.
  public func dropping(_ names: Set<String>) -> Frame {
    var result = self
    result.columns = columns.filter { !names.contains($0.name) }
    result.index = Dictionary(
      uniqueKeysWithValues: result.columns.enumerated().map { ($1.name, $0) })
    return result
  }

  /// Renames a column; false when `old` does not exist or `new` is taken.
  public mutating func rename(_ old: String, to new: String) -> Bool {
    guard let position = index[old], old == new || index[new] == nil else { return false }
    columns[position].name = new
    index[old] = nil
    index[new] = position
    return true
  }
}
