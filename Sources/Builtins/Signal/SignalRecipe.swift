import Interpreter
import Tensor

/// The call that turned a signal into a spectrum or features, as data: {function,
/// arguments}. frame_features passes it on in its frame's metadata, fit keeps it in the
/// model, and predict repeats it when given a new recording.
enum SignalRecipe {
  /// The named arguments of the running call (all but the signal itself), or nil when one
  /// cannot be written down (a window given as a tensor, say).
  static func record(_ args: Arguments, function: String) -> JSON? {
    guard let builtin = args.allBuiltins.first(where: { $0.name == function }) else { return nil }
    var pairs: [(String, JSON)] = []
    for parameter in builtin.parameters.dropFirst() {
      let value = args.value(parameter.name)
      if case .null = value { continue }
      guard let json = json(value) else { return nil }
      pairs.append((parameter.name, json))
    }
    return .object([("function", .string(function)), ("arguments", .object(pairs))])
  }

  static func json(_ value: Value) -> JSON? {
    switch value {
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .float(let number): return .number(number)
    case .string(let text): return .string(text)
    case .list(let list):
      let items = list.items.compactMap(json)
      return items.count == list.items.count ? .array(items) : nil
    default: return nil
    }
  }

  /// Calls `function` on `input` with the recorded arguments.
  static func replay(_ recipe: JSON, on input: Value, _ args: Arguments) throws -> Value {
    guard let function = recipe["function"]?.string,
      let builtin = args.allBuiltins.first(where: { $0.name == function }),
      case .object(let pairs)? = recipe["arguments"]
    else { throw args.error(SignalMessages.damagedRecipe) }
    return try args.call(
      .builtin(builtin), [input], named: pairs.map { ($0.0, JSONValue.value($0.1)) })
  }
}
