import Lang

/// The operators with specialised int/float paths, one row each: how the operator compiles
/// to a value and, for comparisons, to a condition (`if a < b` makes no bool in between).
/// Each row names its operator type once, so the builders it calls are specialised for it.
struct BinaryFastPath: Sendable {
  typealias Build<Result> = @Sendable (OperandKind, OperandKind, @escaping SlowBinary) -> Result
  let value: Build<Code>
  let condition: Build<Condition>?

  static let table: [BinaryOperator: BinaryFastPath] = [
    .add: arithmetic(AddOperator.self), .subtract: arithmetic(SubtractOperator.self),
    .multiply: arithmetic(MultiplyOperator.self), .divide: arithmetic(DivideOperator.self),
    .modulo: arithmetic(ModuloOperator.self),
    .less: comparison(LessOperator.self), .lessEqual: comparison(LessEqualOperator.self),
    .greater: comparison(GreaterOperator.self),
    .greaterEqual: comparison(GreaterEqualOperator.self),
    .equal: comparison(EqualOperator.self), .notEqual: comparison(NotEqualOperator.self),
  ]

  static func arithmetic<Op: ScalarArithmetic>(_ op: Op.Type) -> BinaryFastPath {
    BinaryFastPath(
      value: { Specialized.arithmetic(op, $0, $1, $2) }, condition: nil)
  }

  static func comparison<Op: ComparisonOperator>(_ op: Op.Type) -> BinaryFastPath {
    BinaryFastPath(
      value: { Specialized.comparisonValue(op, $0, $1, $2) },
      condition: { Specialized.comparison(op, $0, $1, $2) })
  }
}
