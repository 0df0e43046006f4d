import Lang

extension Compiler {
  /// Code that makes a closure: captures cells from the running frame and evaluates the
  /// default argument values now, as Python does.
  func compileClosure(_ function: FunctionDecl) -> Code {
    let layout = resolution.functions[function.id] ?? FunctionLayout()
    let code = FunctionCode(
      name: function.name ?? "<lambda>", parameterNames: function.parameters.map(\.name.name),
      layout: layout, file: file, range: function.range)
    code.valueBody = compileValueBody(function.body.statements)
    if code.valueBody == nil { code.body = compileTail(function.body.statements) }
    let defaults = function.parameters.map {
      $0.defaultValue.map { CompiledExpression(run: compile($0)) }
    }
    let captures = layout.captures
    return { m throws(RuntimeError) in
      var cells: [Cell] = []
      cells.reserveCapacity(captures.count)
      for source in captures {
        switch source {
        case .slot(let slot):
          if case .cell(let cell) = m.stack[m.base &+ slot] {
            cells.append(cell)
          } else {
            cells.append(Cell(m.stack[m.base &+ slot]))
          }
        case .capture(let index): cells.append(m.captures[index])
        }
      }
      var values: [Value?] = []
      for defaultCode in defaults { values.append(try defaultCode?.run(m)) }
      return .function(Closure(code: code, captures: cells, defaults: values))
    }
  }

  /// The body as one expression when it is one in effect: `return e`, a lone expression,
  /// or `if c { return a }` followed by `return b`; nil otherwise.
  func compileValueBody(_ statements: [Stmt]) -> Code? {
    switch statements.count {
    case 1:
      switch statements[0].kind {
      case .returnValue(let value?), .expression(let value): return compile(value)
      default: return nil
      }
    case 2:
      guard let (condition, early) = guardReturn(statements[0]),
        case .returnValue(let value?) = statements[1].kind
      else { return nil }
      let (test, earlyResult, result) = (
        compileCondition(condition), compile(early), compile(value)
      )
      return { m throws(RuntimeError) in try test(m) ? earlyResult(m) : result(m) }
    default: return nil
    }
  }

  /// The condition and value of `if c { return v }` with no other branch.
  func guardReturn(_ statement: Stmt) -> (Expr, Expr)? {
    guard case .ifElse(let chain) = statement.kind, chain.branches.count == 1,
      chain.otherwise == nil, let branch = chain.branches.first,
      branch.body.statements.count == 1,
      case .returnValue(let value?) = branch.body.statements[0].kind
    else { return nil }
    return (branch.condition, value)
  }

  /// A function body whose last expression statement (also inside a final `if`) is its
  /// result when no `return` comes first.
  func compileTail(_ statements: [Stmt]) -> StatementCode {
    guard let last = statements.last else { return compileStatements(statements) }
    let tail: StatementCode
    switch last.kind {
    case .expression(let expression):
      let code = compile(expression)
      tail = { m throws(RuntimeError) in
        m.returnValue = try code(m)
        return .returnValue
      }
    case .ifElse(let chain):
      let branches = chain.branches.map {
        StatementBranch(
          condition: compileCondition($0.condition), body: compileTail($0.body.statements))
      }
      let otherwise = chain.otherwise.map { compileTail($0.statements) }
      tail = { m throws(RuntimeError) in
        for branch in branches where try branch.condition(m) {
          return try branch.body(m)
        }
        return try otherwise?(m) ?? .normal
      }
    case .returnValue(let value?) where statements.count == 2:
      if let (condition, early) = guardReturn(statements[0]) {
        // `if c { return a }` then `return b`: the shape of most recursive functions.
        let (test, earlyResult, result) = (
          compileCondition(condition), compile(early),
          compile(value)
        )
        return { m throws(RuntimeError) in
          m.returnValue = try test(m) ? earlyResult(m) : result(m)
          return .returnValue
        }
      }
      let (first, result) = (compile(statements[0]), compile(value))
      return { m throws(RuntimeError) in
        let signal = try first(m)
        if signal != .normal { return signal }
        m.returnValue = try result(m)
        return .returnValue
      }
    default:
      return compileStatements(statements)
    }
    let body = compileStatements(Array(statements.dropLast()))
    if statements.count == 1 { return tail }
    return { m throws(RuntimeError) in
      let signal = try body(m)
      if signal != .normal { return signal }
      return try tail(m)
    }
  }
}
