import Foundation

/// Makes malformed awi programs: random bytes, token soup, mutated valid programs, deep
/// nesting and broken literals. Everything is derived from the generator's seed.
struct MalformedInputs {
  var random: SplitMix64

  /// Pieces of source that the language knows, for token soup and insertions.
  static let tokens: [String] = [
    "fn", "if", "elif", "else", "for", "in", "while", "break", "continue", "return", "and",
    "or", "not", "true", "false", "nil", "import", "+", "-", "*", "/", "//", "%", "^", "@",
    "|>", "->", "=", "+=", "-=", "*=", "/=", "==", "!=", "<", "<=", ">", ">=", "(", ")", "[",
    "]", "{", "}", ",", ":", ".", "..", "..<", ";", "?", "\n", "\n", " ", "x", "y", "f", "xs",
    "print", "len", "map", "sort", "r", "0", "1", "2.5", "1e-3", "\"s\"", "'q'", "f\"{x}\"",
    "f\"{x:.2f}\"", "# note", "°C", "\t", "_", "x1",
  ]

  /// Whole programs that are hard on one part of the front end each.
  static func deepNesting(size: Int) -> [String] {
    func repeated(_ piece: String) -> String { String(repeating: piece, count: size) }
    return [
      "x = " + repeated("("), "x = " + repeated("["), "x = " + repeated("-") + "1",
      "x = " + repeated("not ") + "true", "x = " + repeated("{"), repeated("if x {"),
      "x = " + repeated("f("), "g = " + repeated("x -> ") + "1", "x = " + repeated("[1, "),
      "x = " + repeated("{a: "), "x = r" + repeated(".b"), "x = 1" + repeated(" + 1"),
      "x = 1" + repeated(" |> f"), "x = 1" + repeated(" and 1"), "x = 1" + repeated(" < 1"),
      "x = f" + repeated("(1)"), "x = xs" + repeated("[0]"), "x = 2" + repeated(" ^ 2"),
      "if x {}" + repeated(" else if x {}"), repeated("fn f() {"), repeated("for i in xs {"),
      "x = " + repeated("(") + "1" + repeated(")"), repeated("}"), repeated(")"),
      "x = " + repeated("if x { 1 } else {"), "s = f\"" + repeated("{") + "\"",
      "s = \"" + repeated("\\u{41}") + "\"", repeated("x = 1\n"), repeated("$"),
      "x = " + repeated("\"a\" + "), repeated("# %% cell\n"),
    ]
  }

  /// Broken numbers, strings and f-strings.
  static let brokenLiterals: [String] = [
    "x = " + String(repeating: "9", count: 5000), "x = 1e99999", "x = 1_", "x = 1__2",
    "x = 1.e5", "x = 1e", "x = 1.5.5", "x = 0x1F", "x = 9223372036854775808",
    "x = -9223372036854775808", "x = 1" + String(repeating: "_", count: 1000), "x = \"abc",
    "x = 'abc", "x = \"a\\", "x = \"\\u{\"", "x = \"\\u{110000}\"", "x = \"\\u{D800}\"",
    "x = \"\\u{1234567}\"", "x = \"\\uZZ\"", "x = f\"{\"", "x = f\"{x\"", "x = f\"{x:\"",
    "x = f\"}\"", "x = f\"{{\"", "x = f\"{ }\"", "x = f\"{x!r}\"", "x = f\"{x:{y}}\"",
    "x = f\"{f\"{f\"{1}\"}\"}\"", "x = f\"{'}'}\"", "x = f\"{\"a\"\"", "x = f'{x:>999999}'",
    "x = f\"{1:.999f}\"", "x = f\"{x:" + String(repeating: "9", count: 50) + "}\"",
    "print(f\"{1:,.2%}\", f\"{-0.0:+08.3e}\", f\"{'a':=^9}\", f\"{1e300:,f}\")",
    "print(format(1, \"\"), format(nil, \"s\"), format(true, \"d\"), format([1], \">4\"))",
    "x = \"\0\"", "x = '\r'", "\u{FEFF}x = 1", "x = \"e\u{301}\"; y = z\u{301}",
    "x = 1 \u{00A0} 2", "x = ‘smart quotes’",
  ]

  mutating func integer(below bound: Int) -> Int {
    Int(random.next() % UInt64(max(1, bound)))
  }

  mutating func randomBytes() -> String {
    let count = integer(below: 200)
    let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Mostly printable ASCII with some multi-byte and invalid sequences mixed in.
  mutating func randomText() -> String {
    let pieces = ["°", "é", "e\u{301}", "😀", "\u{0}", "\r", "\t", "\n", "\u{FFFD}"]
    var text = ""
    for _ in 0..<integer(below: 200) {
      if integer(below: 10) == 0 {
        text += pieces[integer(below: pieces.count)]
      } else {
        text.unicodeScalars.append(Unicode.Scalar(UInt8(32 + integer(below: 95))))
      }
    }
    var bytes = Array(text.utf8)
    if !bytes.isEmpty, integer(below: 3) == 0 {
      bytes.insert(
        [0xFF, 0xC0, 0x80, 0xE2, 0x82][integer(below: 5)],
        at: integer(below: bytes.count))
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  mutating func tokenSoup() -> String {
    let tokens = MalformedInputs.tokens
    return (0..<integer(below: 120)).map { _ in tokens[integer(below: tokens.count)] }
      .joined(separator: integer(below: 2) == 0 ? " " : "")
  }

  /// A valid program changed in one to three places: truncated, a span deleted or
  /// duplicated, neighbours swapped, or a token inserted.
  mutating func mutation(of program: String) -> String {
    var bytes = Array(program.utf8)
    for _ in 0...integer(below: 3) where !bytes.isEmpty {
      let at = integer(below: bytes.count)
      let length = min(bytes.count - at, 1 + integer(below: 12))
      switch integer(below: 5) {
      case 0: bytes.removeSubrange(at...)
      case 1: bytes.removeSubrange(at..<(at + length))
      case 2: bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
      case 3: if at + 1 < bytes.count { bytes.swapAt(at, at + 1) }
      default:
        let token = MalformedInputs.tokens[integer(below: MalformedInputs.tokens.count)]
        bytes.insert(contentsOf: Array(token.utf8), at: at)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
