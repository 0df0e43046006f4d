import Foundation
import Tensor

/// Where one task of a sweep stands: what its folder holds (exit status, recorded results,
/// the facts of its run) and what Slurm says about its job.
public struct TaskOutcome: Sendable {
  public let index: Int
  public let folder: String
  public let task: SweepRecord.Task
  public let exitStatus: Int?
  /// result.json: what the script handed to record().
  public let result: [(String, JSON)]
  /// run.json: wall time, peak memory and CPU time as the awish process measured them.
  public let facts: JSON?
  public let accounting: TaskAccounting?
  /// Whether the task's hash still matches its script, parameters and input data.
  public let isCurrent: Bool

  /// The task's folder files.
  public static let exitStatusFile = "exit_status"
  public static let resultFile = "result.json"
  public static let factsFile = "run.json"
  public static let parametersFile = "params.json"

  /// Reads the folder of task `index`.
  public init(
    index: Int, record: SweepRecord, root: String, accounting: TaskAccounting?,
    currentHash: String?
  ) {
    self.index = index
    folder = record.taskFolder(index, in: root)
    task = record.tasks[index]
    exitStatus = TaskOutcome.contents(folder + "/" + TaskOutcome.exitStatusFile).flatMap {
      Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    var result: [(String, JSON)] = []
    if let text = TaskOutcome.contents(folder + "/" + TaskOutcome.resultFile),
      case .object(let pairs)? = try? JSON.parse(text)
    {
      result = pairs
    }
    self.result = result
    facts = TaskOutcome.contents(folder + "/" + TaskOutcome.factsFile).flatMap {
      try? JSON.parse($0)
    }
    self.accounting = accounting
    isCurrent = currentHash.map { $0 == record.tasks[index].hash } ?? true
  }

  static func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// COMPLETED, FAILED, PENDING, RUNNING, CANCELLED, TIMEOUT, OUT_OF_MEMORY, MISSING (never
  /// ran, or left no trace), or OUTDATED (finished, but its script, parameters or data
  /// changed since).
  public var state: String {
    if let accounting, accounting.isActive { return accounting.state }
    if let exitStatus {
      if exitStatus != 0 { return "FAILED" }
      return isCurrent ? "COMPLETED" : "OUTDATED"
    }
    if let accounting, accounting.state != "COMPLETED" { return accounting.state }
    return "MISSING"
  }

  /// Whether `sweep resume` runs it again.
  public var needsRun: Bool { !["COMPLETED", "PENDING", "RUNNING"].contains(state) }

  /// Seconds it ran: sacct's elapsed time, else the awish process's own.
  public var elapsedSeconds: Double? {
    accounting?.elapsedSeconds ?? facts?["wall_seconds"]?.double
  }

  /// Peak memory in MB: sacct's MaxRSS, else the awish process's own peak.
  public var maxMemoryMegabytes: Double? {
    accounting?.maxRSSMegabytes
      ?? facts?["peak_memory_bytes"]?.double.map { $0 / 1_048_576 }
  }

  /// CPU seconds over elapsed seconds times CPUs: sacct's, else the process's own.
  public var cpuEfficiency: Double? {
    if let efficiency = accounting?.cpuEfficiency { return efficiency }
    guard let cpu = facts?["cpu_seconds"]?.double, let wall = facts?["wall_seconds"]?.double,
      wall > 0
    else { return nil }
    return cpu / wall
  }
}
