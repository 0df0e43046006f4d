import Lang
import XCTest

/// Tokens, their places, and the line-break rules.
final class LexerTests: XCTestCase {
  func lex(_ text: String) -> ([Token], [Diagnostic], SourceFile) {
    let file = SourceFile(name: "t.awi", text: text)
    var lexer = Lexer(file: file)
    let (tokens, diagnostics) = lexer.tokenize()
    return (tokens, diagnostics, file)
  }

  func kinds(_ text: String) -> [TokenKind] { lex(text).0.map(\.kind) }

  func testNumbers() {
    XCTAssertEqual(
      kinds("1_000_000 3.5 1e-3 2E+2 7"),
      [
        .int(1_000_000), .float(3.5), .float(0.001), .float(200), .int(7), .endOfInput,
      ])
    XCTAssertEqual(kinds("0..3"), [.int(0), .symbol(.dotDot), .int(3), .endOfInput])
    XCTAssertEqual(kinds("0..<3"), [.int(0), .symbol(.dotDotLess), .int(3), .endOfInput])
    XCTAssertEqual(kinds("1e"), [.invalid, .endOfInput])
  }

  func testBadNumbers() {
    let (tokens, diagnostics, _) = lex("x = 99999999999999999999")
    XCTAssertEqual(tokens[2].kind, .invalid)
    XCTAssertEqual(diagnostics.map(\.message), ["integer literal is too large for a 64-bit int"])
    XCTAssertEqual(lex("3abc").1.map(\.message), ["invalid number literal"])
  }

  func testKeywordsIdentifiersSymbols() {
    XCTAssertEqual(
      kinds("fn f_1(x) = x |> g -> not"),
      [
        .keyword(.fn), .identifier("f_1"), .symbol(.leftParen), .identifier("x"),
        .symbol(.rightParen), .symbol(.equal), .identifier("x"), .symbol(.pipe), .identifier("g"),
        .symbol(.arrow), .keyword(.not), .endOfInput,
      ])
    XCTAssertEqual(
      kinds("a//b += c <= d != e"),
      [
        .identifier("a"), .symbol(.slashSlash), .identifier("b"), .symbol(.plusEqual),
        .identifier("c"), .symbol(.lessEqual), .identifier("d"), .symbol(.bangEqual),
        .identifier("e"), .endOfInput,
      ])
  }

  func testStringsAndEscapes() {
    XCTAssertEqual(
      kinds(#""a\tb\n\"q\" \\ \u{B0}" 'it\'s'"#),
      [
        .string("a\tb\n\"q\" \\ °"), .string("it's"), .endOfInput,
      ])
    let (_, diagnostics, file) = lex(#"x = "a\qb""#)
    XCTAssertEqual(diagnostics.map(\.message), [#"unknown escape '\q'"#])
    XCTAssertEqual(file.location(of: diagnostics[0].range.start).description, "1:7")
  }

  func testUnterminatedString() {
    let (tokens, diagnostics, file) = lex("x = \"abc\ny = 1")
    XCTAssertEqual(diagnostics.map(\.id), [.unterminatedString])
    XCTAssertEqual(file.location(of: diagnostics[0].range.start).description, "1:5")
    XCTAssertTrue(tokens.contains { $0.kind == .identifier("y") })
  }

  func testFormatStringSplitting() {
    let text = #"f"T={t:.2f} °C, {{x}} {r["a b"]}!""#
    guard case .formatString(let pieces) = kinds(text)[0] else { return XCTFail() }
    let offsetOfT = Array(text.utf8).firstIndex(of: UInt8(ascii: "t")) ?? -1
    XCTAssertEqual(
      pieces,
      [
        .text("T="), .expression(source: "t", offset: offsetOfT, spec: ".2f"),
        .text(" °C, {x} "), .expression(source: #"r["a b"]"#, offset: 24, spec: ""), .text("!"),
      ])
  }

  func testFormatStringNestedBrackets() {
    guard case .formatString(let pieces) = kinds(#"f"{xs[1:2]}{ {a: 1}.a }""#)[0] else {
      return XCTFail()
    }
    XCTAssertEqual(pieces.count, 2)
    if case .expression(let source, _, let spec) = pieces[0] {
      XCTAssertEqual(source, "xs[1:2]")
      XCTAssertEqual(spec, "")
    }
    if case .expression(let source, _, _) = pieces[1] { XCTAssertEqual(source, " {a: 1}.a ") }
  }

  func testFormatStringErrors() {
    XCTAssertEqual(lex(#"f"a } b""#).1.map(\.id), [.invalidFormatString])
    XCTAssertEqual(lex(#"f"a {} b""#).1.map(\.id), [.invalidFormatString])
    XCTAssertTrue(lex(#"f"a {x b""#).1.contains { $0.id == .invalidFormatString })
  }

  func testPositionsCountCharacters() {
    let (tokens, _, file) = lex("t = \"°C\" + y")
    let y = tokens.first { $0.kind == .identifier("y") }
    XCTAssertEqual(y.map { file.location(of: $0.range.start).description }, "1:12")
    let (second, _, secondFile) = lex("a = 1\n  é = 2")
    let e = second.first { $0.kind == .invalid }
    XCTAssertEqual(e.map { secondFile.location(of: $0.range.start).description }, "2:3")
    XCTAssertEqual(
      secondFile.location(of: second[second.count - 2].range.start).description,
      "2:7")
  }

  func testInvalidCharacter() {
    let (tokens, diagnostics, _) = lex("x = 3 $ 4 é")
    XCTAssertEqual(
      diagnostics.map(\.message),
      ["character '$' is not part of awi", "character 'é' is not part of awi"])
    XCTAssertEqual(tokens.filter { $0.kind == .invalid }.count, 2)
  }

  func testNewlinesEndStatements() {
    XCTAssertEqual(
      kinds("a\nb\n\n"),
      [
        .identifier("a"), .newline, .identifier("b"), .newline, .endOfInput,
      ])
  }

  func testNoNewlinesInsideParenthesesAndBrackets() {
    XCTAssertEqual(
      kinds("f(a,\n b\n)\n[1\n]"),
      [
        .identifier("f"), .symbol(.leftParen), .identifier("a"), .symbol(.comma),
        .identifier("b"), .symbol(.rightParen), .newline, .symbol(.leftBracket), .int(1),
        .symbol(.rightBracket), .endOfInput,
      ])
  }

  func testNewlinesInsideBracesAreKept() {
    XCTAssertEqual(
      kinds("{\na\nb\n}"),
      [
        .symbol(.leftBrace), .identifier("a"), .newline, .identifier("b"), .newline,
        .symbol(.rightBrace), .endOfInput,
      ])
  }

  func testNoNewlineAfterBinaryOperator() {
    XCTAssertEqual(
      kinds("a +\n b and\n c"),
      [
        .identifier("a"), .symbol(.plus), .identifier("b"), .keyword(.and), .identifier("c"),
        .endOfInput,
      ])
  }

  func testNoNewlineBeforeLineStartingWithPipe() {
    XCTAssertEqual(
      kinds("a\n  # comment\n  |> f\nb"),
      [
        .identifier("a"), .symbol(.pipe), .identifier("f"), .newline, .identifier("b"),
        .endOfInput,
      ])
  }

  func testCommentsAndCells() {
    XCTAssertEqual(kinds("# %% cell\nx # note\n"), [.identifier("x"), .newline, .endOfInput])
  }
}
