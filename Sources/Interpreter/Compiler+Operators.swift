import Lang

extension Compiler {
  func compileUnary(_ op: UnaryOperator, _ operand: Expr, _ range: SourceRange) -> Code {
    let code = compile(operand)
    let file = self.file
    if op == .not {
      return { m throws(RuntimeError) in .bool(!(try code(m)).isTruthy) }
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

  /// Binary operators, with inline paths for int and float operands; everything else goes
  /// through `Operators`.
  func compileBinary(_ op: BinaryOperator, _ left: Expr, _ right: Expr, _ range: SourceRange)
    -> Code
  {
    let lhs = compile(left)
    let rhs = compile(right)
    let file = self.file
    let slow: (Value, Value) throws(RuntimeError) -> Value = { a, b throws(RuntimeError) in
      do throws(RuntimeError) {
        return try Operators.binary(op, a, b)
      } catch {
        throw error.located(file, range)
      }
    }
    switch op {
    case .add:
      return { m throws(RuntimeError) in
        let a = try lhs(m)
        let b = try rhs(m)
        if case .int(let x) = a, case .int(let y) = b {
          let (sum, overflow) = x.addingReportingOverflow(y)
          if !overflow { return .int(sum) }
        } else if case .float(let x) = a, case .float(let y) = b {
          return .float(x + y)
        }
        return try slow(a, b)
      }
    case .subtract:
      return { m throws(RuntimeError) in
        let a = try lhs(m)
        let b = try rhs(m)
        if case .int(let x) = a, case .int(let y) = b {
          let (difference, overflow) = x.subtractingReportingOverflow(y)
          if !overflow { return .int(difference) }
        } else if case .float(let x) = a, case .float(let y) = b {
          return .float(x - y)
        }
        return try slow(a, b)
      }
    case .multiply:
      return { m throws(RuntimeError) in
        let a = try lhs(m)
        let b = try rhs(m)
        if case .int(let x) = a, case .int(let y) = b {
          let (product, overflow) = x.multipliedReportingOverflow(by: y)
          if !overflow { return .int(product) }
        } else if case .float(let x) = a, case .float(let y) = b {
          return .float(x * y)
        }
        return try slow(a, b)
      }
    case .less, .lessEqual, .greater, .greaterEqual:
      return compileComparison(op, lhs, rhs, slow)
    default:
      return { m throws(RuntimeError) in
        let a = try lhs(m)
        return try slow(a, try rhs(m))
      }
    }
  }

  private func compileComparison(
    _ op: BinaryOperator, _ lhs: @escaping Code, _ rhs: @escaping Code,
    _ slow: @escaping (Value, Value) throws(RuntimeError) -> Value
  ) -> Code {
    let test: (Int, Int) -> Bool
    switch op {
    case .less: test = { $0 < $1 }
    case .lessEqual: test = { $0 <= $1 }
    case .greater: test = { $0 > $1 }
    default: test = { $0 >= $1 }
    }
    return { m throws(RuntimeError) in
      let a = try lhs(m)
      let b = try rhs(m)
      if case .int(let x) = a, case .int(let y) = b { return .bool(test(x, y)) }
      return try slow(a, b)
    }
  }
}
