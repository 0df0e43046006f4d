import ArgumentParser
import Builtins
import Interpreter
import Tensor

/// The `awish` command: a REPL with no arguments, `-e CODE`, or a subcommand.
///
/// Every command states its `commandName`: without one, ArgumentParser derives it with
/// `String(describing:)`, which scans the binary's protocol conformances and was 60% of the
/// instructions of `awish -e 1` (CommandNamesTests checks that none is missing).
struct Awish: ParsableCommand {
  static let version = AwishVersion.current

  static let configuration = CommandConfiguration(
    commandName: "awish",
    abstract: "The AWI shell: a REPL and scripting language for data, signals and models.",
    discussion: """
      With no arguments awish starts the interactive REPL. Scripts run with
      'awish run FILE'; 'awish check FILE' reports every syntax and name error
      without running anything; 'awish report FILE' renders a script's cells as HTML.
      Exit status: 0 success, 1 error in the script, 2 wrong usage.
      """,
    version: version,
    subcommands: [
      Run.self, Check.self, Report.self, Init.self, Models.self, Reproduce.self, Docs.self,
      Explain.self,
      Submit.self, Sweep.self, Map.self, Stage.self,
      KernelCommand.self, Convert.self,
    ]
  )

  // Unconditional: code that starts with a dash (`-e '-1'`) is code, not an option.
  @Option(name: .customShort("e"), parsing: .unconditional, help: "Run this code and exit.")
  var code: String?

  func run() throws {
    if let code {
      let runner = ScriptRunner(parameters: [:])
      throw ExitCode(runner.run(source: code, name: "-e", showValue: true))
    }
    let repl = REPL.standard()
    throw ExitCode(repl.start())
  }
}

/// `awish run FILE [--param key=value …]`.
struct Run: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run an awi script ('-' reads it from standard input).",
    discussion: "The script sees its parameters in the record 'params'."
  )

  @Argument(help: "The script to run, or '-' for standard input.")
  var file: String

  @Option(name: .customLong("param"), help: "A parameter for the script as key=value (repeatable).")
  var parameters: [String] = []

  @Option(
    name: .customLong("max-memory"),
    help: "Refuse allocations past this size, e.g. 8G or 512M (never more than is available).")
  var maxMemory: String?

  @Option(
    name: .customLong("timeout"),
    help: "Stop the run cleanly after this long, e.g. 2h, 30m or 90s.")
  var timeout: String?

  /// A task's params.json, as the batch scripts of `awish submit`, `sweep` and `map` pass it.
  @Option(name: .customLong("params-json"), help: .hidden)
  var parametersFile: String?

  /// The folder whose part-* files a map's combine step sees as `params.parts`.
  @Option(name: .customLong("parts"), help: .hidden)
  var partsFolder: String?

  func run() throws {
    let memoryLimit = try RunLimits.apply(maxMemory: maxMemory, timeout: timeout)
    var runner = ScriptRunner(parameters: try Run.parse(parameters))
    if let parametersFile {
      do throws(ClusterError) {
        let loaded = try TaskParameters.load(parametersFile, parts: partsFolder)
        runner = ScriptRunner(parameters: loaded.texts, values: loaded.values)
      } catch {
        writeStandardError("error: \(error.message)\n")
        throw ExitCode(2)
      }
    }
    runner.memoryLimit = memoryLimit
    throw ExitCode(runner.runFile(file))
  }

  /// `--param key=value` options as a dictionary.
  static func parse(_ parameters: [String]) throws -> [String: String] {
    var values: [String: String] = [:]
    for parameter in parameters {
      guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
        throw ValidationError(AwishMessages.paramNeedsPair(parameter))
      }
      values[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
    }
    return values
  }
}

/// `awish check FILE…`.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report every syntax and name error in scripts without running them."
  )

  @Argument(help: "The scripts to check.")
  var files: [String]

  func run() throws {
    let runner = ScriptRunner(parameters: [:])
    throw ExitCode(runner.check(files))
  }
}

/// `awish init DIR`: a workspace, or the missing parts of one.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a workspace (raw/ src/ lib/ model/ data/, awish.toml, .gitignore).",
    discussion: "On an existing folder it adds only what is missing and changes nothing else."
  )

  @Argument(help: "The workspace folder (made when missing).")
  var folder: String = "."

  func run() throws {
    do throws(Workspace.Problem) {
      let creation = try Workspace.create(at: folder)
      for name in creation.created { print("created \(name)") }
      if creation.gitInitialized { print("initialized a git repository") }
      if creation.created.isEmpty && !creation.gitInitialized {
        print("\(folder) is already a complete workspace")
      }
    } catch {
      writeStandardError("error: \(error.message)\n")
      throw ExitCode(1)
    }
  }
}

/// `awish docs`: writes docs/builtins.md from the builtin declarations, or with `--errors`
/// docs/errors.md from the error catalogs.
struct Docs: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "docs",
    abstract: "Print the builtin reference (docs/builtins.md) generated from the declarations."
  )

  @Flag(name: .customLong("errors"), help: "Print the error reference (docs/errors.md) instead.")
  var errors = false

  func run() throws {
    print(errors ? ErrorDocs.markdown() : BuiltinDocs.markdown(), terminator: "")
  }
}

/// `awish explain E0301`: the long explanation of an error id, as `rustc --explain` gives.
struct Explain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain an error id (like E0201 or undefined-name) with an example."
  )

  @Argument(help: "The error id, as in 'error[E0201]', or its name.")
  var id: String

  func run() throws {
    guard let text = ErrorCatalog.explanation(of: id) else {
      writeStandardError(
        "error: \(AwishMessages.noErrorId(id))\n"
      )
      throw ExitCode(2)
    }
    print(text, terminator: "")
  }
}
