import Foundation
import Interpreter
import Tensor

/// result.json of a run folder: what a script handed to record(), merged over earlier
/// calls (a later value of a name replaces the earlier one) and written atomically.
public enum ResultFile {
  /// Adds `pairs` to `folder`/result.json.
  static func record(_ pairs: [(String, JSON)], in folder: String) throws(ClusterError) {
    let path = folder + "/" + TaskOutcome.resultFile
    var merged: [(String, JSON)] = []
    if let data = FileManager.default.contents(atPath: path),
      case .object(let earlier)? = try? JSON.parse(data)
    {
      merged = earlier
    }
    for (key, value) in pairs {
      if let index = merged.firstIndex(where: { $0.0 == key }) {
        merged[index].1 = value
      } else {
        merged.append((key, value))
      }
    }
    do {
      try AtomicFile.write(Data(JSON.object(merged).text().utf8), to: path)
    } catch {
      throw ClusterError(FileFailure(error, path: path).message(path, doing: "write"))
    }
  }

  /// A value as JSON: scalars, lists and records as themselves, anything else (a model, a
  /// frame) as its text.
  static func json(_ value: Value, depth: Int = 0) -> JSON {
    guard depth < 50 else { return .string(value.text) }
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

  /// A JSON value as an awi value (params.json → `params`).
  public static func value(_ json: JSON, depth: Int = 0) -> Value {
    guard depth < 50 else { return .null }
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
