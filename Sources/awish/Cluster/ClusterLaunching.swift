import ArgumentParser
import Builtins
import Foundation
import Interpreter
import Tensor

/// What the three launching commands do once they have a request: plan it, show it for
/// `--dry-run`, start it, say what happened, and wait when asked.
enum ClusterLaunching {
  static func launch(_ request: LaunchRequest, options: ClusterOptions) throws {
    let plan: SweepLauncher.Plan
    do throws(ClusterError) {
      plan = try SweepLauncher.plan(request)
    } catch {
      throw clusterFailure(error)
    }
    if options.dryRun {
      print(dryRun(plan), terminator: "")
      return
    }
    let launch: SweepLauncher.Launch
    do throws(ClusterError) {
      launch = try SweepLauncher.start(plan)
    } catch {
      throw clusterFailure(error)
    }
    print(summary(launch))
    if launch.record.mode == .slurm && options.wait {
      try SweepWaiting.wait(root: launch.root, timeout: options.waitTimeout)
    }
    if launch.record.mode == .local || options.wait {
      try finish(launch.root)
    }
  }

  /// The batch script, the folder and the sbatch command, as --dry-run shows them.
  static func dryRun(_ plan: SweepLauncher.Plan) -> String {
    let record = plan.record
    var text = "# run folder: \(plan.root)\n"
    text += "# tasks: \(record.tasks.count), mode: \(record.mode.rawValue)\n"
    if record.mode == .slurm {
      let options = plan.sbatchOptions.joined(separator: " ")
      text += "# sbatch --parsable \(options.isEmpty ? "" : options + " ")"
      text += "\(plan.root)/\(SweepLauncher.jobFile)\n"
    }
    for (index, task) in record.tasks.prefix(3).enumerated() {
      text += "# task \(index) params: \(JSON.object(task.parameters).text(pretty: false))\n"
    }
    if record.tasks.count > 3 { text += "# … \(record.tasks.count - 3) more tasks\n" }
    return text + plan.batch.text(array: record.kind != .submit)
  }

  static func summary(_ launch: SweepLauncher.Launch) -> String {
    let record = launch.record
    let count = "\(record.tasks.count) task\(record.tasks.count == 1 ? "" : "s")"
    if record.mode == .local {
      let failed = launch.localStatuses.values.filter { $0 != 0 }.count
      var text = "ran \(count) locally (no sbatch here): \(record.tasks.count - failed) succeeded"
      text += failed > 0 ? ", \(failed) failed" : ""
      if let combine = launch.combineStatus { text += "; combine step exit status \(combine)" }
      return text + "\nrun folder: \(launch.root)"
    }
    var text = "submitted job \(record.jobs.first ?? "?") (\(count)) as \(record.name)"
    if let combine = record.combineJob { text += "; combine step job \(combine)" }
    return text + "\nrun folder: \(launch.root)\nstatus: awish sweep status \(record.name)"
  }

  /// After the tasks have ended: a single run's exit status and results, a sweep's table.
  static func finish(_ root: String) throws {
    let inspection: SweepInspection
    do throws(ClusterError) {
      inspection = try SweepInspection(root: root)
    } catch {
      throw clusterFailure(error)
    }
    if inspection.record.kind == .submit, let outcome = inspection.outcomes.first {
      print("state: \(outcome.state), exit status \(outcome.exitStatus.map(String.init) ?? "-")")
      if !outcome.result.isEmpty {
        print("result: " + JSON.object(outcome.result).text(pretty: false))
      }
    } else {
      print(SweepTable.text(inspection), terminator: "")
    }
    if inspection.outcomes.contains(where: { $0.state != "COMPLETED" })
      || (inspection.combineState.map { $0 != "COMPLETED" } ?? false)
    {
      throw ExitCode(1)
    }
  }
}
