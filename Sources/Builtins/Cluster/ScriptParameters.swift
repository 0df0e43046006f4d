import Foundation
import Lang

/// The parameter names a script reads (`params.name`, `"name" in params`,
/// `params["name"]`), so that `--param` and `--grid` names it never reads are refused before
/// anything is submitted.
public enum ScriptParameters {
  /// The names `source` reads from `params`.
  public static func names(in source: String) -> Set<String> {
    var names = Set<String>()
    for match in source.matches(of: /params\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/) {
      names.insert(String(match.1))
    }
    for match in source.matches(of: /"([A-Za-z_][A-Za-z0-9_]*)"\s+in\s+params\b/) {
      names.insert(String(match.1))
    }
    for match in source.matches(of: /params\s*\[\s*"([^"]+)"\s*\]/) {
      names.insert(String(match.1))
    }
    return names
  }

  /// Refuses a name in `given` that the script at `path` (text `source`) never reads.
  public static func check(_ given: [String], source: String, script path: String)
    throws(ClusterError)
  {
    let known = names(in: source)
    for name in given where !known.contains(name) {
      let script = URL(fileURLWithPath: path).lastPathComponent
      throw ClusterError(
        ClusterMessages.unknownParameter(name, script: script),
        help: ClusterMessages.unknownParameterHelp(
          script, reads: known.sorted(), closest: Suggest.closest(to: name, in: known)))
    }
  }
}
