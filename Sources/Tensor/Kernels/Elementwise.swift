/// Element-wise arithmetic and comparisons on columns, with a scalar on either side
/// broadcast to every row. Kernels run over whole typed buffers, then combine the validity
/// masks (a missing operand makes a missing result).
public enum Elementwise {
  public enum ArithmeticOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
    case modulo = "%", power = "^"
  }

  public enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
    case greaterEqual = ">="
  }

  /// A scalar operand.
  public enum Scalar: Sendable {
    case float(Double), int(Int), bool(Bool), string(String), missing
  }

  /// One side of an operation: a column or a scalar.
  public enum Operand: Sendable {
    case column(Column)
    case scalar(Scalar)

    var count: Int? {
      if case .column(let column) = self { return column.count }
      return nil
    }

    var validity: Bitmap? {
      if case .column(let column) = self { return column.validity }
      return nil
    }

    var isMissingScalar: Bool {
      if case .scalar(.missing) = self { return true }
      return false
    }
  }

  public enum Problem: Error, Equatable {
    case lengthMismatch(Int, Int)
    case unsupported(String)
    case integerOverflow
  }

  /// The common length of the operands (a scalar fits any length).
  static func length(_ a: Operand, _ b: Operand) throws(Problem) -> Int {
    switch (a.count, b.count) {
    case (let x?, let y?):
      guard x == y else { throw .lengthMismatch(x, y) }
      return x
    case (let x?, nil): return x
    case (nil, let y?): return y
    case (nil, nil): return 1
    }
  }

  /// Validity of a result: both operands' masks combined; all missing for a missing scalar.
  static func validity(_ a: Operand, _ b: Operand, count: Int) -> Bitmap? {
    if a.isMissingScalar || b.isMissingScalar { return Bitmap(count: count, allValid: false) }
    return Bitmap.and(a.validity, b.validity)
  }

  /// Floats of an operand expanded to `count` rows; nil for non-numeric operands.
  static func floats(_ operand: Operand, count: Int) -> [Double]? {
    switch operand {
    case .column(let column):
      switch column.storage {
      case .float(let values): return values
      case .int(let values): return values.map(Double.init)
      case .bool(let values): return values.map { $0 ? 1 : 0 }
      default: return nil
      }
    case .scalar(.float(let value)): return Array(repeating: value, count: count)
    case .scalar(.int(let value)): return Array(repeating: Double(value), count: count)
    case .scalar(.bool(let value)): return Array(repeating: value ? 1 : 0, count: count)
    case .scalar(.missing): return Array(repeating: .nan, count: count)
    case .scalar: return nil
    }
  }

  /// Ints of an operand expanded to `count` rows; nil unless it is int or bool.
  static func ints(_ operand: Operand, count: Int) -> [Int]? {
    switch operand {
    case .column(let column):
      switch column.storage {
      case .int(let values): return values
      case .bool(let values): return values.map { $0 ? 1 : 0 }
      default: return nil
      }
    case .scalar(.int(let value)): return Array(repeating: value, count: count)
    case .scalar(.bool(let value)): return Array(repeating: value ? 1 : 0, count: count)
    case .scalar(.missing): return Array(repeating: 0, count: count)
    default: return nil
    }
  }
}
