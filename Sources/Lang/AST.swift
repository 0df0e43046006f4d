/// The syntax tree. Every node carries its source range; names carry an id the resolver uses
/// to say where each one lives.

/// A use of a name, to be resolved to a slot.
public struct NameRef: Equatable, Sendable {
  public let name: String
  public let id: Int
  public let range: SourceRange
}

/// An expression with its source range.
public struct Expr: Sendable {
  public let kind: ExprKind
  public let range: SourceRange

  public init(_ kind: ExprKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// The kinds of expression.
public indirect enum ExprKind: Sendable {
  case null, bool(Bool), int(Int), float(Double), string(String)
  case formatString([FormatPart])
  case name(NameRef)
  /// `.name` or `.["odd name"]`: a column of the frame of the nearest enclosing call.
  case column(String)
  case list([Expr])
  case record([RecordField])
  case unary(UnaryOperator, Expr)
  case binary(BinaryOperator, Expr, Expr)
  case and(Expr, Expr)
  case or(Expr, Expr)
  case range(Expr, Expr, inclusive: Bool)
  case call(Expr, [Argument])
  case index(Expr, [Subscript])
  case member(Expr, String, SourceRange)
  case function(FunctionDecl)
  case ifElse(IfChain)
  /// Stands in for an expression that failed to parse; never reaches the evaluator.
  case invalid
}

/// A literal text or an interpolated expression of an f-string.
public enum FormatPart: Sendable {
  case text(String)
  case expression(Expr, spec: String)
}

/// `key: value` in a record literal.
public struct RecordField: Sendable {
  public let key: String
  public let keyRange: SourceRange
  public let value: Expr
}

/// A call argument, positional or named.
public struct Argument: Sendable {
  public let name: String?
  public let nameRange: SourceRange?
  public let value: Expr
}

/// One subscript: `a[i]` or `a[lo:hi:step]`.
public enum Subscript: Sendable {
  case single(Expr)
  case slice(Expr?, Expr?, Expr?, SourceRange)
}

public enum UnaryOperator: String, Sendable {
  case negate = "-", not = "not"
}

public enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", floorDivide = "//"
  case modulo = "%", power = "^", matmul = "@"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">=", contains = "in"
}

/// `if c { … } elif d { … } else { … }`, as a statement or an expression.
public struct IfChain: Sendable {
  public let branches: [(condition: Expr, body: Block)]
  public let otherwise: Block?
}

/// A braced list of statements.
public struct Block: Sendable {
  public let statements: [Stmt]
  public let range: SourceRange
}

/// A function: named (`fn f(x) {…}`, `fn f(x) = e`) or a lambda (`x -> e`).
public final class FunctionDecl: Sendable {
  public let name: String?
  public let nameRef: NameRef?
  public let parameters: [ParameterDecl]
  public let body: Block
  public let id: Int
  public let range: SourceRange

  init(
    name: NameRef?, parameters: [ParameterDecl], body: Block, id: Int,
    range: SourceRange
  ) {
    self.name = name?.name
    self.nameRef = name
    self.parameters = parameters
    self.body = body
    self.id = id
    self.range = range
  }
}

/// A declared parameter with an optional default.
public struct ParameterDecl: Sendable {
  public let name: NameRef
  public let defaultValue: Expr?
}

/// A statement with its source range.
public struct Stmt: Sendable {
  public let kind: StmtKind
  public let range: SourceRange

  public init(_ kind: StmtKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

public indirect enum StmtKind: Sendable {
  case expression(Expr)
  case ifElse(IfChain)
  case assign(target: Expr, op: BinaryOperator?, value: Expr)
  case function(FunctionDecl)
  case forLoop(NameRef, Expr, Block)
  case whileLoop(Expr, Block)
  case breakLoop
  case continueLoop
  case returnValue(Expr?)
  case importFile(String, SourceRange)
}

/// A parsed file: its statements, the cells (`# %%`) and the id counter's final value.
public struct Program: Sendable {
  public let file: SourceFile
  public let statements: [Stmt]
  public let nameCount: Int
}
