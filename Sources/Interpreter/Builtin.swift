/// A builtin function, declared once. Argument binding, `help`, completion and
/// docs/builtins.md are all derived from this declaration.
public final class Builtin: Sendable {
  public let name: String
  public let area: String
  public let summary: String
  public let parameters: [Parameter]
  public let returns: String
  public let details: String
  public let examples: [Example]
  let body: @Sendable (inout Arguments) throws -> Value
  /// The parameters' names and kind checks as flat arrays: reading a `Parameter` (several
  /// strings and a boxed enum) on every call costs more reference counting than the call.
  let parameterNames: [String]
  let checks: [KindCheck]
  /// An optional shortcut for the common case, tried before argument binding; it returns
  /// nil to hand the call to `body` (which then also reports any error).
  public let fastPath: FastPath?
  /// For `name(.column, constants…)` in a call on a grouped frame: every group's value at
  /// once (see `GroupedShortcut`).
  public let grouped: GroupedShortcut?

  public init(
    _ name: String, area: String, summary: String, parameters: [Parameter] = [],
    returns: String, details: String = "", examples: [Example] = [], fastPath: FastPath? = nil,
    grouped: GroupedShortcut? = nil, body: @escaping @Sendable (inout Arguments) throws -> Value
  ) {
    self.name = name
    self.area = area
    self.summary = summary
    self.parameters = parameters
    self.returns = returns
    self.details = details
    self.examples = examples
    self.body = body
    self.fastPath = fastPath
    self.grouped = grouped
    self.parameterNames = parameters.map(\.name)
    self.checks = parameters.map(\.check)
  }

  /// `name(a, b=1, *rest) -> type`, as `help` and the docs show it.
  public var signature: String {
    let list = parameters.map { parameter -> String in
      if parameter.isVariadic { return "*" + parameter.name }
      if parameter.isKeywords { return "**" + parameter.name }
      guard let value = parameter.defaultValue else { return parameter.name }
      return "\(parameter.name)=\(value.source)"
    }
    return "\(name)(\(list.joined(separator: ", "))) -> \(returns)"
  }
}

/// A builtin's shortcut for calls with exactly one or two positional arguments.
public enum FastPath: Sendable {
  case unary(@Sendable (Value) -> Value?)
  case binary(@Sendable (Value, Value) -> Value?)
}

/// A declared parameter of a builtin.
public struct Parameter: Sendable {
  public let name: String
  public let kind: Kind
  public let summary: String
  /// nil when the argument is required.
  public let defaultValue: DefaultValue?
  /// Collects the remaining positional arguments as a list.
  public let isVariadic: Bool
  /// Collects the named arguments that match no other parameter, as a record in call order.
  public let isKeywords: Bool
  /// `kind` flattened for the check made on every call.
  let check: KindCheck

  public init(
    _ name: String, _ kind: Kind, _ summary: String,
    default defaultValue: DefaultValue? = nil, variadic: Bool = false, keywords: Bool = false
  ) {
    self.name = name
    self.kind = kind
    self.summary = summary
    self.defaultValue = variadic ? .list : (keywords ? .record : defaultValue)
    self.isVariadic = variadic
    self.isKeywords = keywords
    self.check = KindCheck(kind)
  }

  /// Whether a value is of this parameter's kind.
  @inline(__always)
  func accepts(_ value: Value) -> Bool {
    check.accepts(value)
  }

  /// What an argument must be; checked when binding, before the body runs.
  public indirect enum Kind: Sendable, Equatable {
    case any, int, number, string, bool, list, record, function, sequence
    case optional(Kind)
    case choice([String])
    /// An int within the bounds, checked when binding: sizes, counts, ddof, exit codes.
    case bounded(ClosedRange<Int>)

    public var description: String {
      switch self {
      case .any: return "any value"
      case .int: return "an int"
      case .bounded(let bounds):
        if bounds.upperBound == Int.max { return "an int of at least \(bounds.lowerBound)" }
        return "an int from \(bounds.lowerBound) to \(bounds.upperBound)"
      case .number: return "a number"
      case .string: return "a string"
      case .bool: return "a bool"
      case .list: return "a list"
      case .record: return "a record"
      case .function: return "a function"
      case .sequence: return "a list, range, string or record"
      case .optional(let kind): return kind.description + " or nil"
      case .choice(let options):
        return "one of " + options.map { "\"\($0)\"" }.joined(separator: ", ")
      }
    }
  }
}

/// A default value, written as it appears in the signature.
public enum DefaultValue: Sendable, Equatable {
  case null, bool(Bool), int(Int), float(Double), string(String), list, record

  public var value: Value {
    switch self {
    case .null: return .null
    case .bool(let value): return .bool(value)
    case .int(let value): return .int(value)
    case .float(let value): return .float(value)
    case .string(let value): return .string(value)
    case .list: return .list(ListObject([]))
    case .record: return .record(RecordObject(keys: [], values: []))
    }
  }

  public var source: String {
    switch self {
    case .null: return "nil"
    case .bool(let value): return String(value)
    case .int(let value): return String(value)
    case .float(let value): return FloatFormat.shortest(value)
    case .string(let value): return quoted(value)
    case .list: return "[]"
    case .record: return "{}"
    }
  }
}

/// A runnable example of a builtin: code and the printed result it must give.
public struct Example: Sendable {
  public let code: String
  public let result: String

  public init(_ code: String, _ result: String) {
    self.code = code
    self.result = result
  }
}

/// A parameter kind as flat data, so checking an argument does not walk an indirect enum.
struct KindCheck: Sendable {
  enum Base: UInt8, Sendable {
    case any, int, number, string, bool, list, record, function, sequence, choice
  }
  let base: Base
  let allowsNull: Bool
  let choices: [String]
  let bounds: ClosedRange<Int>

  init(_ kind: Parameter.Kind) {
    var kind = kind
    var allowsNull = false
    if case .optional(let inner) = kind {
      allowsNull = true
      kind = inner
    }
    var choices: [String] = []
    var bounds = Int.min...Int.max
    switch kind {
    case .any, .optional: base = .any
    case .int: base = .int
    case .bounded(let range):
      base = .int
      bounds = range
    case .number: base = .number
    case .string: base = .string
    case .bool: base = .bool
    case .list: base = .list
    case .record: base = .record
    case .function: base = .function
    case .sequence: base = .sequence
    case .choice(let options):
      base = .choice
      choices = options
    }
    self.allowsNull = allowsNull
    self.choices = choices
    self.bounds = bounds
  }

  func accepts(_ value: Value) -> Bool {
    switch (base, value) {
    case (.any, _): return true
    case (_, .null): return allowsNull
    case (.int, .int(let value)): return bounds.contains(value)
    case (.int, .bool(let value)): return bounds.contains(value ? 1 : 0)
    case (.number, .int), (.number, .float), (.number, .bool): return true
    case (.string, .string), (.bool, .bool), (.list, .list), (.record, .record): return true
    case (.function, .function), (.function, .builtin): return true
    case (.sequence, .list), (.sequence, .range), (.sequence, .string), (.sequence, .record):
      return true
    case (.sequence, .object(let object)): return object.length != nil
    case (.choice, .string(let text)): return choices.contains(text)
    default: return false
    }
  }
}
