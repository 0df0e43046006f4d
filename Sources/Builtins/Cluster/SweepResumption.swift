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
    guard !indices.isEmpty else {
      let active = inspection.outcomes.filter { !$0.needsRun && $0.state != "COMPLETED" }.count
      return Outcome(
        indices: [],
        message: "nothing to resume in \(record.name): "
          + (active > 0 ? "\(active) tasks are still pending or running" : "every task completed"))
    }
    let hashes = SweepInspection.currentHashes(of: record)
    for index in indices {
      clear(record.taskFolder(index, in: root))
      if let hash = hashes?[index] { record.tasks[index].hash = hash }
    }
    let listed = ArraySpec.text(indices)
    let jobScript = root + "/" + SweepLauncher.jobFile
    guard record.mode == .slurm else {
      try record.save(in: root)
      let statuses = LocalExecutor(jobs: jobs).run(jobScript, indices: indices, logFolder: root)
      let failed = statuses.values.filter { $0 != 0 }.count
      return Outcome(
        indices: indices,
        message: "reran \(indices.count) task\(indices.count == 1 ? "" : "s") of \(record.name) "
          + "locally (\(listed)): \(indices.count - failed) succeeded"
          + (failed > 0 ? ", \(failed) failed" : ""))
    }
    var options: [String] = []
    if record.kind != .submit {
      options.append("--array=" + ArraySpec.text(indices, maxRunning: maxRunning))
    }
    let job = try SlurmClient.submit(jobScript, options: options)
    record.jobs.append(job)
    for index in indices {
      record.tasks[index].jobID = record.kind == .submit ? job : "\(job)_\(index)"
    }
    var message =
      "resubmitted \(indices.count) task\(indices.count == 1 ? "" : "s") of \(record.name) "
      + "(\(listed)) as job \(job)"
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
