import Lang

extension Compiler {
  func compileStatements(_ statements: [Stmt]) -> StatementCode {
    switch statements.count {
    case 0: return { _ throws(RuntimeError) in .normal }
    case 1: return compile(statements[0])
    case 2:
      let (first, second) = (compile(statements[0]), compile(statements[1]))
      return { m throws(RuntimeError) in
        let signal = try first(m)
        if signal != .normal { return signal }
        return try second(m)
      }
    default:
      let codes = statements.map { CompiledStatement(run: compile($0)) }
      return { m throws(RuntimeError) in
        for code in codes {
          let signal = try code.run(m)
          if signal != .normal { return signal }
        }
        return .normal
      }
    }
  }

  func compile(_ statement: Stmt) -> StatementCode {
    switch statement.kind {
    case .expression(let expression):
      let code = compile(expression)
      return { m throws(RuntimeError) in
        _ = try code(m)
        return .normal
      }
    case .ifElse(let chain): return compileIfStatement(chain)
    case .assign(let target, let op, let value):
      return compileAssignment(target, op, value, statement.range)
    case .function(let function):
      guard let name = function.nameRef else { return { _ throws(RuntimeError) in .normal } }
      return compileWrite(name, compileClosure(function))
    case .forLoop(let variable, let sequence, let body):
      return compileFor(variable, sequence, body)
    case .whileLoop(let condition, let body): return compileWhile(condition, body)
    case .breakLoop: return { _ throws(RuntimeError) in .breakLoop }
    case .continueLoop: return { _ throws(RuntimeError) in .continueLoop }
    case .returnValue(let value):
      guard let value else {
        return { m throws(RuntimeError) in
          m.returnValue = .null
          return .returnValue
        }
      }
      let code = compile(value)
      return { m throws(RuntimeError) in
        m.returnValue = try code(m)
        return .returnValue
      }
    case .importFile(let path, let range):
      let file = self.file
      return { m throws(RuntimeError) in
        try m.importer?(path, file, range)
        return .normal
      }
    }
  }

  func compileAssignment(
    _ target: Expr, _ op: BinaryOperator?, _ value: Expr,
    _ range: SourceRange
  ) -> StatementCode {
    let valueCode = compile(value)
    guard case .name(let name) = target.kind else {
      return compileElementAssignment(target, op, valueCode, range)
    }
    if let op { return compileCompound(name, op, valueCode, range) }
    return compileWrite(name, valueCode)
  }

  func compileIfStatement(_ chain: IfChain) -> StatementCode {
    let otherwise = chain.otherwise.map { compileStatements($0.statements) }
    if let (guardCondition, value) = guardReturn(Stmt(.ifElse(chain), .empty)) {
      // `if c { return e }`, the guard at the top of most recursive functions, in one step.
      let condition = compileCondition(guardCondition)
      let result = compile(value)
      return { m throws(RuntimeError) in
        guard try condition(m) else { return .normal }
        m.returnValue = try result(m)
        return .returnValue
      }
    }
    if chain.branches.count == 1, let first = chain.branches.first {
      let condition = compileCondition(first.condition)
      let body = compileStatements(first.body.statements)
      return { m throws(RuntimeError) in
        if try condition(m) { return try body(m) }
        return try otherwise?(m) ?? .normal
      }
    }
    let branches = chain.branches.map {
      StatementBranch(
        condition: compileCondition($0.condition),
        body: compileStatements($0.body.statements))
    }
    return { m throws(RuntimeError) in
      for branch in branches where try branch.condition(m) {
        return try branch.body(m)
      }
      return try otherwise?(m) ?? .normal
    }
  }

  /// An `if` that gives a value: the value of the chosen block's last expression, or nil.
  func compileIfValue(_ chain: IfChain) -> Code {
    let branches = chain.branches.map {
      ValueBranch(condition: compileCondition($0.condition), body: compileValueBlock($0.body))
    }
    let otherwise = chain.otherwise.map(compileValueBlock)
    return { m throws(RuntimeError) in
      for branch in branches where try branch.condition(m) {
        return try branch.body(m)
      }
      return try otherwise?(m) ?? .null
    }
  }

  func compileValueBlock(_ block: Block) -> Code {
    var statements = block.statements
    guard let last = statements.last else { return { _ throws(RuntimeError) in .null } }
    let tail: Code
    switch last.kind {
    case .expression(let expression):
      tail = compile(expression)
    case .ifElse(let chain):
      tail = compileIfValue(chain)
    default:
      let code = compile(last)
      tail = { m throws(RuntimeError) in
        _ = try code(m)
        return .null
      }
    }
    statements.removeLast()
    let body = compileStatements(statements)
    return { m throws(RuntimeError) in
      _ = try body(m)
      return try tail(m)
    }
  }

  func compileWhile(_ condition: Expr, _ body: Block) -> StatementCode {
    let test = compileCondition(condition)
    let code = compileStatements(body.statements)
    let (file, range) = (file, condition.range)
    return { m throws(RuntimeError) in
      while try test(m) {
        try m.checkInterrupt(file, range)
        switch try code(m) {
        case .breakLoop: return .normal
        case .returnValue: return .returnValue
        case .normal, .continueLoop: continue
        }
      }
      return .normal
    }
  }
}
