import Builtins
import Foundation
import Interpreter
import Lang
import Tensor

/// Runs scripts, `-e` code and `check` for the command line, and prints what went wrong to
/// stderr in the one diagnostic layout.
struct ScriptRunner {
  nonisolated(unsafe) static var keptUntilExit: [Session] = []
  let parameters: [String: String]
  /// The parameters as values, when they come from a task's params.json rather than
  /// `--param` text.
  var values: [(String, Value)]?
  /// The most memory one allocation may take (`--max-memory`); nil for what is available.
  var memoryLimit: Int?
  let renderer = DiagnosticRenderer(useColor: isatty(2) == 1)

  /// Runs a file (or stdin for "-"); the exit status.
  func runFile(_ path: String) -> Int32 {
    runFile(path, reproducing: nil).status
  }

  /// Runs a file, as part of `awish reproduce` when `reproducing` is set; the exit status
  /// and the run, with what it recorded.
  func runFile(_ path: String, reproducing: RunContext.Reproduction?) -> (
    status: Int32, run: RunContext?
  ) {
    guard let source = readSource(path), checkStaged(path, source: source) else {
      return (1, nil)
    }
    let session = ScriptRunner.session(parameters: parameters, script: path, values: values)
    session.run.reproduction = reproducing
    session.run.memoryLimit = memoryLimit
    session.run.runFolder = ProcessInfo.processInfo.environment["AWISH_RUN_DIR"]
    let cpuAtStart = RunFacts.cpuSeconds
    let status = run(
      source: source, name: path == "-" ? "<stdin>" : path, showValue: false, in: session)
    if let folder = session.run.runFolder {
      // A task's own figures, beside what sacct says: times, peak memory, CPU seconds.
      let facts = RunFacts.runFile(
        started: session.run.started, cpuAtStart: cpuAtStart, status: status)
      try? AtomicFile.write(Data(facts.text().utf8), to: folder + "/" + TaskOutcome.factsFile)
    }
    return (status, session.run)
  }

  /// A session for one script run, with `params` set and the run's script and parameters
  /// recorded for what save_model and reports write.
  static func session(
    parameters: [String: String], script: String? = nil, values: [(String, Value)]? = nil
  ) -> Session {
    let session = Session(builtins: Builtins.all)
    session.run.parameters = parameters
    if let script, script != "-" {
      session.run.script = URL(fileURLWithPath: script).standardizedFileURL.path
    }
    // The process exits right after the script; freeing millions of values first is wasted
    // time, so the session is kept until exit.
    keptUntilExit.append(session)
    let pairs =
      values ?? parameters.sorted { $0.key < $1.key }.map { ($0.key, parameterValue($0.value)) }
    session.setValue(.record(RecordObject(pairs)), for: "params")
    return session
  }

  func run(source: String, name: String, showValue: Bool, in given: Session? = nil) -> Int32 {
    // Ctrl-C stops the script between steps with an 'interrupted' error and status 130.
    Interrupts.install()
    let session = given ?? ScriptRunner.session(parameters: parameters)
    switch session.run(source, name: name, keepLastValue: showValue) {
    case .success(let value):
      if let value, showValue, !isNull(value) { print(display(value)) }
      return 0
    case .rejected(let diagnostics):
      report(diagnostics)
      return 1
    case .failed(var error):
      if case .exit(let code) = error.kind { return code }
      if error.kind == .interrupted, let limit = RunLimits.passedTimeLimit {
        // The timer stopped the run, not a Ctrl-C: say so, where it stopped.
        error.message = "the run passed its time limit of \(limit)"
        error.code = .timeLimit
        error.help = "give more with --timeout, or [run] timeout in awish.toml"
        report([error.diagnostic])
        return 1
      }
      report([error.diagnostic])
      return error.kind == .interrupted ? 130 : 1
    }
  }

  func check(_ paths: [String]) -> Int32 {
    var status: Int32 = 0
    let session = Session(builtins: Builtins.all)
    session.setValue(.record(RecordObject([])), for: "params")
    for path in paths {
      guard let source = readSource(path) else {
        status = 1
        continue
      }
      let diagnostics = session.check(source, name: path)
      if !diagnostics.isEmpty {
        report(diagnostics)
        status = 1
      }
    }
    return status
  }

  func report(_ diagnostics: [Diagnostic]) {
    StandardOutput.shared.flush()
    writeStandardError(renderer.render(diagnostics))
    if diagnostics.count > 1 {
      writeStandardError("\n\(AwishMessages.errorCount(diagnostics.count))\n")
    }
  }

  /// The text of a script; nil (after saying why) when it cannot be read as UTF-8.
  func readSource(_ path: String) -> String? {
    let data: Data?
    if path == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      data = FileManager.default.contents(atPath: path)
    }
    guard let data else {
      let message =
        FileManager.default.fileExists(atPath: path)
        ? AwishMessages.fileUnreadable(path) : AwishMessages.fileMissing(path)
      writeStandardError("error: \(message)\n")
      return nil
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      writeStandardError("error: \(AwishMessages.fileNotText(path))\n")
      return nil
    }
    return text
  }

  /// A `--param` value: an int, float or bool when it reads as one, else a string.
  static func parameterValue(_ text: String) -> Value {
    if let number = Int(text) { return .int(number) }
    if let number = Double(text) { return .float(number) }
    if text == "true" || text == "false" { return .bool(text == "true") }
    return .string(text)
  }

  func isNull(_ value: Value) -> Bool {
    if case .null = value { return true }
    return false
  }
}

/// How a result value is shown after `-e` and in the REPL.
func display(_ value: Value) -> String {
  if case .object(let object) = value { return object.display(width: 100) }
  return value.repr
}
