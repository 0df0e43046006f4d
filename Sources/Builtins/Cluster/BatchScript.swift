import Foundation
import Interpreter

/// The bash script sbatch runs (and local mode runs with bash): it finds its task folder,
/// runs the awi script there with the task's params.json, and leaves stdout.log,
/// stderr.log and exit_status beside what the script recorded. The same text serves Slurm
/// (SLURM_ARRAY_TASK_ID) and local processes (AWISH_TASK_ID).
public struct BatchScript {
  public let record: SweepRecord
  /// The sweep folder (absolute).
  public let root: String
  /// Extra `awish run` arguments (the combine step's `--parts`).
  public var extraArguments: [String] = []
  /// The folder the script runs in when it is not the task's (the combine step's).
  public var runFolder: String?
  /// Job name for Slurm.
  public var jobName: String

  public init(record: SweepRecord, root: String) {
    self.record = record
    self.root = root
    jobName = record.name
  }

  /// The whole script. `array` is whether the job is an array (Slurm names logs by it).
  public func text(array: Bool) -> String {
    var lines = ["#!/bin/bash", "#SBATCH --job-name=\(jobName)"]
    let log = array ? "slurm-%A_%a.log" : "slurm-%j.log"
    lines.append("#SBATCH --output=\(root)/\(log)")
    lines += record.resources.directives.map { "#SBATCH \($0)" }
    lines.append(
      "# Written by awish \(AwishVersion.current) for '\(record.kind.rawValue)' "
        + "\(record.name): runs the script once per task folder.")
    lines.append("set -u")
    lines.append("root=\(BatchScript.quoted(root))")
    if let runFolder {
      lines.append("folder=\(BatchScript.quoted(runFolder))")
    } else if record.kind == .submit {
      lines.append("folder=\"$root\"")
    } else {
      lines.append("task=\"${SLURM_ARRAY_TASK_ID:-${AWISH_TASK_ID:-}}\"")
      lines.append("[ -n \"$task\" ] || { echo 'awish: no task id' >&2; exit 2; }")
      lines.append("folder=\"$root/$task\"")
    }
    lines += [
      "export AWISH_RUN_DIR=\"$folder\"",
      "export AWISH_SWEEP=\(BatchScript.quoted(record.name))",
      "cd \(BatchScript.quoted(record.workingFolder)) || exit 1",
      "rm -f \"$folder/exit_status\"",
      ([BatchScript.quoted(record.awish), "run", BatchScript.quoted(scriptPath)]
        + ["--params-json", "\"$folder/params.json\""]
        + extraArguments.map(BatchScript.quoted)
        + [">\"$folder/stdout.log\"", "2>\"$folder/stderr.log\""]).joined(separator: " "),
      "status=$?",
      "echo \"$status\" >\"$folder/.exit_status.tmp\" && mv \"$folder/.exit_status.tmp\" "
        + "\"$folder/exit_status\"",
      "exit \"$status\"",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The awi script this job runs: the sweep's, or the combine step's.
  public var scriptPath: String {
    combine ? (record.combineScript ?? record.script) : record.script
  }
  /// Whether this is the map's combine step.
  public var combine = false

  /// `text` in single quotes for bash.
  public static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
