import Foundation
import Interpreter
import Tensor

extension SweepLauncher {
  /// Writes the folder (sweep.json, job.sh, each task's params.json) and starts the tasks.
  /// When sbatch refuses, the folder is removed again and its message is the error.
  public static func start(_ plan: Plan, progress: (String) -> Void = { _ in }) throws(ClusterError)
    -> Launch
  {
    var record = plan.record
    try write(plan)
    let jobScript = plan.root + "/" + jobFile
    guard record.mode == .slurm else {
      let executor = LocalExecutor(jobs: plan.request.jobs)
      let outcome = executor.run(
        jobScript, indices: Array(record.tasks.indices), logFolder: plan.root)
      if outcome.wasInterrupted { throw interrupted(record) }
      let statuses = outcome.statuses
      let combine = try runLocalCombine(plan, statuses: statuses)
      return Launch(
        root: plan.root, record: record, localStatuses: statuses, combineStatus: combine)
    }
    let job: String
    do throws(ClusterError) {
      job = try SlurmClient.submit(jobScript, options: plan.sbatchOptions)
    } catch {
      try? FileManager.default.removeItem(atPath: plan.root)
      throw error
    }
    record.jobs.append(job)
    for index in record.tasks.indices {
      record.tasks[index].jobID = record.kind == .submit ? job : "\(job)_\(index)"
    }
    if record.combineScript != nil {
      record.combineJob = try submitCombine(plan, after: job)
      record.jobs.append(record.combineJob ?? "")
    }
    try record.save(in: plan.root)
    return Launch(root: plan.root, record: record, localStatuses: [:], combineStatus: nil)
  }

  /// Ctrl-C during local tasks: what ran is kept, the rest waits for resume.
  static func interrupted(_ record: SweepRecord) -> ClusterError {
    ClusterError(
      ClusterMessages.interrupted(record.name), help: ClusterMessages.interruptedHelp(record.name))
  }

  /// The batch script's file name in a sweep folder; the combine step's is combine.sh.
  public static let jobFile = "job.sh"
  public static let combineFile = "combine.sh"
  /// The combine step's run folder inside the sweep folder.
  public static let combineFolder = "combine"

  static func write(_ plan: Plan) throws(ClusterError) {
    let record = plan.record
    do {
      try FileManager.default.createDirectory(atPath: plan.root, withIntermediateDirectories: true)
      for (index, task) in record.tasks.enumerated() {
        let folder = record.taskFolder(index, in: plan.root)
        if folder != plan.root {
          try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: false)
        }
        try PlainFile.write(
          JSON.object(task.parameters).text(), to: folder + "/" + TaskOutcome.parametersFile)
      }
      try writeScript(plan.batch.text(array: record.kind != .submit), to: plan.root + "/" + jobFile)
      if record.combineScript != nil {
        try FileManager.default.createDirectory(
          atPath: plan.root + "/" + combineFolder, withIntermediateDirectories: false)
        try PlainFile.write(
          "{}\n", to: plan.root + "/" + combineFolder + "/" + TaskOutcome.parametersFile)
        try writeScript(combineBatch(plan).text(array: false), to: plan.root + "/" + combineFile)
      }
    } catch let error as ClusterError {
      throw error
    } catch {
      throw ClusterError(
        FileFailure(error, path: plan.root).message(plan.root, doing: "write the run folder"))
    }
    try record.save(in: plan.root)
  }

  static func writeScript(_ text: String, to path: String) throws {
    try PlainFile.write(text, to: path, mode: 0o755)
  }

  /// The combine step's batch script: one job in runs/<name>/combine/ with `params.parts`.
  static func combineBatch(_ plan: Plan) -> BatchScript {
    var batch = BatchScript(record: plan.record, root: plan.root)
    batch.combine = true
    batch.runFolder = plan.root + "/" + combineFolder
    batch.jobName = plan.record.name + "-combine"
    if let parts = plan.request.partsFolder { batch.extraArguments = ["--parts", parts] }
    return batch
  }

  static func submitCombine(_ plan: Plan, after job: String) throws(ClusterError) -> String {
    try SlurmClient.submit(
      plan.root + "/" + combineFile, options: ["--dependency=afterok:\(job)"])
  }

  /// Locally, the combine step runs once every task has succeeded.
  static func runLocalCombine(_ plan: Plan, statuses: [Int: Int32]) throws(ClusterError) -> Int32? {
    guard plan.record.combineScript != nil, statuses.values.allSatisfy({ $0 == 0 }) else {
      return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [plan.root + "/" + combineFile]
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
      throw ClusterError(
        ClusterMessages.cannotStartCombine(
          FileFailure(error, path: "/bin/bash").message("/bin/bash", doing: "run")))
    }
    process.waitUntilExit()
    return process.terminationStatus
  }
}
