import Interpreter
import Tensor

/// awi values as JSON and back, the two directions side by side: null, bools, ints, floats
/// and strings as themselves, lists as arrays, records as objects (keys in order). Used for a
/// run's result.json and params.json and a model's metadata.
public enum JSONValue {
  /// Nesting deeper than this is cut (a list that holds itself, a hostile file).
  static let maxDepth = 50

  /// A value as JSON; anything JSON has no form for (a model, a frame) as its text.
  static func json(_ value: Value, depth: Int = 0) -> JSON {
    guard depth < maxDepth else { return .string(value.text) }
    switch value {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .float(let number): return .number(number)
    case .string(let text): return .string(text)
    case .list(let list): return .array(list.items.map { json($0, depth: depth + 1) })
    case .record(let record):
      return .object(zip(record.keys, record.values).map { ($0, json($1, depth: depth + 1)) })
    default: return .string(value.text)
    }
  }

  /// A JSON value as an awi value (params.json → `params`); nil below `maxDepth`.
  public static func value(_ json: JSON, depth: Int = 0) -> Value {
    guard depth < maxDepth else { return .null }
    switch json {
    case .null: return .null
    case .bool(let flag): return .bool(flag)
    case .int(let number): return .int(number)
    case .number(let number): return .float(number)
    case .string(let text): return .string(text)
    case .array(let items): return .list(ListObject(items.map { value($0, depth: depth + 1) }))
    case .object(let pairs):
      return .record(RecordObject(pairs.map { ($0.0, value($0.1, depth: depth + 1)) }))
    }
  }
}
