import Builtins
import Foundation
import Interpreter

extension ScriptRunner {
  /// In a Slurm job, a script whose fetch calls name data raw/ does not hold fails before
  /// it runs, naming `awish stage`; true when the script may run.
  func checkStaged(_ path: String, source: String) -> Bool {
    guard let job = ComputeNode.job, path != "-", source.contains("fetch") else { return true }
    let script = URL(fileURLWithPath: path).standardizedFileURL.path
    let missing = FetchStaging.unstaged(script: script, source: source)
    guard !missing.isEmpty else { return true }
    let refusal = ComputeNode.unstaged(missing, job: job, script: script)
    writeStandardError(
      "error: \(refusal.message)\n" + (refusal.help.map { "help: \($0)\n" } ?? ""))
    return false
  }
}
