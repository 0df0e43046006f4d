import Lang

extension Compiler {
  func compileUnary(_ op: UnaryOperator, _ operand: Expr, _ range: SourceRange) -> Code {
    let file = self.file
    let code = compile(operand)
    if op == .not {
      // A column (or other object) negates row by row; anything else by its truth.
      return { m throws(RuntimeError) in
        let value = try code(m)
        guard case .object = value else { return .bool(!value.isTruthy) }
        do throws(RuntimeError) {
          return try Operators.unary(op, value)
        } catch {
          throw error.located(file, range)
        }
      }
    }
    return { m throws(RuntimeError) in
      let value = try code(m)
      if case .float(let x) = value { return .float(-x) }
      do throws(RuntimeError) {
        return try Operators.unary(op, value)
      } catch {
        throw error.located(file, range)
      }
    }
  }

  /// How an operand is best read: from its frame slot, as a constant, or by its code.
  func operandKind(_ expression: Expr) -> OperandKind {
    switch expression.kind {
    case .int(let value): return .constant(.int(value))
    case .float(let value): return .constant(.float(value))
    case .name(let name):
      if case .local(let slot) = binding(name) { return .local(slot) }
    default: break
    }
    return .code(compile(expression))
  }

  func slowBinary(_ op: BinaryOperator, _ range: SourceRange) -> SlowBinary {
    let file = self.file
    return { (a: consuming Value, b: Value) throws(RuntimeError) in
      do throws(RuntimeError) {
        return try Operators.binary(op, a, b)
      } catch {
        throw error.located(file, range)
      }
    }
  }

  /// Binary operators; arithmetic and comparisons get specialised int/float paths.
  func compileBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, _ range: SourceRange)
    -> Code
  {
    let slow = slowBinary(op, range)
    if let fast = BinaryFastPath.row(op) {
      return fast.value(operandKind(left), operandKind(right), slow)
    }
    let (lhs, rhs) = (compile(left), compile(right))
    return { m throws(RuntimeError) in
      let a = try lhs(m)
      return try slow(a, try rhs(m))
    }
  }

  /// A comparison as a condition; nil for operators that are not comparisons.
  func compileComparison(
    _ op: BinaryOperator, _ left: Expr, _ right: Expr,
    _ range: SourceRange
  ) -> Condition? {
    guard let condition = BinaryFastPath.row(op)?.condition else { return nil }
    return condition(operandKind(left), operandKind(right), slowBinary(op, range))
  }

  /// An expression used as a truth value (`if`, `while`, `and`, `not`), without making a
  /// bool value in between.
  func compileCondition(_ expression: Expr) -> Condition {
    switch expression.kind {
    case .binary(let op, let left, let right):
      if let condition = compileComparison(op, left, right, expression.range) {
        return condition
      }
    case .and(let left, let right):
      let (lhs, rhs) = (compileCondition(left), compileCondition(right))
      return { m throws(RuntimeError) in
        if try lhs(m) { return try rhs(m) }
        return false
      }
    case .or(let left, let right):
      let (lhs, rhs) = (compileCondition(left), compileCondition(right))
      return { m throws(RuntimeError) in
        if try lhs(m) { return true }
        return try rhs(m)
      }
    case .unary(.not, let operand):
      let inner = compileCondition(operand)
      return { m throws(RuntimeError) in !(try inner(m)) }
    default: break
    }
    let code = compile(expression)
    return { m throws(RuntimeError) in try code(m).isTruthy }
  }
}
