import Foundation

/// A small Swift tokenizer: words, brackets, commas, colons, dots and string literals (with their
/// interpolations kept as text); comments are skipped.
struct SwiftTokens {
  enum Kind: Equatable {
    case word(String)
    case open(Character)
    case close(Character)
    case comma
    case colon
    case dot
    case string(String)
    case other
  }

  struct Token {
    let kind: Kind
    let line: Int
  }

  let scalars: [Unicode.Scalar]
  var position = 0
  var line = 1

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }

  mutating func all() -> [Token] {
    var tokens: [Token] = []
    while let token = next() { tokens.append(token) }
    return tokens
  }

  mutating func next() -> Token? {
    skipSpaceAndComments()
    guard let scalar = peek() else { return nil }
    let startLine = line
    if scalar == "\"" { return Token(kind: .string(stringLiteral()), line: startLine) }
    if CharacterSet.letters.contains(scalar) || scalar == "_" {
      var word = ""
      while let next = peek(),
        CharacterSet.alphanumerics.contains(next) || next == "_"
      {
        word.unicodeScalars.append(next)
        position += 1
      }
      return Token(kind: .word(word), line: startLine)
    }
    position += 1
    switch scalar {
    case "(", "[", "{": return Token(kind: .open(Character(scalar)), line: startLine)
    case ")", "]", "}": return Token(kind: .close(Character(scalar)), line: startLine)
    case ",": return Token(kind: .comma, line: startLine)
    case ":": return Token(kind: .colon, line: startLine)
    case ".": return Token(kind: .dot, line: startLine)
    default: return Token(kind: .other, line: startLine)
    }
  }

  mutating func skipSpaceAndComments() {
    while let scalar = peek() {
      if scalar == "\n" {
        line += 1
        position += 1
      } else if scalar == " " || scalar == "\t" || scalar == "\r" {
        position += 1
      } else if scalar == "/", peek(1) == "/" {
        while let next = peek(), next != "\n" { position += 1 }
      } else if scalar == "/", peek(1) == "*" {
        position += 2
        while let next = peek(), !(next == "*" && peek(1) == "/") {
          if next == "\n" { line += 1 }
          position += 1
        }
        position += 2
      } else {
        return
      }
    }
  }

  /// A string literal from its opening quote, single-line or multi-line, with the text of
  /// its interpolations (which may hold quotes of their own).
  mutating func stringLiteral() -> String {
    let isMultiline = peek(1) == "\"" && peek(2) == "\""
    position += isMultiline ? 3 : 1
    var text = ""
    while let scalar = peek() {
      if scalar == "\\", peek(1) == "(" {
        text += "\\("
        position += 2
        var depth = 1
        while let inner = peek(), depth > 0 {
          if inner == "\"" {
            text += "\"" + stringLiteral() + "\""
            continue
          }
          if inner == "(" { depth += 1 }
          if inner == ")" { depth -= 1 }
          text.unicodeScalars.append(inner)
          position += 1
        }
        continue
      }
      if scalar == "\\", let escaped = peek(1) {
        text.unicodeScalars.append(scalar)
        text.unicodeScalars.append(escaped)
        position += 2
        continue
      }
      if scalar == "\"" && (!isMultiline || (peek(1) == "\"" && peek(2) == "\"")) {
        position += isMultiline ? 3 : 1
        return text
      }
      if scalar == "\n" { line += 1 }
      text.unicodeScalars.append(scalar)
      position += 1
    }
    return text
  }
}
