import Builtins
import Foundation
import Interpreter
import Tensor

/// The parameters of a task run by a batch script: params.json (what `--param` would give,
/// plus nil and lists such as `files`), and for a map's combine step `parts`, the part
/// files the tasks wrote.
enum TaskParameters {
  /// `params` as values in file order, and as text for the run's provenance.
  static func load(_ path: String, parts: String?) throws(ClusterError) -> (
    values: [(String, Value)], texts: [String: String]
  ) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ClusterError(AwishMessages.cannotReadParameters(path))
    }
    guard case .object(var pairs)? = try? JSON.parse(data) else {
      throw ClusterError(AwishMessages.parametersNotAnObject(path))
    }
    if let parts {
      pairs.removeAll { $0.0 == "parts" }
      pairs.append(("parts", .array(partFiles(in: parts).map { .string($0) })))
    }
    let values = pairs.map { ($0.0, JSONValue.value($0.1)) }
    var texts: [String: String] = [:]
    for (key, value) in pairs {
      texts[key] = value.string ?? value.text(pretty: false)
    }
    return (values, texts)
  }

  /// The files named part-* in `folder`, sorted, as absolute paths.
  static func partFiles(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasPrefix("part-") && !$0.hasPrefix("part-.") }.sorted().map {
      folder + "/" + $0
    }
  }
}
