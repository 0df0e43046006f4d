import ArgumentParser
import Builtins
import Foundation
import Interpreter

/// `--wait`: polls the sweep's folder, squeue and sacct (never `sbatch --wait`, which polls
/// slowly) until no task is pending or running and each has left its exit status or a
/// final Slurm state.
enum SweepWaiting {
  static func wait(root: String, timeout: Double? = nil, interval: Double = 0.5) throws {
    let deadline = Date().addingTimeInterval(timeout ?? .infinity)
    while true {
      let inspection: SweepInspection
      do throws(ClusterError) {
        inspection = try SweepInspection(root: root)
      } catch {
        throw clusterFailure(error)
      }
      let open = inspection.outcomes.filter { outcome in
        outcome.accounting?.isActive == true
          || (outcome.exitStatus == nil && outcome.accounting == nil && outcome.task.jobID != nil)
      }
      if open.isEmpty && combineEnded(inspection) { return }
      if Date() > deadline {
        throw clusterFailure(
          ClusterError(
            AwishMessages.stillRunning(
              open.count, inspection.record.name, seconds: Int(timeout ?? 0)),
            help: AwishMessages.stillRunningHelp(inspection.record.name)))
      }
      Thread.sleep(forTimeInterval: interval)
    }
  }

  /// Whether a map's combine job (if any) has left squeue's active states.
  static func combineEnded(_ inspection: SweepInspection) -> Bool {
    guard let job = inspection.record.combineJob else { return true }
    let accounting = SlurmClient.accounting(of: [job])[job]
    if let accounting { return !accounting.isActive }
    let folder = inspection.root + "/" + SweepLauncher.combineFolder
    return FileManager.default.fileExists(atPath: folder + "/" + TaskOutcome.exitStatusFile)
  }
}
