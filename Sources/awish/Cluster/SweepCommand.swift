import ArgumentParser
import Builtins
import Foundation
import Interpreter
import Tensor

/// `awish sweep SCRIPT --grid k=v1,v2 …` and `awish sweep status|resume|collect SWEEP`.
struct Sweep: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sweep",
    abstract: "Run a script over a parameter grid as one Slurm job array.",
    subcommands: [Start.self, Status.self, Resume.self, Collect.self],
    defaultSubcommand: Start.self)

  struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "start",
      abstract: "Submit one array task per combination of the grid's values.",
      discussion: """
        Each task runs in runs/<sweep>/<i>/ with its params.json; `nil` in a grid is a
        missing value. --max-running limits how many run at once (--array=0-N%M).
        """)

    @Argument(help: "The awi script.")
    var script: String

    @Option(help: "A parameter and its values: key=v1,v2,nil (repeatable).")
    var grid: [String] = []

    @Option(name: .customLong("param"), help: "A parameter every task gets, as key=value.")
    var parameters: [String] = []

    @Option(help: "At most this many tasks run at once.")
    var maxRunning: Int?

    @OptionGroup var options: ClusterOptions

    func run() throws {
      let grid: Grid
      do throws(ClusterError) {
        grid = try Grid.parse(self.grid)
      } catch {
        throw clusterFailure(error)
      }
      let fixed = try Submit.parameterPairs(parameters)
      guard let count = grid.count, count <= 1_000_000 else {
        throw clusterFailure(ClusterError(AwishMessages.gridTooLarge))
      }
      let names =
        grid.axes.map(\.key) + fixed.map(\.0).filter { !grid.axes.map(\.key).contains($0) }
      let tasks = (0..<count).map { index in
        grid.combination(index) + fixed.filter { pair in !grid.axes.contains { $0.key == pair.0 } }
      }
      var request = LaunchRequest(
        kind: .sweep, script: script, tasks: tasks, checkedNames: names, parameterNames: names,
        awish: AwishBinary.path)
      options.apply(to: &request)
      request.maxRunning = maxRunning
      try ClusterLaunching.launch(request, options: options)
    }
  }

  struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "status",
      abstract: "Each task's state, elapsed time, peak memory and CPU efficiency (sacct).",
      discussion: "Ends with the --mem and --time to ask for next time.")

    @Argument(help: "The sweep's name under runs/, or its folder.")
    var sweep: String

    func run() throws {
      let inspection = try Sweep.inspect(sweep)
      print(SweepTable.text(inspection), terminator: "")
    }
  }

  struct Resume: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "resume",
      abstract: "Run again only the tasks that failed, were cancelled, timed out or are missing.",
      discussion: """
        A finished task is kept as long as its script, parameters and input data hash the
        same; everything else is resubmitted as one job array.
        """)

    @Argument(help: "The sweep's name under runs/, or its folder.")
    var sweep: String

    @Option(help: "At most this many tasks run at once.")
    var maxRunning: Int?

    @Option(help: "Without Slurm: how many tasks run at once.")
    var jobs: Int = 2

    @Flag(help: "Wait until every task has ended, then show the table.")
    var wait = false

    @Option(help: "With --wait: give up waiting after this many seconds.")
    var waitTimeout: Double?

    func run() throws {
      let inspection = try Sweep.inspect(sweep)
      let resumed: SweepResumption.Outcome
      do throws(ClusterError) {
        resumed = try SweepResumption.resume(inspection, maxRunning: maxRunning, jobs: jobs)
      } catch {
        throw clusterFailure(error)
      }
      print(resumed.message)
      guard !resumed.indices.isEmpty else { return }
      if inspection.record.mode == .slurm && wait {
        try SweepWaiting.wait(root: inspection.root, timeout: waitTimeout)
      }
      if inspection.record.mode == .local || wait { try ClusterLaunching.finish(inspection.root) }
    }
  }

  struct Collect: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "collect",
      abstract: "One CSV table of the tasks: parameters, recorded results and resources.",
      discussion: "The frame runs(SWEEP) returns in awi code.")

    @Argument(help: "The sweep's name under runs/, or its folder.")
    var sweep: String

    @Option(help: "Write the CSV to this file instead of standard output.")
    var output: String?

    func run() throws {
      let inspection = try Sweep.inspect(sweep)
      let frame: Frame
      do {
        frame = try SweepCollection.frame(inspection)
      } catch {
        throw clusterFailure(ClusterError(AwishMessages.cannotCollect(inspection.root, "\(error)")))
      }
      let text = CSVWriter.text(frame)
      guard let output else { return print(text, terminator: "") }
      do {
        try CSVWriter.writeAtomically(text, to: output)
      } catch {
        throw clusterFailure(
          ClusterError(FileFailure(error, path: output).message(output, doing: "write")))
      }
      print("wrote \(frame.rowCount) rows to \(output)")
    }
  }

  /// The sweep a name or folder names, read whole.
  static func inspect(_ reference: String) throws -> SweepInspection {
    do throws(ClusterError) {
      let root = try SweepRecord.locate(reference, from: FileManager.default.currentDirectoryPath)
      return try SweepInspection(root: root)
    } catch {
      throw clusterFailure(error)
    }
  }
}
