extension Parser {
  /// Loosest first: lambda, `|>`, `or`, `and`, `not`, comparisons and `in`, `..`, `+ -`,
  /// `* / // % @`, unary `-`, `^` (right-assoc), postfix.
  mutating func parseExpression() throws(Failure) -> Expr {
    try enterNesting()
    defer { leaveNesting() }
    if let lambda = try parseLambdaIfPresent() { return lambda }
    return try parsePipe()
  }

  mutating func parsePipe() throws(Failure) -> Expr {
    var left = try parseOr()
    var links = 0
    defer { chain -= links }
    while match(.pipe) {
      try extendChain(&links)
      let right = try parseOr()
      left = pipe(left, into: right)
    }
    return left
  }

  /// `x |> f(a)` is `f(x, a)`; `x |> f` is `f(x)`.
  func pipe(_ value: Expr, into target: Expr) -> Expr {
    let range = value.range.union(target.range)
    let argument = Argument(name: nil, nameRange: nil, value: value)
    if case .call(let callee, let arguments) = target.kind {
      return Expr(.call(callee, [argument] + arguments), range)
    }
    return Expr(.call(target, [argument]), range)
  }

  mutating func parseOr() throws(Failure) -> Expr {
    var left = try parseAnd()
    var links = 0
    defer { chain -= links }
    while match(.or) {
      try extendChain(&links)
      let right = try parseAnd()
      left = Expr(.or(left, right), left.range.union(right.range))
    }
    return left
  }

  mutating func parseAnd() throws(Failure) -> Expr {
    var left = try parseNot()
    var links = 0
    defer { chain -= links }
    while match(.and) {
      try extendChain(&links)
      let right = try parseNot()
      left = Expr(.and(left, right), left.range.union(right.range))
    }
    return left
  }

  mutating func parseNot() throws(Failure) -> Expr {
    guard peek.kind == .keyword(.not) else { return try parseComparison() }
    let start = advance().range
    try enterNesting()
    defer { leaveNesting() }
    let operand = try parseNot()
    return Expr(.unary(.not, operand), start.union(operand.range))
  }

  mutating func parseComparison() throws(Failure) -> Expr {
    var left = try parseRange()
    var links = 0
    defer { chain -= links }
    while true {
      let op: BinaryOperator
      var negated = false
      switch peek.kind {
      case .symbol(.equalEqual): op = .equal
      case .symbol(.bangEqual): op = .notEqual
      case .symbol(.less): op = .less
      case .symbol(.lessEqual): op = .lessEqual
      case .symbol(.greater): op = .greater
      case .symbol(.greaterEqual): op = .greaterEqual
      case .keyword(.in): op = .contains
      case .keyword(.not) where peekKind(1) == .keyword(.in):
        advance()
        op = .contains
        negated = true
      default: return left
      }
      advance()
      try extendChain(&links)
      let right = try parseRange()
      let range = left.range.union(right.range)
      left = Expr(.binary(op, left, right), range)
      if negated { left = Expr(.unary(.not, left), range) }
    }
  }

  mutating func parseRange() throws(Failure) -> Expr {
    let left = try parseAdditive()
    let inclusive: Bool
    if match(.dotDot) {
      inclusive = true
    } else if match(.dotDotLess) {
      inclusive = false
    } else {
      return left
    }
    let right = try parseAdditive()
    return Expr(.range(left, right, inclusive: inclusive), left.range.union(right.range))
  }

  mutating func parseAdditive() throws(Failure) -> Expr {
    var left = try parseMultiplicative()
    var links = 0
    defer { chain -= links }
    while true {
      let op: BinaryOperator
      switch peek.kind {
      case .symbol(.plus): op = .add
      case .symbol(.minus): op = .subtract
      default: return left
      }
      advance()
      try extendChain(&links)
      let right = try parseMultiplicative()
      left = Expr(.binary(op, left, right), left.range.union(right.range))
    }
  }

  mutating func parseMultiplicative() throws(Failure) -> Expr {
    var left = try parseUnary()
    var links = 0
    defer { chain -= links }
    while true {
      let op: BinaryOperator
      switch peek.kind {
      case .symbol(.star): op = .multiply
      case .symbol(.slash): op = .divide
      case .symbol(.slashSlash): op = .floorDivide
      case .symbol(.percent): op = .modulo
      case .symbol(.at): op = .matmul
      default: return left
      }
      advance()
      try extendChain(&links)
      let right = try parseUnary()
      left = Expr(.binary(op, left, right), left.range.union(right.range))
    }
  }

  mutating func parseUnary() throws(Failure) -> Expr {
    guard peek.kind == .symbol(.minus) else { return try parsePower() }
    let start = advance().range
    try enterNesting()
    defer { leaveNesting() }
    let operand = try parseUnary()
    if case .int(let value) = operand.kind, operand.range.start == start.end {
      return Expr(.int(-value), start.union(operand.range))
    }
    if case .float(let value) = operand.kind, operand.range.start == start.end {
      return Expr(.float(-value), start.union(operand.range))
    }
    return Expr(.unary(.negate, operand), start.union(operand.range))
  }

  mutating func parsePower() throws(Failure) -> Expr {
    let base = try parsePostfix()
    guard match(.caret) else { return base }
    try enterNesting()
    defer { leaveNesting() }
    let exponent = try parseUnary()
    return Expr(.binary(.power, base, exponent), base.range.union(exponent.range))
  }

  /// Counts one more link of a left-associative chain (`a + b + c`, `f(x)(y)`, `a.b.c`)
  /// toward the nesting limit: each link makes the tree one level deeper, and later passes
  /// walk it recursively.
  /// One more link of an operator or postfix chain; chains have their own, larger limit
  /// (`Parser.chainLimit`) because they deepen the tree but not the parser's own recursion.
  mutating func extendChain(_ links: inout Int) throws(Failure) {
    chain += 1
    links += 1
    if chain > Parser.chainLimit {
      throw Failure(
        diagnostic: Diagnostic(
          .nestingTooDeep, Messages.chainTooLong(Parser.chainLimit), file: file,
          range: peek.range, help: Messages.nestingTooDeepHelp))
    }
  }
}
