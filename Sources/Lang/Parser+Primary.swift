extension Parser {
  mutating func parsePostfix() throws(Failure) -> Expr {
    var expression = try parsePrimary()
    var links = 0
    defer { chain -= links }
    while true {
      if peek.kind == .symbol(.leftParen) || peek.kind == .symbol(.leftBracket)
        || peek.kind == .symbol(.dot)
      {
        try extendChain(&links)
      }
      if match(.leftParen) {
        let arguments = try parseArguments()
        expression = Expr(.call(expression, arguments), expression.range.union(previous.range))
      } else if match(.leftBracket) {
        let subscripts = try parseSubscripts()
        expression = Expr(.index(expression, subscripts), expression.range.union(previous.range))
      } else if peek.kind == .symbol(.dot), case .identifier(let name) = peekKind(1) {
        advance()
        let nameToken = advance()
        expression = Expr(
          .member(expression, name, nameToken.range),
          expression.range.union(nameToken.range))
      } else if peek.kind == .symbol(.dot) {
        advance()
        throw unexpected(expected: Messages.expectedFieldNameAfterDot)
      } else {
        return expression
      }
    }
  }

  mutating func parseArguments() throws(Failure) -> [Argument] {
    var arguments: [Argument] = []
    while !match(.rightParen) {
      if case .identifier(let name) = peek.kind, peekKind(1) == .symbol(.equal) {
        let nameToken = advance()
        advance()
        let value = try parseExpression()
        arguments.append(Argument(name: name, nameRange: nameToken.range, value: value))
      } else {
        arguments.append(Argument(name: nil, nameRange: nil, value: try parseExpression()))
      }
      if peek.kind != .symbol(.rightParen) { try expect(.comma, Messages.expectedCommaOrParen) }
    }
    return arguments
  }

  mutating func parseSubscripts() throws(Failure) -> [Subscript] {
    var subscripts: [Subscript] = []
    repeat {
      let start = peek.range
      let lower = isSliceBoundaryNext ? nil : try parseExpression()
      if match(.colon) {
        let upper = isSliceBoundaryNext ? nil : try parseExpression()
        var step: Expr?
        if match(.colon) { step = isSliceBoundaryNext ? nil : try parseExpression() }
        subscripts.append(.slice(lower, upper, step, start.union(previous.range)))
      } else if let lower {
        subscripts.append(.single(lower))
      }
    } while match(.comma)
    try expect(.rightBracket)
    return subscripts
  }

  private var isSliceBoundaryNext: Bool {
    switch peek.kind {
    case .symbol(.colon), .symbol(.comma), .symbol(.rightBracket): return true
    default: return false
    }
  }

  mutating func parsePrimary() throws(Failure) -> Expr {
    let token = peek
    switch token.kind {
    case .int(let value): advance(); return Expr(.int(value), token.range)
    case .float(let value): advance(); return Expr(.float(value), token.range)
    case .string(let value): advance(); return Expr(.string(value), token.range)
    case .formatString(let pieces):
      advance()
      return Expr(.formatString(try parseFormatPieces(pieces)), token.range)
    case .keyword(.true): advance(); return Expr(.bool(true), token.range)
    case .keyword(.false): advance(); return Expr(.bool(false), token.range)
    case .keyword(.nil): advance(); return Expr(.null, token.range)
    case .identifier(let name):
      advance()
      return Expr(.name(NameRef(name: name, id: makeID(), range: token.range)), token.range)
    case .symbol(.leftParen): return try parseParenthesized()
    case .symbol(.leftBracket): return try parseList()
    case .symbol(.leftBrace): return try parseRecord()
    case .symbol(.dot): return try parseColumnShorthand()
    case .keyword(.if):
      advance()
      let chain = try parseIfChain()
      return Expr(.ifElse(chain), token.range.union(previous.range))
    default: throw unexpected(expected: Messages.expectedExpression)
    }
  }

  mutating func parseParenthesized() throws(Failure) -> Expr {
    let open = advance()
    let inner = try parseExpression()
    let close = try expect(.rightParen)
    return Expr(inner.kind, open.range.union(close.range))
  }

  mutating func parseList() throws(Failure) -> Expr {
    let open = advance()
    var items: [Expr] = []
    while !match(.rightBracket) {
      items.append(try parseExpression())
      if peek.kind != .symbol(.rightBracket) { try expect(.comma, Messages.expectedCommaOrBracket) }
    }
    return Expr(.list(items), open.range.union(previous.range))
  }

  mutating func parseRecord() throws(Failure) -> Expr {
    let open = advance()
    var fields: [RecordField] = []
    skipNewlines()
    while !match(.rightBrace) {
      let keyToken = advance()
      let key: String
      switch keyToken.kind {
      case .identifier(let name): key = name
      case .string(let text): key = text
      case .keyword(let keyword): key = keyword.rawValue
      default:
        current -= keyToken.kind == .endOfInput ? 0 : 1
        throw unexpected(expected: Messages.expectedFieldName)
      }
      try expect(.colon, Messages.expectedColonAfterField)
      fields.append(RecordField(key: key, keyRange: keyToken.range, value: try parseExpression()))
      skipNewlines()
      if peek.kind != .symbol(.rightBrace) { try expect(.comma, Messages.expectedCommaOrBrace) }
      skipNewlines()
    }
    return Expr(.record(fields), open.range.union(previous.range))
  }

  /// `.name` or `.["Temp [°C]"]`.
  mutating func parseColumnShorthand() throws(Failure) -> Expr {
    let dot = advance()
    if case .identifier(let name) = peek.kind {
      let nameToken = advance()
      return Expr(.column(name), dot.range.union(nameToken.range))
    }
    if match(.leftBracket), case .string(let name) = peek.kind {
      advance()
      let close = try expect(.rightBracket)
      return Expr(.column(name), dot.range.union(close.range))
    }
    throw unexpected(expected: Messages.expectedColumnNameAfterDot)
  }

  /// `x -> e`, `(a, b=1) -> e`, `() -> e`, when the tokens ahead say so.
  mutating func parseLambdaIfPresent() throws(Failure) -> Expr? {
    let start = peek.range
    if isIdentifier(peek.kind), peekKind(1) == .symbol(.arrow) {
      guard let parameter = takeIdentifier() else { return nil }
      advance()
      return try finishLambda([ParameterDecl(name: parameter, defaultValue: nil)], start)
    }
    guard peek.kind == .symbol(.leftParen), isLambdaParameterList() else { return nil }
    advance()
    let parameters = try parseParameters(closing: .rightParen)
    try expect(.arrow)
    return try finishLambda(parameters, start)
  }

  private mutating func finishLambda(_ parameters: [ParameterDecl], _ start: SourceRange)
    throws(Failure) -> Expr
  {
    let body = try parseExpression()
    let block = Block(statements: [Stmt(.returnValue(body), body.range)], range: body.range)
    let range = start.union(body.range)
    let function = FunctionDecl(
      name: nil, parameters: parameters, body: block, id: makeID(),
      range: range)
    return Expr(.function(function), range)
  }

  /// True when the `(` at the current token closes with a `)` followed by `->`.
  private func isLambdaParameterList() -> Bool {
    var depth = 0
    var index = current
    while index < tokens.count {
      switch tokens[index].kind {
      case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): depth += 1
      case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace):
        depth -= 1
        if depth == 0 {
          return index + 1 < tokens.count && tokens[index + 1].kind == .symbol(.arrow)
        }
      case .endOfInput: return false
      default: break
      }
      index += 1
    }
    return false
  }

  /// Parses each `{expression}` of an f-string at its own place in the file.
  mutating func parseFormatPieces(_ pieces: [FormatPiece]) throws(Failure) -> [FormatPart] {
    var parts: [FormatPart] = []
    for piece in pieces {
      switch piece {
      case .text(let text): parts.append(.text(text))
      case .expression(let source, let offset, let spec):
        var lexer = Lexer(file: file, start: offset, end: offset + source.utf8.count)
        let (tokens, lexDiagnostics) = lexer.tokenize()
        var inner = Parser(file: file, tokens: tokens, firstID: nextID)
        inner.depth = depth
        let expression: Expr
        do throws(Failure) {
          expression = try inner.parseExpression()
          if !inner.isAtEnd { throw inner.unexpected(expected: Messages.expectedInterpolationEnd) }
        } catch {
          diagnostics.append(contentsOf: lexDiagnostics)
          let found = error.diagnostic
          guard found.id == .unexpectedEndOfInput else { throw error }
          throw Failure(
            diagnostic: Diagnostic(
              .invalidFormatString, Messages.incompleteInterpolation, file: file,
              range: SourceRange(offset, offset + source.utf8.count), label: found.label))
        }
        diagnostics.append(contentsOf: lexDiagnostics)
        nextID = inner.nextID
        parts.append(.expression(expression, spec: spec))
      }
    }
    return parts
  }
}
