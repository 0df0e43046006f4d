import ArgumentParser
import Builtins
import Foundation
import Interpreter

/// The resource and start options `awish submit`, `sweep`, `map` and `stage` share.
struct ClusterOptions: ParsableArguments {
  @Option(help: "Time limit, as Slurm reads it: 30, 2:00:00, 1-12:00:00.")
  var time: String?

  @Option(help: "Memory per task: 500M, 8G.")
  var mem: String?

  @Option(help: "CPUs per task.")
  var cpus: Int?

  @Option(help: "GPUs per task.")
  var gpus: Int?

  @Option(help: "The Slurm partition.")
  var partition: String?

  @Option(help: "The Slurm account to charge.")
  var account: String?

  @Option(help: "Start only after this job has succeeded (--dependency=afterok:JOBID).")
  var after: String?

  @Option(help: "The run's name under runs/ (default: the script's name and the time).")
  var name: String?

  @Flag(help: "Show the batch script and the sbatch options; write and submit nothing.")
  var dryRun = false

  @Flag(help: "Wait until every task has ended, then show the outcome.")
  var wait = false

  @Option(help: "With --wait: give up waiting after this many seconds.")
  var waitTimeout: Double?

  @Flag(help: "Run the tasks as local processes even where sbatch exists.")
  var local = false

  @Option(help: "Without Slurm: how many tasks run at once.")
  var jobs: Int = 2

  /// The command-line resources; awish.toml's [slurm] fills what is not given.
  var resources: Resources {
    Resources(
      time: time, memory: mem, cpus: cpus, gpus: gpus, partition: partition, account: account)
  }

  /// Copies the shared options into `request`.
  func apply(to request: inout LaunchRequest) {
    request.resources = resources
    request.after = after
    request.name = name
    request.forceLocal = local
    request.jobs = jobs
  }
}

/// The running awish binary, absolute: batch scripts run exactly this one.
enum AwishBinary {
  static var path: String {
    let link = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    if link != "/proc/self/exe", FileManager.default.isExecutableFile(atPath: link) { return link }
    let first = CommandLine.arguments.first ?? "awish"
    if first.contains("/") {
      return URL(fileURLWithPath: first).standardizedFileURL.path
    }
    return ProcessRunner.find(first) ?? first
  }
}

/// Prints a cluster error and ends with exit status 1 (2 for usage).
func clusterFailure(_ error: ClusterError) -> ExitCode {
  writeStandardError("error: \(error.message)\n" + (error.help.map { "help: \($0)\n" } ?? ""))
  return ExitCode(1)
}
