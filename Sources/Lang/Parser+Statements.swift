extension Parser {
  mutating func parseStatement() throws(Failure) -> Stmt {
    let start = peek.range
    switch peek.kind {
    case .keyword(.fn):
      let function = try parseFunction()
      return Stmt(.function(function), function.range)
    case .keyword(.if):
      advance()
      let chain = try parseIfChain()
      return Stmt(.ifElse(chain), start.union(previous.range))
    case .keyword(.for): return try parseFor()
    case .keyword(.while):
      advance()
      let condition = try parseExpression()
      let body = try parseBlock()
      return Stmt(.whileLoop(condition, body), start.union(body.range))
    case .keyword(.break):
      advance()
      return Stmt(.breakLoop, start)
    case .keyword(.continue):
      advance()
      return Stmt(.continueLoop, start)
    case .keyword(.return): return try parseReturn()
    case .keyword(.import): return try parseImport()
    case .identifier("def")
    where current + 1 < tokens.count && isIdentifier(tokens[current + 1].kind):
      throw pythonDefinition()
    default: return try parseExpressionStatement()
    }
  }

  /// `def f(x):` from Python: the error says how awi spells a function.
  func pythonDefinition() -> Failure {
    var failure = unexpected(expected: Messages.expectedStatement)
    failure.diagnostic.help = Messages.pythonDefinitionHelp
    return failure
  }

  /// Consumes an identifier and gives it a fresh id; leaves any other token in place.
  mutating func takeIdentifier() -> NameRef? {
    guard case .identifier(let name) = peek.kind else { return nil }
    let token = advance()
    return NameRef(name: name, id: makeID(), range: token.range)
  }

  func isIdentifier(_ kind: TokenKind) -> Bool {
    if case .identifier = kind { return true }
    return false
  }

  mutating func expectStatementEnd() throws(Failure) {
    switch peek.kind {
    case .newline, .endOfInput, .symbol(.semicolon), .symbol(.rightBrace): return
    default: throw unexpected(expected: Messages.expectedEndOfStatement)
    }
  }

  mutating func parseExpressionStatement() throws(Failure) -> Stmt {
    let expression = try parseExpression()
    let op: BinaryOperator?
    switch peek.kind {
    case .symbol(.equal): op = nil
    case .symbol(.plusEqual): op = .add
    case .symbol(.minusEqual): op = .subtract
    case .symbol(.starEqual): op = .multiply
    case .symbol(.slashEqual): op = .divide
    default: return Stmt(.expression(expression), expression.range)
    }
    let operatorToken = advance()
    try checkAssignable(expression, operatorToken)
    let value = try parseExpression()
    return Stmt(
      .assign(target: expression, op: op, value: value),
      expression.range.union(value.range))
  }

  func checkAssignable(_ target: Expr, _ operatorToken: Token) throws(Failure) {
    switch target.kind {
    case .name, .index, .member: return
    default:
      throw Failure(
        diagnostic: Diagnostic(
          .invalidAssignmentTarget, Messages.cannotAssign, file: file, range: target.range,
          label: Messages.cannotAssignLabel, help: Messages.cannotAssignHelp))
    }
  }

  mutating func parseFunction() throws(Failure) -> FunctionDecl {
    let start = advance().range
    guard let nameRef = takeIdentifier() else {
      throw unexpected(expected: Messages.expectedFunctionName)
    }
    try expect(.leftParen, Messages.expectedParenAfterFunctionName)
    let parameters = try parseParameters(closing: .rightParen)
    let body: Block
    if match(.equal) {
      let expression = try parseExpression()
      body = Block(
        statements: [Stmt(.returnValue(expression), expression.range)],
        range: expression.range)
    } else {
      body = try parseBlock()
    }
    return FunctionDecl(
      name: nameRef, parameters: parameters, body: body, id: makeID(),
      range: start.union(body.range))
  }

  /// Parameters up to and including the closing token: `a, b=1`.
  mutating func parseParameters(closing: Symbol) throws(Failure) -> [ParameterDecl] {
    var parameters: [ParameterDecl] = []
    while !match(closing) {
      guard let reference = takeIdentifier() else {
        throw unexpected(expected: Messages.expectedParameterName)
      }
      let defaultValue = match(.equal) ? try parseExpression() : nil
      parameters.append(ParameterDecl(name: reference, defaultValue: defaultValue))
      if peek.kind != .symbol(closing) {
        try expect(.comma, Messages.expectedCommaOr(closing.rawValue))
      }
    }
    return parameters
  }

  mutating func parseBlock() throws(Failure) -> Block {
    let open = try expect(.leftBrace)
    try enterNesting()
    defer { leaveNesting() }
    var statements: [Stmt] = []
    skipNewlines()
    while peek.kind != .symbol(.rightBrace) {
      if isAtEnd { throw unexpected(expected: Messages.quotedToken(Symbol.rightBrace.rawValue)) }
      if let statement = try parseStatementRecovering(isNested: true) {
        statements.append(statement)
      }
      skipNewlines()
    }
    let close = advance()
    return Block(statements: statements, range: open.range.union(close.range))
  }

  /// After `if`: condition, block, then any `elif`/`else`, also on following lines.
  mutating func parseIfChain() throws(Failure) -> IfChain {
    var branches: [(condition: Expr, body: Block)] = []
    var otherwise: Block?
    repeat {
      let condition = try parseExpression()
      branches.append((condition, try parseBlock()))
    } while matchAfterNewlines(.elif)
    if matchAfterNewlines(.else) {
      if match(.if) {
        try enterNesting()
        defer { leaveNesting() }
        let nested = try parseIfChain()
        let range = nested.branches[0].condition.range.union(previous.range)
        otherwise = Block(statements: [Stmt(.ifElse(nested), range)], range: range)
      } else {
        otherwise = try parseBlock()
      }
    }
    return IfChain(branches: branches, otherwise: otherwise)
  }

  mutating func matchAfterNewlines(_ keyword: Keyword) -> Bool {
    var ahead = current
    while tokens[ahead].kind == .newline { ahead += 1 }
    guard tokens[ahead].kind == .keyword(keyword) else { return false }
    current = ahead + 1
    return true
  }

  mutating func parseFor() throws(Failure) -> Stmt {
    let start = advance().range
    guard let variable = takeIdentifier() else {
      throw unexpected(expected: Messages.expectedLoopVariable)
    }
    guard match(.in) else { throw unexpected(expected: Messages.expectedIn) }
    let sequence = try parseExpression()
    let body = try parseBlock()
    return Stmt(.forLoop(variable, sequence, body), start.union(body.range))
  }

  mutating func parseReturn() throws(Failure) -> Stmt {
    let start = advance().range
    switch peek.kind {
    case .newline, .endOfInput, .symbol(.semicolon), .symbol(.rightBrace):
      return Stmt(.returnValue(nil), start)
    default:
      let value = try parseExpression()
      return Stmt(.returnValue(value), start.union(value.range))
    }
  }

  mutating func parseImport() throws(Failure) -> Stmt {
    let start = advance().range
    guard case .string(let path) = peek.kind else {
      throw unexpected(expected: Messages.expectedImportPath)
    }
    let token = advance()
    return Stmt(.importFile(path, token.range), start.union(token.range))
  }
}
