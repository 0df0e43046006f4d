import Lang

/// A builtin function, declared once. Argument binding, `help`, completion and
/// docs/builtins.md are all derived from this declaration.
public final class Builtin: Sendable {
  public let name: String
  public let area: Area
  public let summary: String
  public let parameters: [Parameter]
  public let returns: Parameter.Kind
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
  public let grouped: (any GroupedShortcut)?

  public init(
    _ name: String, area: Area, summary: String, parameters: [Parameter] = [],
    returns: Parameter.Kind, details: String = "", examples: [Example] = [],
    fastPath: FastPath? = nil, grouped: (any GroupedShortcut)? = nil,
    body: @escaping @Sendable (inout Arguments) throws -> Value
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
    return "\(name)(\(list.joined(separator: ", "))) -> \(returns.noun)"
  }
}

/// A group of builtins under a title, as help() and docs/builtins.md list them; the library
/// declares the areas (Builtins.areas), each with the id its builtins' errors get by default.
public struct Area: Sendable, Hashable {
  public let id: String
  public let title: String
  /// The id of an error a builtin of this area raises without an id of its own.
  public let errorCode: ErrorCode

  public init(_ id: String, title: String, errorCode: ErrorCode) {
    self.id = id
    self.title = title
    self.errorCode = errorCode
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
