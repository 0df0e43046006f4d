import Foundation
import Interpreter
import Tensor

/// A sweep folder read whole: its record and every task's outcome, with Slurm's accounting
/// from one sacct and one squeue call for all its jobs.
public struct SweepInspection {
  public let root: String
  public let record: SweepRecord
  public let outcomes: [TaskOutcome]
  /// A map's combine step: COMPLETED, FAILED (with its exit status), Slurm's state, or
  /// WAITING before it has run; nil without one.
  public let combineState: String?

  /// Reads the sweep at `root`. `askSlurm` is false in local mode and where Slurm is absent.
  public init(root: String, askSlurm: Bool? = nil) throws(ClusterError) {
    self.root = root
    let record = try SweepRecord.load(from: root)
    self.record = record
    let ask = askSlurm ?? (record.mode == .slurm && SlurmClient.isAvailable)
    let accounting =
      ask
      ? SlurmClient.accounting(of: record.jobs, names: [record.name, record.name + "-combine"])
      : [:]
    let hashes = SweepInspection.currentHashes(of: record)
    outcomes = record.tasks.indices.map { index in
      TaskOutcome(
        index: index, record: record, root: root,
        accounting: record.tasks[index].jobID.flatMap { accounting[$0] },
        currentHash: hashes?[index])
    }
    combineState = SweepInspection.combineState(of: record, root: root, accounting: accounting)
  }

  static func combineState(
    of record: SweepRecord, root: String, accounting: [String: TaskAccounting]
  ) -> String? {
    guard record.combineScript != nil else { return nil }
    let file = root + "/" + SweepLauncher.combineFolder + "/" + TaskOutcome.exitStatusFile
    if let text = TaskOutcome.contents(file),
      let status = Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    {
      return status == 0 ? "COMPLETED" : "FAILED (exit status \(status))"
    }
    let job = record.combineJob.flatMap { accounting[$0] }
    return job.map { $0.state + ($0.state == "PENDING" ? " (after the tasks)" : "") } ?? "WAITING"
  }

  /// Each task's hash as its script, parameters and data are now; nil when the script is
  /// gone (then the recorded hashes stand).
  static func currentHashes(of record: SweepRecord) -> [String]? {
    // The workspace the script belongs to, as when the sweep was planned.
    let workspace = Workspace.rootFolder(
      above: URL(fileURLWithPath: record.script).deletingLastPathComponent().path)
    guard let hasher = try? TaskHash.reading(script: record.script, workspaceRoot: workspace)
    else { return nil }
    return record.tasks.map { hasher.key(for: $0.parameters) }
  }

  /// How many tasks are in each state, in a fixed order.
  public var counts: [(state: String, count: Int)] {
    var counts: [String: Int] = [:]
    for outcome in outcomes { counts[outcome.state, default: 0] += 1 }
    return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// `--mem` and `--time` for the next run: the largest use seen with room to spare (memory
  /// +20 %, time +50 %, at least a minute); nil before any task has finished.
  public var suggestion: (memory: String?, time: String?)? {
    let finished = outcomes.filter { $0.state == "COMPLETED" }
    let memory = finished.compactMap(\.maxMemoryMegabytes).max()
    let time = finished.compactMap(\.elapsedSeconds).max()
    if memory == nil && time == nil { return nil }
    return (
      memory.map { SlurmMemory.text(megabytes: max($0 * 1.2, 100)) },
      time.map { SlurmTime.text(minutesCovering: $0 * 1.5) }
    )
  }
}
