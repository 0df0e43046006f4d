import Foundation
import Interpreter
import Tensor

/// `awish sweep resume`: the tasks that failed, were cancelled, timed out, are missing or
/// are outdated (their script, parameters or data changed) run again, as one job array (or
/// local processes); finished tasks whose hash still matches are never run twice.
public enum SweepResumption {
  public struct Outcome {
    public let indices: [Int]
    public let message: String
  }

  public static func resume(_ inspection: SweepInspection, maxRunning: Int?, jobs: Int)
    throws(ClusterError) -> Outcome
  {
    var record = inspection.record
    let root = inspection.root
    let indices = inspection.outcomes.filter(\.needsRun).map(\.index)
    if indices.isEmpty, let state = inspection.combineState,
      !["COMPLETED", "PENDING", "RUNNING"].contains(where: { state.hasPrefix($0) })
    {
      return try rerunCombine(&record, root: root)
    }
    guard !indices.isEmpty else {
      let active = inspection.outcomes.filter { !$0.needsRun && $0.state != "COMPLETED" }.count
      return Outcome(
        indices: [],
        message: ClusterMessages.nothingToResume(record.name, active: active))
    }
    let hashes = SweepInspection.currentHashes(of: record)
    for index in indices {
      clear(record.taskFolder(index, in: root))
      if let hash = hashes?[index] { record.tasks[index].hash = hash }
    }
    return record.mode == .slurm
      ? try resubmit(&record, indices, root: root, maxRunning: maxRunning)
      : try rerunLocally(record, indices, root: root, jobs: jobs)
  }

  static func rerunLocally(_ record: SweepRecord, _ indices: [Int], root: String, jobs: Int)
    throws(ClusterError) -> Outcome
  {
    try record.save(in: root)
    let outcome = LocalExecutor(jobs: jobs).run(
      root + "/" + SweepLauncher.jobFile, indices: indices, logFolder: root)
    if outcome.wasInterrupted { throw SweepLauncher.interrupted(record) }
    let statuses = outcome.statuses
    let failed = statuses.values.filter { $0 != 0 }.count
    return Outcome(
      indices: indices,
      message: ClusterMessages.reranLocally(
        tasks(indices.count), record.name, ArraySpec.text(indices),
        succeeded: indices.count - failed, failed: failed))
  }

  /// One job array of `indices` (and a map's combine step after it).
  static func resubmit(
    _ record: inout SweepRecord, _ indices: [Int], root: String, maxRunning: Int?
  ) throws(ClusterError) -> Outcome {
    var options: [String] = []
    if record.kind != .submit {
      options.append("--array=" + ArraySpec.text(indices, maxRunning: maxRunning))
    }
    let job = try SlurmClient.submit(root + "/" + SweepLauncher.jobFile, options: options)
    record.jobs.append(job)
    for index in indices {
      record.tasks[index].jobID = record.kind == .submit ? job : "\(job)_\(index)"
    }
    var message =
      "resubmitted \(tasks(indices.count)) of \(record.name) (\(ArraySpec.text(indices))) as "
      + "job \(job)"
    if record.combineScript != nil {
      let combine = try SlurmClient.submit(
        root + "/" + SweepLauncher.combineFile, options: ["--dependency=afterok:\(job)"])
      record.combineJob = combine
      record.jobs.append(combine)
      message += "; combine step job \(combine)"
    }
    try record.save(in: root)
    return Outcome(indices: indices, message: message)
  }

  /// A map whose tasks all completed but whose combine step did not: the combine step alone.
  static func rerunCombine(_ record: inout SweepRecord, root: String) throws(ClusterError)
    -> Outcome
  {
    clear(root + "/" + SweepLauncher.combineFolder)
    let script = root + "/" + SweepLauncher.combineFile
    guard record.mode == .slurm else {
      let statuses = LocalExecutor(jobs: 1).run(script, indices: [0], logFolder: root).statuses
      return Outcome(
        indices: [],
        message: ClusterMessages.reranCombine(record.name, status: statuses[0]))
    }
    let job = try SlurmClient.submit(script, options: [])
    record.combineJob = job
    record.jobs.append(job)
    try record.save(in: root)
    return Outcome(
      indices: [], message: ClusterMessages.resubmittedCombine(record.name, job: job))
  }

  static func tasks(_ count: Int) -> String { "\(count) task\(count == 1 ? "" : "s")" }

  /// Removes what an earlier attempt of a task left, keeping its params.json.
  static func clear(_ folder: String) {
    for name in [
      TaskOutcome.exitStatusFile, TaskOutcome.resultFile, TaskOutcome.factsFile, "stdout.log",
      "stderr.log",
    ] {
      try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
  }
}
