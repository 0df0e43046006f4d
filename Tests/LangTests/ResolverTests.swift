import Lang
import XCTest

/// Where names resolve to, and the resolver's diagnostics.
final class ResolverTests: XCTestCase {
  static let builtins = ["print": 0, "len": 1, "map": 2]

  func resolve(_ text: String) -> (Program, Resolution, [Diagnostic]) {
    var parser = Parser(file: SourceFile(name: "t.awi", text: text))
    let (program, syntax) = parser.parse()
    XCTAssertEqual(syntax.map(\.message), [])
    let (resolution, diagnostics) = Resolver.resolve(
      program, globals: GlobalScope(), builtins: ResolverTests.builtins)
    return (program, resolution, diagnostics)
  }

  /// "name:binding" for every name use, in source order.
  func bindings(_ text: String) -> [String] {
    let (program, resolution, diagnostics) = resolve(text)
    XCTAssertEqual(diagnostics.map(\.message), [])
    return NameCollector.names(in: program).sorted { $0.range.start < $1.range.start }
      .map { "\($0.name):\(describe(resolution.binding($0)))" }
  }

  func describe(_ binding: Binding?) -> String {
    switch binding {
    case .local(let slot): return "local\(slot)"
    case .boxed(let slot): return "boxed\(slot)"
    case .capture(let index): return "capture\(index)"
    case .global(let slot): return "global\(slot)"
    case .builtin(let index): return "builtin\(index)"
    case nil: return "none"
    }
  }

  func testGlobalsAndBuiltins() {
    XCTAssertEqual(
      bindings("x = 1\ny = len(x)\nprint(y)"),
      [
        "x:global0", "y:global1", "len:builtin1", "x:global0", "print:builtin0", "y:global1",
      ])
  }

  func testLocalsAndParameters() {
    XCTAssertEqual(
      bindings("g = 1\nfn f(a) {\n  b = a + g\n  b\n}"),
      [
        "g:global0", "f:global1", "a:local0", "b:local1", "a:local0", "g:global0", "b:local1",
      ])
  }

  func testCapturesAreBoxed() {
    XCTAssertEqual(
      bindings("fn outer(n) {\n  fn inner() = n + 1\n  inner\n}"),
      [
        "outer:global0", "n:boxed0", "inner:local1", "n:capture0", "inner:local1",
      ])
  }

  func testCaptureThroughTwoLevels() {
    let names = bindings("fn a() {\n  v = 1\n  fn b() {\n    fn c() = v\n    c\n  }\n  b\n}")
    XCTAssertTrue(names.contains("v:boxed0"), "\(names)")
    XCTAssertEqual(names.filter { $0.hasPrefix("v:capture") }, ["v:capture0"])
  }

  func testAssigningAGlobalInAFunctionMakesALocal() {
    XCTAssertEqual(
      bindings("x = 1\nfn f() {\n  x = 2\n  x\n}"),
      [
        "x:global0", "f:global1", "x:local0", "x:local0",
      ])
  }

  func testShadowingABuiltinMakesAGlobal() {
    XCTAssertEqual(
      bindings("len = 3\nprint(len)"), ["len:global0", "print:builtin0", "len:global0"])
  }

  func testUndefinedNameWithSuggestion() {
    let (_, _, diagnostics) = resolve("temperature = 1\nprint(temprature)")
    XCTAssertEqual(diagnostics.map(\.message), ["name 'temprature' is not defined"])
    XCTAssertEqual(diagnostics.first?.label, "did you mean 'temperature'?")
  }

  func testSuggestionsPreferLocalsAndBuiltins() {
    XCTAssertEqual(resolve("fn f(count) = cont").2.first?.label, "did you mean 'count'?")
    XCTAssertEqual(resolve("x = lenn([1])").2.first?.label, "did you mean 'len'?")
    // CPython's rule: 'lne' is two substitutions from 'len', too far for three letters.
    XCTAssertEqual(resolve("x = lne([1])").2.first?.label, "")
    XCTAssertEqual(resolve("x = qqqqq").2.first?.label, "")
  }

  func testControlFlowOutOfPlace() {
    let (_, _, diagnostics) = resolve(
      "break\ncontinue\nreturn 1\nfn f() {\n  break\n}\nfor i in [1] {\n  fn g() = 1\n  break\n}")
    XCTAssertEqual(
      diagnostics.map(\.id),
      [
        .breakOutsideLoop, .breakOutsideLoop, .returnOutsideFunction, .breakOutsideLoop,
      ])
  }

  func testControlFlowInsideValueIf() {
    let (_, _, diagnostics) = resolve("for i in [1] {\n  x = if i { break } else { 1 }\n}")
    XCTAssertEqual(
      diagnostics.map(\.message),
      ["'break' cannot be used inside an 'if' that gives a value"])
  }

  func testCompoundAssignToGlobalInFunction() {
    let (_, _, diagnostics) = resolve("n = 0\nfn f() {\n  n += 1\n}")
    XCTAssertEqual(
      diagnostics.map(\.message),
      ["cannot change the top-level variable 'n' inside a function"])
  }

  func testDuplicateParameterAndNestedImport() {
    XCTAssertEqual(resolve("fn f(a, a) = a").2.map(\.id), [.duplicateParameter])
    XCTAssertEqual(resolve("if true {\n  import \"x.awi\"\n}").2.map(\.id), [.importNotTopLevel])
  }

  func testLayouts() {
    let (program, resolution, _) = resolve("fn f(a, b) {\n  c = a\n  fn g() = b\n  g\n}")
    guard case .function(let function) = program.statements[0].kind else { return XCTFail() }
    let layout = resolution.functions[function.id]
    XCTAssertEqual(layout?.parameterSlots, [0, 1])
    XCTAssertEqual(layout?.slotCount, 4)
    XCTAssertEqual(layout?.boxedSlots, [1])
    XCTAssertEqual(layout?.localNames, ["a", "b", "c", "g"])
  }
}

/// Every name use and declaration in a program.
enum NameCollector {
  static func names(in program: Program) -> [NameRef] {
    var found: [NameRef] = []
    program.statements.forEach { collect($0, &found) }
    return found
  }

  static func collect(_ statement: Stmt, _ found: inout [NameRef]) {
    switch statement.kind {
    case .expression(let expression), .returnValue(.some(let expression)):
      collect(expression, &found)
    case .assign(let target, _, let value):
      collect(target, &found)
      collect(value, &found)
    case .function(let function):
      if let name = function.nameRef { found.append(name) }
      collect(function, &found)
    case .forLoop(let variable, let sequence, let body):
      found.append(variable)
      collect(sequence, &found)
      body.statements.forEach { collect($0, &found) }
    case .whileLoop(let condition, let body):
      collect(condition, &found)
      body.statements.forEach { collect($0, &found) }
    case .ifElse(let chain): collect(chain, &found)
    default: break
    }
  }

  static func collect(_ function: FunctionDecl, _ found: inout [NameRef]) {
    found += function.parameters.map(\.name)
    function.body.statements.forEach { collect($0, &found) }
  }

  static func collect(_ chain: IfChain, _ found: inout [NameRef]) {
    for branch in chain.branches {
      collect(branch.condition, &found)
      branch.body.statements.forEach { collect($0, &found) }
    }
    chain.otherwise?.statements.forEach { collect($0, &found) }
  }

  static func collect(_ expression: Expr, _ found: inout [NameRef]) {
    switch expression.kind {
    case .name(let name): found.append(name)
    case .list(let items): items.forEach { collect($0, &found) }
    case .unary(_, let operand), .member(let operand, _, _): collect(operand, &found)
    case .binary(_, let left, let right), .and(let left, let right), .or(let left, let right):
      collect(left, &found)
      collect(right, &found)
    case .call(let callee, let arguments):
      collect(callee, &found)
      arguments.forEach { collect($0.value, &found) }
    case .function(let function): collect(function, &found)
    case .ifElse(let chain): collect(chain, &found)
    default: break
    }
  }
}
