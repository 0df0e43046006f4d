import Lang

/// The arguments of one builtin call, bound to its parameters by position and name, with
/// the place of each argument for error messages and a way to call awi functions back.
///
/// The bound values live on the machine's value stack, one slot per parameter from `base`,
/// so a builtin call allocates nothing for its arguments.
public struct Arguments {
  let site: BuiltinCallSite
  let base: Int
  // The machine outlives every call it makes; skipping the reference count here is measurable
  // on builtin-heavy loops.
  unowned(unsafe) let machine: Machine

  public var builtin: Builtin { site.builtin }
  var ranges: [SourceRange?] { site.ranges }
  var callRange: SourceRange { site.callRange }
  var file: SourceFile { site.file }

  /// The value bound to a parameter.
  public func value(_ name: String) -> Value {
    let names = site.parameterNames
    let length = name.utf8.count
    var index = 0
    while index < names.count {
      // Comparing lengths first skips Swift's slow path for unequal strings.
      if names[index].utf8.count == length, names[index] == name {
        return machine.stack[base &+ index]
      }
      index &+= 1
    }
    return .null
  }

  /// The value bound to the parameter at `position` (declaration order). The hottest
  /// builtins use this; looking a name up costs more than their whole work.
  public subscript(position: Int) -> Value {
    machine.stack[base &+ position]
  }

  public func isNull(_ name: String) -> Bool {
    if case .null = value(name) { return true }
    return false
  }

  public func int(_ name: String) throws -> Int {
    switch value(name) {
    case .int(let value): return value
    case .bool(let value): return value ? 1 : 0
    case let other: throw typeError(name, InterpreterMessages.expectedInt, other)
    }
  }

  /// An int argument within `bounds`, with the message shape of every bounds check:
  /// "argument 'bins' of hist() must be an int from 1 to 10000, got 0".
  public func int(_ name: String, in bounds: ClosedRange<Int>) throws -> Int {
    let value = try int(name)
    guard bounds.contains(value) else {
      let expected = Parameter.Kind.bounded(bounds).description
      throw error(
        .argumentType,
        InterpreterMessages.argumentType(name, builtin.name, expected, String(value)), at: name)
    }
    return value
  }

  public func double(_ name: String) throws -> Double {
    switch value(name) {
    case .int(let value): return Double(value)
    case .float(let value): return value
    case .bool(let value): return value ? 1 : 0
    case let other: throw typeError(name, InterpreterMessages.expectedNumber, other)
    }
  }

  public func string(_ name: String) throws -> String {
    if case .string(let value) = value(name) { return value }
    throw typeError(name, InterpreterMessages.expectedString, value(name))
  }

  public func bool(_ name: String) throws -> Bool {
    if case .bool(let value) = value(name) { return value }
    throw typeError(name, InterpreterMessages.expectedBool, value(name))
  }

  public func list(_ name: String) throws -> [Value] {
    if case .list(let list) = value(name) { return list.items }
    throw typeError(name, InterpreterMessages.expectedList, value(name))
  }

  /// The elements of a list, range, string (characters) or record (keys).
  public func elements(_ name: String) throws -> [Value] {
    let found: [Value]?
    do {
      found = try Iteration.elements(of: value(name))
    } catch {
      throw self.error(error.message, at: name, help: error.help).coded(error.code ?? .notIterable)
    }
    guard let items = found else {
      throw typeError(name, InterpreterMessages.expectedIterable, value(name))
    }
    return items
  }

  /// An error that points at the argument `name` (or the whole call).
  public func error(
    _ message: String, at name: String? = nil, label: String = "",
    help: String? = nil
  ) -> RuntimeError {
    let index = name.flatMap { name in builtin.parameters.firstIndex { $0.name == name } }
    let range = index.flatMap { ranges[$0] } ?? callRange
    return RuntimeError(message, file: file, range: range, label: label, help: help)
  }

  /// An error with the id `code` that points at the argument `name` (or the whole call).
  public func error(
    _ code: ErrorCode, _ message: String, at name: String? = nil, label: String = "",
    help: String? = nil
  ) -> RuntimeError {
    error(message, at: name, label: label, help: help).coded(code)
  }

  /// The error of an argument that is not what its declared kind promises the body, in the
  /// shape binding uses. Binding has checked the kind, so a body reaches this only for a
  /// look-alike (another type of the same name) or a kind its declaration does not narrow.
  public func kindError(_ name: String) -> RuntimeError {
    let kind = builtin.parameters.first { $0.name == name }?.kind
    let expected = kind?.description ?? InterpreterMessages.anotherKind
    return error(
      .argumentType,
      InterpreterMessages.argumentType(
        name, builtin.name, expected, Machine.describe(value(name), kind)),
      at: name)
  }

  func typeError(_ name: String, _ expected: String, _ got: Value) -> RuntimeError {
    error(
      .argumentType, InterpreterMessages.argumentType(name, builtin.name, expected, got.typeName),
      at: name)
  }

  /// Calls an awi function (or builtin) with positional arguments.
  public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
    do {
      return try machine.call(function, arguments, file: file, range: callRange)
    } catch {
      throw error
    }
  }

  /// Calls a function or builtin with positional and named arguments.
  public func call(_ function: Value, _ positional: [Value], named: [(String, Value)]) throws
    -> Value
  {
    try machine.callValue(
      function, positional, named, file: file, range: callRange, calleeRange: callRange,
      ranges: [], namedRanges: [])
  }

  /// The run this call belongs to (provenance, parameters, reproduction).
  public var run: RunContext { machine.run }

  /// Writes text to the session's output.
  public func write(_ text: String) {
    machine.output(text)
  }

  /// Offers a value to the session's rich output (a report's figures and tables); true when
  /// it was shown there and needs no text.
  public func showRichly(_ value: Value) -> Bool {
    machine.richOutput?(value) ?? false
  }

  /// The builtins of the session, for `help`.
  public var allBuiltins: [Builtin] { machine.builtins }
}

/// The fixed facts of one builtin call in the source: which builtin, where the call and each
/// argument are. Made once per call site when compiled.
final class BuiltinCallSite {
  let builtin: Builtin
  let parameterNames: [String]
  let ranges: [SourceRange?]
  let callRange: SourceRange
  let file: SourceFile

  init(builtin: Builtin, ranges: [SourceRange?], callRange: SourceRange, file: SourceFile) {
    self.builtin = builtin
    self.parameterNames = builtin.parameterNames
    self.ranges = ranges
    self.callRange = callRange
    self.file = file
  }
}
