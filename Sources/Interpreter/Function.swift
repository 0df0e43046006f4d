import Lang

/// The compiled form of an awi function: its frame layout and body.
public final class FunctionCode {
  public let name: String
  public let parameterNames: [String]
  let layout: FunctionLayout
  /// Slots that hold cells because an inner function captures them, parameters first.
  let boxedSlots: [Int]
  let hasBoxedSlots: Bool
  let file: SourceFile
  let range: SourceRange
  let parameterCount: Int
  let slotCount: Int
  var body: StatementCode = { _ throws(RuntimeError) in .normal }
  /// For bodies that are one expression in effect (`fn f(x) = e`, lambdas, a guard then a
  /// return), the code of that expression: calls then skip the statement machinery.
  var valueBody: Code?

  init(
    name: String, parameterNames: [String], layout: FunctionLayout, file: SourceFile,
    range: SourceRange
  ) {
    self.name = name
    self.parameterNames = parameterNames
    self.layout = layout
    self.boxedSlots = layout.boxedSlots.sorted()
    self.hasBoxedSlots = !layout.boxedSlots.isEmpty
    self.parameterCount = parameterNames.count
    self.slotCount = layout.slotCount
    self.file = file
    self.range = range
  }
}

/// A function value: code plus the cells it captured and its default argument values,
/// evaluated when the function was defined (as in Python).
public final class Closure {
  public let code: FunctionCode
  let captures: [Cell]
  let hasCaptures: Bool
  let defaults: [Value?]

  init(code: FunctionCode, captures: [Cell], defaults: [Value?]) {
    self.code = code
    self.captures = captures
    self.hasCaptures = !captures.isEmpty
    self.defaults = defaults
  }
}

/// What a statement tells the statement around it.
enum Signal {
  case normal, breakLoop, continueLoop, returnValue
}

typealias Code = (Machine) throws(RuntimeError) -> Value
typealias StatementCode = (Machine) throws(RuntimeError) -> Signal

/// Elements of the things `for` and list builtins walk over.
public enum Iteration {
  /// The most elements a range may be expanded to (800 MB of values).
  public static let maxExpandedRange = 1 << 25

  /// The elements of a sequence; nil for a value that is not one. Expanding a range of more
  /// than `maxExpandedRange` ints is an error rather than an attempt to allocate it.
  public static func elements(of value: Value) throws(RuntimeError) -> [Value]? {
    switch value {
    case .list(let list): return list.items
    case .range(let range):
      guard range.count <= maxExpandedRange else {
        throw RuntimeError(
          .rangeTooLarge, InterpreterMessages.rangeTooLarge(range.count, maxExpandedRange),
          help: InterpreterMessages.rangeTooLargeHelp)
      }
      return (0..<range.count).map { .int(range.element($0)) }
    case .string(let text): return text.map { .string(String($0)) }
    case .record(let record): return record.keys.map { .string($0) }
    case .cell(let cell): return try elements(of: cell.value)
    case .object(let object): return try object.elements()
    default: return nil
    }
  }
}

// Closures are kept in these structs inside arrays: a bare function type stored in an Array
// is held at generic abstraction and every call through it pays for a conversion thunk.

/// A compiled expression, for storing in arrays.
struct CompiledExpression {
  let run: Code
}

/// A compiled statement, for storing in arrays.
struct CompiledStatement {
  let run: StatementCode
}

/// One `if`/`elif` branch run as a statement.
struct StatementBranch {
  let condition: Condition
  let body: StatementCode
}

/// One `if`/`elif` branch that gives a value.
struct ValueBranch {
  let condition: Condition
  let body: Code
}
