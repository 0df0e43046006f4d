/// Turns source text into tokens. Never fails: unreadable text becomes an `.invalid` token
/// plus a diagnostic, and lexing goes on.
///
/// Line breaks end statements, except inside `(…)` and `[…]`, after a token that cannot end
/// an expression (a binary operator, `,`, `|>`), and before a line that starts with `|>`.
public struct Lexer {
  let file: SourceFile
  let bytes: [UInt8]
  var position: Int
  let end: Int
  var tokens: [Token] = []
  var diagnostics: [Diagnostic] = []
  var brackets: [UInt8] = []
  var pendingNewline: SourceRange?

  public init(file: SourceFile, start: Int = 0, end: Int? = nil) {
    self.file = file
    self.bytes = file.bytes
    self.position = start
    self.end = min(end ?? file.bytes.count, file.bytes.count)
  }

  /// All tokens, ending in `.endOfInput`, and what went wrong on the way.
  public mutating func tokenize() -> ([Token], [Diagnostic]) {
    while position < end {
      scanToken()
    }
    if let newline = pendingNewline { tokens.append(Token(.newline, newline)) }
    tokens.append(Token(.endOfInput, SourceRange(end, end)))
    return (tokens, diagnostics)
  }

  func peek(_ ahead: Int = 0) -> UInt8 {
    let index = position + ahead
    return index < end ? bytes[index] : 0
  }

  private mutating func scanToken() {
    let start = position
    let byte = bytes[position]
    switch byte {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
      position += 1
    case UInt8(ascii: "#"):
      while position < end, bytes[position] != UInt8(ascii: "\n") { position += 1 }
    case UInt8(ascii: "\n"):
      position += 1
      noteLineBreak(SourceRange(start, start + 1))
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      scanNumber()
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      scanString(start: start, isFormat: false)
    case UInt8(ascii: "f") where peek(1) == UInt8(ascii: "\"") || peek(1) == UInt8(ascii: "'"):
      position += 1
      scanString(start: start, isFormat: true)
    case _ where byte.isIdentifierStart:
      scanIdentifier()
    default:
      scanSymbol()
    }
  }

  private mutating func noteLineBreak(_ range: SourceRange) {
    if let top = brackets.last, top != UInt8(ascii: "{") { return }
    guard let last = tokens.last, last.kind != .newline, !last.continuesLine else { return }
    if case .symbol(.leftBrace) = last.kind { return }
    if pendingNewline == nil { pendingNewline = range }
  }

  mutating func emit(_ kind: TokenKind, from start: Int) {
    if let newline = pendingNewline {
      pendingNewline = nil
      if kind != .symbol(.pipe) { tokens.append(Token(.newline, newline)) }
    }
    tokens.append(Token(kind, SourceRange(start, position)))
  }

  mutating func report(
    _ id: Diagnostic.ID, _ message: String, _ range: SourceRange,
    label: String = "", help: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(id, message, file: file, range: range, label: label, help: help))
  }

  private mutating func scanIdentifier() {
    let start = position
    while position < end, bytes[position].isIdentifierPart { position += 1 }
    let name = String(decoding: bytes[start..<position], as: UTF8.self)
    if let keyword = Keyword(rawValue: name) {
      emit(.keyword(keyword), from: start)
    } else {
      emit(.identifier(name), from: start)
    }
  }

  private mutating func scanNumber() {
    let start = position
    var isFloat = false
    consumeDigits()
    if peek() == UInt8(ascii: "."), peek(1).isDigit {
      isFloat = true
      position += 1
      consumeDigits()
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
      if peek(1 + sign).isDigit {
        isFloat = true
        position += 1 + sign
        consumeDigits()
      }
    }
    if position < end, bytes[position].isIdentifierStart {
      while position < end, bytes[position].isIdentifierPart { position += 1 }
      report(.invalidNumber, Messages.invalidNumber, SourceRange(start, position))
      emit(.invalid, from: start)
      return
    }
    let text = String(
      decoding: bytes[start..<position].filter { $0 != UInt8(ascii: "_") },
      as: UTF8.self)
    if isFloat, let value = Double(text) {
      emit(.float(value), from: start)
    } else if !isFloat, let value = Int(text) {
      emit(.int(value), from: start)
    } else {
      report(
        .invalidNumber, Messages.integerTooLarge, SourceRange(start, position),
        help: Messages.integerTooLargeHelp)
      emit(.invalid, from: start)
    }
  }

  private mutating func consumeDigits() {
    while position < end, bytes[position].isDigit || bytes[position] == UInt8(ascii: "_") {
      position += 1
    }
  }

  private mutating func scanSymbol() {
    let start = position
    for length in [3, 2, 1] where position + length <= end {
      let text = String(decoding: bytes[position..<position + length], as: UTF8.self)
      if let symbol = Symbol(rawValue: text) {
        position += length
        trackBrackets(symbol)
        emit(.symbol(symbol), from: start)
        return
      }
    }
    position += max(1, utf8Length(of: bytes[position]))
    position = min(position, end)
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    report(.invalidCharacter, Messages.invalidCharacter(text), SourceRange(start, position))
    emit(.invalid, from: start)
  }

  private mutating func trackBrackets(_ symbol: Symbol) {
    switch symbol {
    case .leftParen: brackets.append(UInt8(ascii: "("))
    case .leftBracket: brackets.append(UInt8(ascii: "["))
    case .leftBrace: brackets.append(UInt8(ascii: "{"))
    case .rightParen, .rightBracket, .rightBrace:
      if !brackets.isEmpty { brackets.removeLast() }
    default: break
    }
  }
}

/// Length of a UTF-8 sequence from its first byte (1 for a stray continuation byte).
func utf8Length(of byte: UInt8) -> Int {
  switch byte {
  case 0xF0...0xF7: return 4
  case 0xE0...0xEF: return 3
  case 0xC0...0xDF: return 2
  default: return 1
  }
}

extension UInt8 {
  var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
  var isIdentifierStart: Bool {
    (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
      || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z")) || self == UInt8(ascii: "_")
  }
  var isIdentifierPart: Bool { isIdentifierStart || isDigit }
}
