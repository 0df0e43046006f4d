import Lang

/// The fetch calls of a script, found in its syntax tree without running it: the ones whose
/// arguments are all literals (a URI string, numbers, lists) can be resolved on the login
/// node by `awish stage`; the others are named so the user can stage them by hand.
public enum FetchCalls {
  /// A fetch call: its source text and line, and whether its arguments are all literals.
  public struct Call: Equatable, Sendable {
    public let text: String
    public let line: Int
    public let isLiteral: Bool
  }

  /// The calls in `source`, in source order; none when the script does not parse.
  public static func find(in source: String, name: String) -> [Call] {
    let file = SourceFile(name: name, text: source)
    var parser = Parser(file: file)
    let (program, diagnostics) = parser.parse()
    guard diagnostics.isEmpty else { return [] }
    var calls: [Call] = []
    for statement in program.statements { visit(statement, file, &calls) }
    return calls
  }

  static func visit(_ statement: Stmt, _ file: SourceFile, _ calls: inout [Call]) {
    switch statement.kind {
    case .expression(let expression): visit(expression, file, &calls)
    case .ifElse(let chain): visit(chain, file, &calls)
    case .assign(let target, _, let value):
      visit(target, file, &calls)
      visit(value, file, &calls)
    case .function(let declaration): visit(declaration, file, &calls)
    case .forLoop(_, let sequence, let body):
      visit(sequence, file, &calls)
      for inner in body.statements { visit(inner, file, &calls) }
    case .whileLoop(let condition, let body):
      visit(condition, file, &calls)
      for inner in body.statements { visit(inner, file, &calls) }
    case .returnValue(let value?): visit(value, file, &calls)
    case .returnValue(nil), .breakLoop, .continueLoop, .importFile: break
    }
  }

  static func visit(_ chain: IfChain, _ file: SourceFile, _ calls: inout [Call]) {
    for branch in chain.branches {
      visit(branch.condition, file, &calls)
      for inner in branch.body.statements { visit(inner, file, &calls) }
    }
    for inner in chain.otherwise?.statements ?? [] { visit(inner, file, &calls) }
  }

  static func visit(_ declaration: FunctionDecl, _ file: SourceFile, _ calls: inout [Call]) {
    for parameter in declaration.parameters {
      if let value = parameter.defaultValue { visit(value, file, &calls) }
    }
    for inner in declaration.body.statements { visit(inner, file, &calls) }
  }

  static func visit(_ expression: Expr, _ file: SourceFile, _ calls: inout [Call]) {
    for child in children(of: expression) { visit(child, file, &calls) }
    if case .function(let declaration) = expression.kind { visit(declaration, file, &calls) }
    if case .ifElse(let chain) = expression.kind { visit(chain, file, &calls) }
    guard case .call(let callee, let arguments) = expression.kind,
      case .name(let reference) = callee.kind, reference.name == "fetch"
    else { return }
    calls.append(
      Call(
        text: file.slice(expression.range), line: file.location(of: expression.range.start).line,
        isLiteral: arguments.allSatisfy { isLiteral($0.value) }))
  }

  static func children(of expression: Expr) -> [Expr] {
    switch expression.kind {
    case .null, .bool, .int, .float, .string, .name, .column, .invalid, .function, .ifElse:
      return []
    case .formatString(let parts):
      return parts.compactMap { if case .expression(let inner, _) = $0 { inner } else { nil } }
    case .list(let items): return items
    case .record(let fields): return fields.map(\.value)
    case .unary(_, let inner): return [inner]
    case .binary(_, let left, let right), .and(let left, let right), .or(let left, let right),
      .range(let left, let right, _):
      return [left, right]
    case .call(let callee, let arguments): return [callee] + arguments.map(\.value)
    case .index(let base, let subscripts):
      return [base]
        + subscripts.flatMap { item -> [Expr] in
          switch item {
          case .single(let inner): return [inner]
          case .slice(let low, let high, let step, _): return [low, high, step].compactMap { $0 }
          }
        }
    case .member(let base, _, _): return [base]
    }
  }

  static func isLiteral(_ expression: Expr) -> Bool {
    switch expression.kind {
    case .null, .bool, .int, .float, .string: return true
    case .unary(.negate, let inner): return isLiteral(inner)
    case .list(let items): return items.allSatisfy(isLiteral)
    default: return false
    }
  }
}
