import ArgumentParser
import Builtins
import Foundation
import Interpreter
import Tensor

/// `awish submit SCRIPT [--param k=v …] [resources] [--after JOB] [--dry-run]`.
struct Submit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "submit",
    abstract: "Run a script as one Slurm job (or a local process where there is no sbatch).",
    discussion: """
      Writes runs/<name>-<time>/ with params.json and the batch script job.sh, which runs
      this awish binary on the script; the job leaves stdout.log, stderr.log, exit_status,
      run.json and what the script hands to record() in result.json. Resources not given
      come from awish.toml's [slurm] section.
      """)

  @Argument(help: "The awi script.")
  var script: String

  @Option(name: .customLong("param"), help: "A parameter as key=value (repeatable).")
  var parameters: [String] = []

  @OptionGroup var options: ClusterOptions

  func run() throws {
    let pairs = try Submit.parameterPairs(parameters)
    var request = LaunchRequest(
      kind: .submit, script: script, tasks: [pairs], checkedNames: pairs.map(\.0),
      parameterNames: pairs.map(\.0), awish: AwishBinary.path)
    options.apply(to: &request)
    try ClusterLaunching.launch(request, options: options)
  }

  /// `--param key=value` options as typed pairs, in the order given.
  static func parameterPairs(_ parameters: [String]) throws -> [(String, JSON)] {
    var pairs: [(String, JSON)] = []
    for parameter in parameters {
      guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
        throw ValidationError(AwishMessages.paramNeedsPair(parameter))
      }
      let key = String(parameter[..<equals])
      pairs.removeAll { $0.0 == key }
      pairs.append((key, ParameterText.value(String(parameter[parameter.index(after: equals)...]))))
    }
    return pairs
  }
}
