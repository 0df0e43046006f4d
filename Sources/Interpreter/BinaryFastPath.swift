import Lang

/// The operators with specialised int/float paths, one row each: how the operator compiles
/// to a value and, for comparisons, to a condition (`if a < b` makes no bool in between).
/// Each row names its operator type once, so the builders it calls are specialised for it.
struct BinaryFastPath {
  typealias Build<Result> = (OperandKind, OperandKind, @escaping SlowBinary) -> Result
  let value: Build<Code>
  let condition: Build<Condition>?

  /// The row of `op`; nil for operators without a fast path.
  static func row(_ op: BinaryOperator) -> BinaryFastPath? {
    switch op {
    case .add: return arithmetic(AddOperator.self)
    case .subtract: return arithmetic(SubtractOperator.self)
    case .multiply: return arithmetic(MultiplyOperator.self)
    case .divide: return arithmetic(DivideOperator.self)
    case .modulo: return arithmetic(ModuloOperator.self)
    case .less: return comparison(LessOperator.self)
    case .lessEqual: return comparison(LessEqualOperator.self)
    case .greater: return comparison(GreaterOperator.self)
    case .greaterEqual: return comparison(GreaterEqualOperator.self)
    case .equal: return comparison(EqualOperator.self)
    case .notEqual: return comparison(NotEqualOperator.self)
    default: return nil
    }
  }

  static func arithmetic<Op: ScalarArithmetic>(_ op: Op.Type) -> BinaryFastPath {
    BinaryFastPath(value: { Specialized.arithmetic(op, $0, $1, $2) }, condition: nil)
  }

  static func comparison<Op: ComparisonOperator>(_ op: Op.Type) -> BinaryFastPath {
    BinaryFastPath(
      value: { Specialized.comparisonValue(op, $0, $1, $2) },
      condition: { Specialized.comparison(op, $0, $1, $2) })
  }
}
