import Foundation

/// The Slurm commands awish runs: sbatch to submit, sacct and squeue to ask, scancel never
/// (the user cancels). awish writes job scripts and reads answers; Slurm schedules.
public enum SlurmClient {
  /// Whether sbatch is on this machine's PATH (else the cluster commands run locally).
  public static var isAvailable: Bool { ProcessRunner.find("sbatch") != nil }

  /// Submits `script` with extra sbatch `options`; the job id, or sbatch's refusal.
  public static func submit(_ script: String, options: [String]) throws(ClusterError) -> String {
    guard let outcome = ProcessRunner.run(["sbatch", "--parsable"] + options + [script]) else {
      throw ClusterError(ClusterMessages.cannotRunSbatch, help: ClusterMessages.cannotRunSbatchHelp)
    }
    guard outcome.status == 0, let id = SlurmAccounting.jobID(fromSbatch: outcome.output) else {
      throw ClusterError(
        ClusterMessages.sbatchRefused(SlurmAccounting.refusal(fromSbatch: outcome.errors)),
        help: ClusterMessages.sbatchRefusedHelp(options))
    }
    return id
  }

  /// What sacct and squeue say about `jobs` (job ids; arrays expand to their tasks). squeue
  /// is asked by job name when `names` are given: asked by id it fails outright once one of
  /// the ids has aged out of its memory (MinJobAge). Empty when neither answers.
  public static func accounting(of jobs: [String], names: [String] = []) -> [String: TaskAccounting]
  {
    guard !jobs.isEmpty else { return [:] }
    let list = jobs.joined(separator: ",")
    var sacct: [String: TaskAccounting] = [:]
    if let outcome = ProcessRunner.run([
      "sacct", "-j", list, "--parsable2", "--noheader", "-o", SlurmAccounting.sacctFields,
    ]), outcome.status == 0 {
      sacct = SlurmAccounting.parseSacct(outcome.output)
    }
    var squeue: [String: TaskAccounting] = [:]
    let selection = names.isEmpty ? ["-j", list] : ["-n", names.joined(separator: ",")]
    if let outcome = ProcessRunner.run(
      ["squeue", "-h", "-r", "-t", "all"] + selection + ["-o", SlurmAccounting.squeueFormat]),
      outcome.status == 0
    {
      squeue = SlurmAccounting.parseSqueue(outcome.output)
    }
    return SlurmAccounting.merged(sacct: sacct, squeue: squeue)
  }
}
