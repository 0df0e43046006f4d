import ArgumentParser
import Builtins
import Foundation
import Interpreter

/// `awish stage SCRIPT [--param k=v …] [resources]`: fetch on the login node, then submit.
struct Stage: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stage",
    abstract: "Fetch a script's data into raw/ on the login node, then submit the script.",
    discussion: """
      Compute nodes do not reach the network: a job whose fetch calls name data raw/ does
      not hold fails at once. stage runs the script's fetch calls with literal arguments
      here first (a call with computed arguments is named, to be fetched by hand), and
      submits the script only when every one has worked, as `awish submit` would.
      """)

  @Argument(help: "The awi script.")
  var script: String

  @Option(name: .customLong("param"), help: "A parameter as key=value (repeatable).")
  var parameters: [String] = []

  @OptionGroup var options: ClusterOptions

  func run() throws {
    guard let data = FileManager.default.contents(atPath: script) else {
      throw clusterFailure(ClusterError(AwishMessages.cannotReadScript(script)))
    }
    let path = URL(fileURLWithPath: script).standardizedFileURL.path
    let source = String(decoding: data, as: UTF8.self)
    let calls = FetchCalls.find(in: source, name: path)
    for call in calls where !call.isLiteral {
      writeStandardError(
        "warning: \(AwishMessages.computedFetch(line: call.line, call.text))\n")
    }
    let staged = FetchStaging.stage(script: path, source: source)
    for item in staged {
      if let problem = item.problem {
        throw clusterFailure(
          ClusterError(
            AwishMessages.stagingFailed(line: item.call.line, problem),
            help: AwishMessages.nothingSubmitted))
      }
      print("staged (line \(item.call.line)): \(item.call.text)")
    }
    if staged.isEmpty { print("no literal fetch calls to stage in \(script)") }
    let pairs = try Submit.parameterPairs(parameters)
    var request = LaunchRequest(
      kind: .submit, script: script, tasks: [pairs], checkedNames: pairs.map(\.0),
      parameterNames: pairs.map(\.0), awish: AwishBinary.path)
    options.apply(to: &request)
    try ClusterLaunching.launch(request, options: options)
  }
}
