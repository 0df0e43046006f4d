import ArgumentParser
import Builtins
import Foundation
import Interpreter
import Tensor

/// `awish map SCRIPT --over GLOB --per-task N [--then COMBINE.awi]`.
struct Map: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Run a script over chunks of files as one job array, then an optional combine step.",
    discussion: """
      Task i sees params.files (its chunk of the files), params.chunk (i) and params.part
      (data/<name>/part-NNNN: the prefix its output file takes, e.g. params.part + ".csv").
      The combine script (--then) runs once every task has succeeded
      (--dependency=afterok) and sees params.parts, the part files in order.
      """)

  @Argument(help: "The awi script each task runs.")
  var script: String

  @Option(help: "The input files, as a glob (quote it): 'raw/hydrophone/*.wav'.")
  var over: String

  @Option(help: "How many files each task gets.")
  var perTask: Int = 1

  @Option(help: "A script that combines the parts once every task has succeeded.")
  var then: String?

  @Option(help: "At most this many tasks run at once.")
  var maxRunning: Int?

  @OptionGroup var options: ClusterOptions

  func run() throws {
    let folder = FileManager.default.currentDirectoryPath
    var request = LaunchRequest(
      kind: .map, script: script, tasks: [], checkedNames: ["files"],
      parameterNames: ["chunk", "files", "part"], awish: AwishBinary.path)
    options.apply(to: &request)
    let name = options.name ?? request.scriptStem
    request.name = name
    let parts = request.base + "/data/" + name
    do throws(ClusterError) {
      guard LaunchRequest.isValidName(name) else {
        throw ClusterError(AwishMessages.badRunName(name))
      }
      let files = try MapPlan.files(matching: over, from: folder)
      request.tasks = try MapPlan.tasks(files: files, perTask: perTask, partsFolder: parts)
      if let then {
        guard FileManager.default.isReadableFile(atPath: then) else {
          throw ClusterError(AwishMessages.cannotReadCombineScript(then))
        }
        request.combineScript = then
        request.partsFolder = parts
      }
    } catch {
      throw clusterFailure(error)
    }
    request.maxRunning = maxRunning
    if !options.dryRun {
      try? FileManager.default.createDirectory(atPath: parts, withIntermediateDirectories: true)
    }
    try ClusterLaunching.launch(request, options: options)
  }
}
