/// A dense row-major matrix of doubles: the features models train on.
public struct Matrix: Sendable {
  public var rows: Int
  public var columns: Int
  /// `rows × columns` values, row after row.
  public var values: [Double]

  public init(rows: Int, columns: Int, values: [Double]) {
    self.rows = rows
    self.columns = columns
    self.values = values
  }

  public init(rows: Int, columns: Int) {
    self.init(rows: rows, columns: columns, values: [Double](repeating: 0, count: rows * columns))
  }

  public subscript(row: Int, column: Int) -> Double {
    get { values[row * columns + column] }
    set { values[row * columns + column] = newValue }
  }

  /// The given rows, in that order. O(rows · columns).
  public func gathering(_ positions: [Int]) -> Matrix {
    var out = [Double]()
    out.reserveCapacity(positions.count * columns)
    for row in positions { out.append(contentsOf: values[(row * columns)..<((row + 1) * columns)]) }
    return Matrix(rows: positions.count, columns: columns, values: out)
  }

  /// The index of the largest value in each row; ties go to the first (as numpy's argmax).
  public func argmaxPerRow() -> [Int] {
    (0..<rows).map { row in
      var best = 0
      for column in 1..<max(columns, 1) where self[row, column] > self[row, best] { best = column }
      return best
    }
  }
}

/// A problem with the data or settings of a learning task, for the user.
public struct LearningError: Error, Sendable {
  /// What kind of problem it is, for callers that tell them apart (Builtins gives each its
  /// error id).
  public enum Kind: Sendable {
    /// Data or settings the task cannot work with.
    case invalid
    /// A column the task names is not in the frame.
    case noColumn
    /// The task would need more memory than the system has.
    case tooLarge
  }

  public let message: String
  /// The argument at fault, when one is.
  public let parameter: String?
  public let kind: Kind

  public init(_ message: String, at parameter: String? = nil, kind: Kind = .invalid) {
    self.message = message
    self.parameter = parameter
    self.kind = kind
  }
}
