import Foundation

/// Finds message texts written inline at throw sites instead of in a catalog file, and checks
/// that a catalog enum lists its members alphabetically.
///
/// A text is a string literal passed directly (not inside another call) to a call whose name
/// ends in `error`/`Error` or is one of `extraCalls`, when it holds a space (names of
/// parameters and operators, such as "axis" or "@", hold none), or when it is the `help:` or
/// `label:` argument and holds a letter. The `at:` argument names a parameter and is never a
/// text.
public enum InlineMessageScan {
  /// One inline text: where it is and how it reads.
  public struct Finding: CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int
    public let text: String
    public var description: String { "\(file):\(line): \(text)" }
  }

  /// The package root, found from a test file's `#filePath` (Tests/<Target>/<File>.swift).
  public static func packageRoot(_ filePath: String) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// The inline texts in the Swift files under `folder` (relative to the package root),
  /// leaving out the files named in `skipping` (the catalogs themselves).
  public static func findings(
    in folder: String, root: URL, skipping: Set<String> = [], extraCalls: Set<String> = []
  ) -> [Finding] {
    let base = root.appendingPathComponent(folder)
    let files =
      FileManager.default.enumerator(atPath: base.path)?.compactMap { $0 as? String } ?? []
    return files.sorted().filter { $0.hasSuffix(".swift") }.flatMap { name -> [Finding] in
      let fileName = (name as NSString).lastPathComponent
      guard !skipping.contains(fileName),
        let source = try? String(
          contentsOf: base.appendingPathComponent(name), encoding: .utf8)
      else { return [] }
      return findings(inSource: source, file: folder + "/" + name, extraCalls: extraCalls)
    }
  }

  /// The inline texts of one source text.
  public static func findings(inSource source: String, file: String, extraCalls: Set<String>)
    -> [Finding]
  {
    var tokenizer = SwiftTokens(Array(source.unicodeScalars))
    let tokens = tokenizer.all()
    var result: [Finding] = []
    for (index, token) in tokens.enumerated() {
      guard case .word(let name) = token.kind, index + 1 < tokens.count,
        tokens[index + 1].kind == SwiftTokens.Kind.open("("), isMessageCall(name, extraCalls)
      else { continue }
      result += literals(in: tokens, from: index + 2).map {
        Finding(file: file, line: $0.line, text: $0.text)
      }
    }
    return result
  }

  /// The names of a catalog enum's members that are out of alphabetical order (ignoring
  /// case): each member listed after one that should follow it.
  public static func unordered(enumNamed name: String, in source: String) -> [String] {
    guard let start = source.range(of: "enum \(name) {\n") else { return ["no enum \(name)"] }
    let body = source[start.upperBound...]
    var names: [String] = []
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == "}" { break }
      for prefix in memberPrefixes where line.hasPrefix(prefix) {
        names.append(String(line.dropFirst(prefix.count).prefix { $0.isLetter || $0.isNumber }))
      }
    }
    return zip(names, names.dropFirst()).filter { $0.lowercased() > $1.lowercased() }.map {
      "\($1) after \($0)"
    }
  }

  static let memberPrefixes = [
    "  static let ", "  static func ", "  public static let ", "  public static func ",
  ]

  static func isMessageCall(_ name: String, _ extraCalls: Set<String>) -> Bool {
    name.lowercased().hasSuffix("error") || extraCalls.contains(name)
  }

  /// The text literals among the direct arguments of the call whose arguments start at
  /// `start`.
  static func literals(in tokens: [SwiftTokens.Token], from start: Int) -> [(
    line: Int, text: String
  )] {
    var depth = 1
    var label: String? = nil
    var result: [(line: Int, text: String)] = []
    var index = start
    while index < tokens.count, depth > 0 {
      let token = tokens[index]
      switch token.kind {
      case .open: depth += 1
      case .close: depth -= 1
      case .comma where depth == 1: label = nil
      case .word(let word) where depth == 1:
        if index + 1 < tokens.count, tokens[index + 1].kind == SwiftTokens.Kind.colon {
          label = word
        }
      case .string(let text) where depth == 1 && label != "at":
        let isHelp = label == "help" || label == "label"
        if text.contains(" ") || (isHelp && text.contains(where: \.isLetter)) {
          result.append((token.line, text))
        }
      default: break
      }
      index += 1
    }
    return result
  }
}

/// A small Swift tokenizer: words, brackets, commas, colons and string literals (with their
/// interpolations kept as text); comments are skipped.
struct SwiftTokens {
  enum Kind: Equatable {
    case word(String)
    case open(Character)
    case close(Character)
    case comma
    case colon
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
