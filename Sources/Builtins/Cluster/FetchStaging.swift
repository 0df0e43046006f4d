import Foundation
import Interpreter

/// `awish stage`: runs a script's literal fetch calls on the login node, so raw/ holds their
/// data before the job starts; and the check a job makes at its start, so a script whose
/// data is not staged fails at once instead of at its first fetch.
public enum FetchStaging {
  /// One call's outcome: nil when it worked, else the error text.
  public struct Staged {
    public let call: FetchCalls.Call
    public let problem: String?
  }

  /// Runs each literal fetch call of the script at `path` (its relative paths and workspace
  /// as the script sees them).
  public static func stage(script path: String, source: String) -> [Staged] {
    let session = Session(builtins: Builtins.all, output: { _ in })
    return FetchCalls.find(in: source, name: path).filter(\.isLiteral).map { call in
      Staged(call: call, problem: problem(session.run(call.text, name: path)))
    }
  }

  /// The URIs of the literal fetch calls whose data raw/ does not hold.
  public static func unstaged(script path: String, source: String) -> [String] {
    let builtins = Builtins.all.map { $0.name == "fetch" ? stagedCheck($0) : $0 }
    let session = Session(builtins: builtins, output: { _ in })
    var missing: [String] = []
    for call in FetchCalls.find(in: source, name: path) where call.isLiteral {
      if case .success(let value) = session.run(call.text, name: path, keepLastValue: true),
        case .string(let uri)? = value
      {
        missing.append(uri)
      }
    }
    return missing
  }

  /// fetch with the same parameters, which reads nothing: it gives the URI when raw/ lacks
  /// its data and nil when it is there.
  static func stagedCheck(_ fetch: Builtin) -> Builtin {
    Builtin(
      fetch.name, area: fetch.area, summary: fetch.summary, parameters: fetch.parameters,
      returns: .optional(.string)
    ) { args in
      let (workspace, _, request) = try Builtins.fetchRequest(args)
      if case .local = request.source { return .null }
      if case .hsm = request.source { return .null }
      let manifest = Manifest(workspace: workspace)
      if let entry = manifest.entry(for: request.uri),
        FileManager.default.fileExists(atPath: workspace.path(entry.path))
      {
        return .null
      }
      return .string(request.uri)
    }
  }

  static func problem(_ outcome: Session.Outcome) -> String? {
    switch outcome {
    case .success: return nil
    case .rejected(let diagnostics): return diagnostics.map(\.message).joined(separator: "; ")
    case .failed(let error): return error.message
    }
  }
}
