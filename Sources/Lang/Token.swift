/// The kinds of lexical token in awi.
public enum TokenKind: Equatable, Sendable {
  case int(Int)
  case float(Double)
  case string(String)
  /// An f-string: literal text and `{expression:spec}` parts, already split.
  case formatString([FormatPiece])
  case identifier(String)
  case keyword(Keyword)
  case symbol(Symbol)
  case newline
  case endOfInput
  /// Text the lexer could not read; the lexer has already reported it.
  case invalid
}

/// One part of an f-string: literal text or an interpolated expression with its format spec.
public enum FormatPiece: Equatable, Sendable {
  case text(String)
  /// The expression source, its byte offset in the file, and the spec after `:` (may be empty).
  case expression(source: String, offset: Int, spec: String)
}

/// Reserved words.
public enum Keyword: String, CaseIterable, Sendable {
  case fn, `if`, elif, `else`, `for`, `in`, `while`, `break`, `continue`, `return`
  case and, or, not, `true`, `false`, `nil`, `import`
}

/// Operators and punctuation.
public enum Symbol: String, CaseIterable, Sendable {
  case plus = "+", minus = "-", star = "*", slash = "/", slashSlash = "//", percent = "%"
  case caret = "^", at = "@", pipe = "|>", arrow = "->"
  case equal = "=", plusEqual = "+=", minusEqual = "-=", starEqual = "*=", slashEqual = "/="
  case equalEqual = "==", bangEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">="
  case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
  case leftBrace = "{", rightBrace = "}", comma = ",", colon = ":", dot = ".", dotDot = ".."
  case dotDotLess = "..<", semicolon = ";", question = "?"
}

/// A token with its source range.
public struct Token: Equatable, Sendable {
  public let kind: TokenKind
  public let range: SourceRange

  public init(_ kind: TokenKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// True when a line break after this token does not end the statement.
  var continuesLine: Bool {
    switch kind {
    case .symbol(let symbol):
      switch symbol {
      case .plus, .minus, .star, .slash, .slashSlash, .percent, .caret, .at, .pipe, .arrow,
        .equal, .plusEqual, .minusEqual, .starEqual, .slashEqual, .equalEqual, .bangEqual,
        .less, .lessEqual, .greater, .greaterEqual, .comma, .dot, .dotDot, .dotDotLess, .colon:
        return true
      default: return false
      }
    case .keyword(let keyword):
      return keyword == .and || keyword == .or || keyword == .not || keyword == .in
    default: return false
    }
  }
}
