import Lang
import XCTest

/// Precedence, statement forms, recovery and the nesting limit.
final class ParserTests: XCTestCase {
  func parse(_ text: String) -> (Program, [Diagnostic]) {
    var parser = Parser(file: SourceFile(name: "t.awi", text: text))
    return parser.parse()
  }

  /// The single statement of `text` as an S-expression; fails on any diagnostic.
  func tree(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let (program, diagnostics) = parse(text)
    XCTAssertEqual(diagnostics.map(\.message), [], file: file, line: line)
    return program.statements.map(SyntaxPrinter.print).joined(separator: "; ")
  }

  func testArithmeticPrecedence() {
    XCTAssertEqual(tree("1 + 2 * 3"), "(+ 1 (* 2 3))")
    XCTAssertEqual(tree("1 - 2 - 3"), "(- (- 1 2) 3)")
    XCTAssertEqual(tree("a // b % c @ d"), "(@ (% (// a b) c) d)")
    XCTAssertEqual(tree("(1 + 2) * 3"), "(* (+ 1 2) 3)")
  }

  func testPowerAndUnaryMinus() {
    XCTAssertEqual(tree("-2 ^ 2"), "(- (^ 2 2))")
    XCTAssertEqual(tree("2 ^ 3 ^ 2"), "(^ 2 (^ 3 2))")
    XCTAssertEqual(tree("2 ^ -1"), "(^ 2 -1)")
    XCTAssertEqual(tree("-x ^ 2"), "(- (^ x 2))")
    XCTAssertEqual(tree("- 3"), "(- 3)")
    XCTAssertEqual(tree("a - -3"), "(- a -3)")
  }

  func testLogicAndComparison() {
    XCTAssertEqual(tree("a or b and not c == d"), "(or a (and b (not (== c d))))")
    XCTAssertEqual(tree("x not in xs"), "(not (in x xs))")
    XCTAssertEqual(tree("1 < 2 == true"), "(== (< 1 2) true)")
    XCTAssertEqual(tree("0..n + 1"), "(.. 0 (+ n 1))")
    XCTAssertEqual(tree("0..<n"), "(..< 0 n)")
  }

  func testPipeIsLoosest() {
    XCTAssertEqual(tree("a + b |> f"), "(call f (+ a b))")
    XCTAssertEqual(tree("x |> f(1, k=2) |> g"), "(call g (call f x 1 k=2))")
    XCTAssertEqual(tree("a or b |> f"), "(call f (or a b))")
  }

  func testPostfix() {
    XCTAssertEqual(tree("a.b(1)[2].c"), "(. (index (call (. a b) 1) 1) c)")
    XCTAssertEqual(tree("f(x=1)"), "(call f x=1)")
  }

  func testLambdas() {
    XCTAssertEqual(tree("f = x -> x + 1"), "(= f (fn x))")
    XCTAssertEqual(tree("(a, b) -> a"), "(fn a b)")
    XCTAssertEqual(tree("() -> 1"), "(fn )")
    XCTAssertEqual(tree("map(xs, x -> x * 2)"), "(call map xs (fn x))")
    XCTAssertEqual(tree("(a) + 1"), "(+ a 1)")
  }

  func testLiterals() {
    XCTAssertEqual(tree("[1, \"a\", nil,]"), "[1 \"a\" nil]")
    XCTAssertEqual(tree("{a: 1, \"b c\": 2, if: 3}"), "{a: 1 b c: 2 if: 3}")
    XCTAssertEqual(tree("{\n a: 1,\n b: 2\n}"), "{a: 1 b: 2}")
  }

  func testStatements() {
    XCTAssertEqual(tree("x += 1"), "(+= x 1)")
    XCTAssertEqual(tree("xs[0] *= 2"), "(*= (index xs 1) 2)")
    XCTAssertEqual(tree("r.a /= 2"), "(/= (. r a) 2)")
    XCTAssertEqual(tree("fn f(a, b=1) = a"), "(def f)")
    XCTAssertEqual(tree("for i in 0..3 { }"), "(for i)")
    XCTAssertEqual(tree("if a { } elif b { }\nelse { }"), "(if 2)")
    XCTAssertEqual(tree("import \"x.awi\""), "(import x.awi)")
    XCTAssertEqual(tree("a = 1; b = 2"), "(= a 1); (= b 2)")
  }

  func testIfExpression() {
    XCTAssertEqual(tree("y = if a { 1 } else { 2 }"), "(= y (if 1))")
  }

  func testRecoveryReportsEveryError() {
    let (program, diagnostics) = parse("x = 1 +* 2\ny = 2\nz = ]\nfn (x) { }\nw = 3")
    XCTAssertEqual(
      diagnostics.map(\.message),
      [
        "unexpected '*', expected an expression", "unexpected ']', expected an expression",
        "unexpected '(', expected function name",
      ])
    XCTAssertEqual(program.statements.map(SyntaxPrinter.print), ["(= y 2)", "(= w 3)"])
  }

  func testRecoveryInsideBlocks() {
    let (program, diagnostics) = parse("fn f() {\n  x = = 1\n  y = 2\n}\nz = )\nok = 1")
    XCTAssertEqual(diagnostics.count, 2)
    XCTAssertEqual(program.statements.map(SyntaxPrinter.print), ["(def f)", "(= ok 1)"])
  }

  func testStrayClosingBraceDoesNotHang() {
    XCTAssertEqual(parse("}\n}}\nx = 1").1.count, 2)
  }

  func testEndOfInputIsReportedForContinuation() {
    for text in ["x = (1 +", "fn f() {", "[1, 2", "if x {\n  y = 1"] {
      XCTAssertEqual(parse(text).1.last?.id, .unexpectedEndOfInput, text)
    }
  }

  func testNestingLimit() {
    for piece in ["(", "[", "-", "not ", "{a: ", "if x {", "f("] {
      let text = "x = " + String(repeating: piece, count: 1000)
      XCTAssertEqual(parse(text).1.map(\.id), [.nestingTooDeep], piece)
    }
    let ok = "x = " + String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
    XCTAssertEqual(parse(ok).1.count, 0)
  }

  func testLongChainsHaveTheirOwnLimit() {
    for piece in [" + 1", ".b", "(1)", "[0]", " |> f", " and 1"] {
      let text = "x = a" + String(repeating: piece, count: Parser.chainLimit + 1)
      XCTAssertEqual(parse(text).1.map(\.id), [.nestingTooDeep], piece)
      let ok = "x = a" + String(repeating: piece, count: Parser.chainLimit - 1)
      XCTAssertEqual(parse(ok).1.count, 0, piece)
    }
    let elseIfs = "if x {}" + String(repeating: " else if x {}", count: 5000)
    XCTAssertEqual(parse(elseIfs).1.map(\.id), [.nestingTooDeep])
  }

  func testErrorLimit() {
    let text = String(repeating: "x = )\n", count: 500)
    XCTAssertEqual(parse(text).1.count, Parser.errorLimit)
  }

  func testInvalidAssignmentTarget() {
    let diagnostics = parse("f(x) = 1").1
    XCTAssertEqual(diagnostics.map(\.id), [.invalidAssignmentTarget])
  }
}
