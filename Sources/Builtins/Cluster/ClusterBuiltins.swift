import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let cluster: [Builtin] = [
    Builtin(
      "record", area: .cluster,
      summary: "Records a run's results (accuracy=…, model=…) in its run folder's result.json.",
      parameters: [
        Parameter("results", .record, "name=value pairs to record.", keywords: true)
      ],
      returns: .nothing,
      details: "In a task of `awish submit`, `sweep` or `map` the pairs are merged into "
        + "result.json in the task's run folder (written whole or not at all; a later value "
        + "of a name replaces the earlier one), where `awish sweep collect` and runs() find "
        + "them. Numbers, strings, bools, nil, lists and records are kept as they are, "
        + "anything else (a model, a frame) as its text. In a plain run it prints the pairs.",
      examples: [Example("record(accuracy=0.93, trees=100)", "nil")]
    ) { args in
      let results = try args.record("results")
      let pairs = zip(results.keys, results.values).map { ($0, JSONValue.json($1)) }
      guard let folder = args.run.runFolder else {
        let shown = zip(results.keys, results.values).map { "\($0)=\($1.repr)" }
        args.write("record: " + shown.joined(separator: ", ") + "\n")
        return .null
      }
      do throws(ClusterError) {
        try ResultFile.record(pairs, in: folder)
      } catch {
        throw args.error(error.message, at: "results")
      }
      args.run.record(folder + "/" + TaskOutcome.resultFile, .written)
      return .null
    },
    Builtin(
      "runs", area: .cluster,
      summary: "A sweep's tasks as one frame: parameters, recorded results and resources.",
      parameters: [
        Parameter(
          "sweep", .optional(.string),
          "The sweep's name under runs/, or its folder; nil lists the sweeps.", default: .null),
        workspaceParameter,
      ],
      returns: .frame,
      details: "One row per task: task, its parameters, what it passed to record(), then "
        + "state, exit_status, elapsed_s, max_mem_mb, cpu_efficiency, job_id, partition, "
        + "requested_mem and time_limit (sacct's figures on Slurm, the awish process's own "
        + "for local runs). The same frame as `awish sweep collect`. Without a sweep: one "
        + "row per folder under runs/ (name, kind, mode, tasks, created).",
      examples: [
        Example(
          "nrow(runs(workspace=init_workspace(\"/tmp/awish-runs-example\").root))", "0")
      ]
    ) { args in
      let folder = args.isNull("workspace") ? args.folder : try args.path("workspace")
      let sweep = args.isNull("sweep") ? nil : try args.string("sweep")
      do throws(ClusterError) {
        guard let sweep else { return .frame(try SweepListing.frame(from: folder)) }
        let root = try SweepRecord.locate(sweep, from: folder)
        let inspection = try SweepInspection(root: root)
        for outcome in inspection.outcomes where !outcome.result.isEmpty {
          args.run.record(outcome.folder + "/" + TaskOutcome.resultFile, .read)
        }
        do {
          return .frame(try SweepCollection.frame(inspection))
        } catch {
          throw ClusterError(ClusterMessages.cannotMakeFrame(root, "\(error)"))
        }
      } catch {
        throw args.error(error.message, at: "sweep", help: error.help)
      }
    },
  ]
}
