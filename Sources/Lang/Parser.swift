/// Builds the syntax tree from tokens. Never throws to its caller: each bad statement becomes
/// a diagnostic, the parser skips to the next statement start (jlox's `synchronize`) and goes
/// on, so one run reports every syntax error in a file.
public struct Parser {
  /// How deeply expressions and blocks may nest; deeper input is an error, not a crash.
  public static let nestingLimit = 200
  /// How many operators or postfix steps an expression may chain (`1 + 1 + …`, `a.b.c…`).
  public static let chainLimit = 5_000
  /// Parsing stops after this many errors; later ones are mostly echoes of earlier ones.
  public static let errorLimit = 50

  struct Failure: Error {
    var diagnostic: Diagnostic
  }

  let file: SourceFile
  var tokens: [Token]
  var current = 0
  var depth = 0
  var chain = 0
  var nextID: Int
  var diagnostics: [Diagnostic] = []
  /// Set when `errorLimit` is reached: the parser skips to the end of the input.
  var isGivingUp = false

  public init(file: SourceFile, firstID: Int = 0) {
    var lexer = Lexer(file: file)
    let (tokens, lexDiagnostics) = lexer.tokenize()
    self.init(file: file, tokens: tokens, firstID: firstID)
    diagnostics = lexDiagnostics
  }

  init(file: SourceFile, tokens: [Token], firstID: Int) {
    self.file = file
    self.tokens = tokens
    self.nextID = firstID
  }

  /// The program and every diagnostic, lexical and syntactic, in source order.
  public mutating func parse() -> (Program, [Diagnostic]) {
    var statements: [Stmt] = []
    skipNewlines()
    while !isAtEnd {
      do throws(Failure) {
        if let statement = try parseStatementRecovering() { statements.append(statement) }
      } catch {
        if !isGivingUp { diagnostics.append(error.diagnostic) }
      }
      skipNewlines()
    }
    let sorted = diagnostics.sorted { $0.range.start < $1.range.start }
    return (
      Program(file: file, statements: statements, nameCount: nextID),
      Array(sorted.prefix(Parser.errorLimit))
    )
  }

  /// One statement, or nil after recording its error and skipping to the next statement.
  /// Always consumes at least one token, so a loop over it ends. Inside a block
  /// (`isNested`), running out of input and nesting too deeply end the whole parse.
  mutating func parseStatementRecovering(isNested: Bool = false) throws(Failure) -> Stmt? {
    let start = current
    let (savedDepth, savedChain) = (depth, chain)
    do {
      let statement = try parseStatement()
      try expectStatementEnd()
      return statement
    } catch {
      if isGivingUp { return nil }
      let id = error.diagnostic.id
      if isNested, id == .unexpectedEndOfInput || id == .nestingTooDeep { throw error }
      diagnostics.append(error.diagnostic)
      (depth, chain) = (savedDepth, savedChain)
      synchronize(isNested: isNested)
      if current == start { advance() }
      // Past the nesting limit the rest of the input is mostly unparsable echoes.
      if diagnostics.count >= Parser.errorLimit || id == .nestingTooDeep {
        isGivingUp = true
        current = tokens.count - 1
      }
      return nil
    }
  }

  /// Skips to just after the next line break or before a statement keyword, or, inside a
  /// block, before the `}` that may close it.
  mutating func synchronize(isNested: Bool) {
    while !isAtEnd {
      switch peek.kind {
      case .newline, .symbol(.semicolon):
        advance()
        return
      case .symbol(.rightBrace) where isNested: return
      case .keyword(.fn), .keyword(.for), .keyword(.while), .keyword(.return),
        .keyword(.import):
        return
      default: advance()
      }
    }
  }

  // MARK: Token helpers

  var peek: Token { tokens[current] }
  var isAtEnd: Bool { peek.kind == .endOfInput }
  var previous: Token { tokens[max(0, current - 1)] }

  func peekKind(_ ahead: Int) -> TokenKind {
    let index = min(current + ahead, tokens.count - 1)
    return tokens[index].kind
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[current]
    if !isAtEnd { current += 1 }
    return token
  }

  mutating func match(_ symbol: Symbol) -> Bool {
    guard peek.kind == .symbol(symbol) else { return false }
    advance()
    return true
  }

  mutating func match(_ keyword: Keyword) -> Bool {
    guard peek.kind == .keyword(keyword) else { return false }
    advance()
    return true
  }

  /// The next token, which must be `symbol`; `what` names it in the error (by default the
  /// quoted symbol).
  @discardableResult
  mutating func expect(_ symbol: Symbol, _ what: String? = nil) throws(Failure) -> Token {
    guard peek.kind == .symbol(symbol) else {
      throw unexpected(expected: what ?? Messages.quotedToken(symbol.rawValue))
    }
    return advance()
  }

  mutating func skipNewlines() {
    while peek.kind == .newline || peek.kind == .symbol(.semicolon) { advance() }
  }

  mutating func makeID() -> Int {
    defer { nextID += 1 }
    return nextID
  }

  /// An error at the current token; at the end of input it is `unexpectedEndOfInput`, which
  /// the REPL takes as "read another line".
  func unexpected(expected what: String) -> Failure {
    let token = peek
    if token.kind == .endOfInput {
      return Failure(
        diagnostic: Diagnostic(
          .unexpectedEndOfInput, Messages.unexpectedEnd(expected: what), file: file,
          range: token.range, label: Messages.expectedLabel(what)))
    }
    if token.kind == .invalid {
      return Failure(
        diagnostic: Diagnostic(
          .unexpectedToken, Messages.cannotContinue, file: file, range: token.range))
    }
    return Failure(
      diagnostic: Diagnostic(
        .unexpectedToken, Messages.unexpectedToken(describe(token), expected: what), file: file,
        range: token.range, label: Messages.expectedLabel(what)))
  }

  func describe(_ token: Token) -> String {
    switch token.kind {
    case .newline: return Messages.lineBreakToken
    case .endOfInput: return Messages.endOfInputToken
    case .keyword(let keyword): return Messages.quotedToken(keyword.rawValue)
    case .symbol(let symbol): return Messages.quotedToken(symbol.rawValue)
    case .identifier(let name): return Messages.nameToken(name)
    case .int, .float: return Messages.numberToken(file.slice(token.range))
    case .string, .formatString: return Messages.stringToken
    case .invalid: return Messages.quotedToken(file.slice(token.range))
    }
  }

  mutating func enterNesting() throws(Failure) {
    depth += 1
    if depth > Parser.nestingLimit {
      throw Failure(
        diagnostic: Diagnostic(
          .nestingTooDeep, Messages.nestingTooDeep(Parser.nestingLimit), file: file,
          range: peek.range, help: Messages.nestingTooDeepHelp))
    }
  }

  mutating func leaveNesting() { depth -= 1 }
}
