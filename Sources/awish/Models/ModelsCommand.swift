import ArgumentParser
import Builtins
import Foundation
import Interpreter

/// `awish models` and `awish models show NAME[@VER]`.
struct Models: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "models",
    abstract: "List the models saved in this workspace's model/ folder.",
    subcommands: [List.self, Show.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "Every saved version: name, version, aliases, type, date, rows, accuracy or R².")

    @Option(help: "A folder of the workspace (default: the current one).")
    var workspace: String = "."

    func run() throws {
      do {
        print(try ModelCommands.list(from: workspace), terminator: "")
      } catch let failure as ModelCommands.Failure {
        throw Models.report(failure)
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "A version's card: what it predicts from what, its data, how to reproduce it.")

    @Argument(help: "NAME (the latest), NAME@vN or NAME@ALIAS.")
    var reference: String

    @Option(help: "A folder of the workspace (default: the current one).")
    var workspace: String = "."

    func run() throws {
      do {
        print(try ModelCommands.show(reference, from: workspace), terminator: "")
      } catch let failure as ModelCommands.Failure {
        throw Models.report(failure)
      }
    }
  }

  static func report(_ failure: ModelCommands.Failure) -> ExitCode {
    writeStandardError(
      "error: \(failure.message)\n" + (failure.help.map { "help: \($0)\n" } ?? ""))
    return ExitCode(1)
  }
}

/// `awish reproduce NAME@VER`: re-runs the recorded script on the recorded data and says
/// whether the retrained weights are bit-identical to the saved ones.
struct Reproduce: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reproduce",
    abstract: "Retrain a saved model with its recorded script, parameters and data.",
    discussion: """
      The script and every training file are checked against their recorded sha256 first.
      The script then runs with its recorded parameters; its save_model call for this model
      compares instead of saving. Exit status 0 when the new weights are bit-identical.
      """)

  @Argument(help: "NAME (the latest), NAME@vN or NAME@ALIAS.")
  var reference: String

  @Option(help: "A folder of the workspace (default: the current one).")
  var workspace: String = "."

  func run() throws {
    let plan: ModelCommands.ReproductionPlan
    do {
      plan = try ModelCommands.prepareReproduction(reference, from: workspace)
    } catch let failure as ModelCommands.Failure {
      throw Models.report(failure)
    }
    let target = plan.target
    writeStandardError(
      AwishMessages.reproducing(plan.script, target.name, version: target.version) + "\n")
    let (status, run) = ScriptRunner(parameters: plan.parameters)
      .runFile(plan.script, reproducing: target)
    guard status == 0 else { throw ExitCode(status) }
    switch run?.reproduction?.identical {
    case true?: throw ExitCode(0)
    case false?: throw ExitCode(1)
    case nil:
      writeStandardError("error: \(AwishMessages.notSavedByScript(target.name))\n")
      throw ExitCode(1)
    }
  }
}
