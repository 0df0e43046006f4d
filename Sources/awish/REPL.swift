import Builtins
import Foundation
import Interpreter
import Lang

/// The interactive REPL, IPython style: `In [n]:` prompts, `Out[n]:` results, `_` and `Out`
/// for earlier results, magics and `?name`. One `Session` lives as long as the REPL; every
/// input goes through `Session.run`. Input comes from a `LineReader` and text goes to a
/// `Console`, so tests drive it in-process.
final class REPL {
  let session: Session
  let reader: LineReader
  let console: Console
  /// Prompts and `Out[n]:` are shown only at a terminal; piped input prints results and
  /// errors alone.
  let isInteractive: Bool
  /// The number of the next input.
  var count = 1
  /// Whether an input failed; a REPL reading a pipe then exits with 1.
  var hadError = false
  /// Every input of this session, numbered, for `%history` and `%save`.
  var inputs: [(number: Int, text: String)] = []
  /// `Out`: index n holds the result of input n, nil where an input gave none.
  var outputs = ListObject([.null])
  /// `In`: index n holds the text of input n, as IPython keeps it.
  var inputTexts = ListObject([.string("")])
  /// A line break is due before the next prompt: after an input ran (a blank line, as
  /// IPython leaves) or after Ctrl-C left the cursor on the edited line.
  var needsSeparator = false

  init(session: Session, reader: LineReader, console: Console, isInteractive: Bool) {
    self.session = session
    self.reader = reader
    self.console = console
    self.isInteractive = isInteractive
    resetResults()
  }

  /// The REPL of the `awish` command: libedit at a terminal, plain reads otherwise.
  static func standard() -> REPL {
    let session = Session(builtins: Builtins.all)
    let isTerminal = isatty(0) == 1
    var reader: LineReader = PlainReader(showsPrompt: isTerminal)
    if isTerminal,
      let editor = LineEditor(historyPath: historyPath(), completion: Completion(session: session))
    {
      reader = editor
    }
    Interrupts.install()
    if isTerminal, Console.isColorTerminal { showsPlotsInColor(session) }
    return REPL(session: session, reader: reader, console: .standard, isInteractive: isTerminal)
  }

  /// Plots that print, show or display draw their series in colour.
  static func showsPlotsInColor(_ session: Session) {
    session.richOutput = { value in
      guard let text = ColorPreview.text(value, width: 100) else { return false }
      Console.standard.write(text + "\n")
      return true
    }
  }

  /// `AWISH_HISTORY` when set (empty turns history off), else `~/.awish_history`.
  static func historyPath() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["AWISH_HISTORY"] { return path.isEmpty ? nil : path }
    guard let home = environment["HOME"] else { return nil }
    return home + "/.awish_history"
  }

  /// Reads and runs inputs until Ctrl-D, `exit(n)`, `exit`, `quit` or `%quit`; the exit
  /// status. Reading a pipe or file, the status is 1 when any input failed (as
  /// `python3 < file`).
  func start() -> Int32 {
    if isInteractive { console.write(AwishMessages.banner(AwishVersion.current) + "\n") }
    while true {
      switch readInput() {
      case .end:
        if isInteractive { console.write("\n") }
        return !isInteractive && hadError ? 1 : 0
      case .interrupted:
        if !isInteractive { return 130 }
      case .line(let text):
        if let status = execute(text) { return status }
      }
    }
  }

  /// Runs one complete input; an exit status when the REPL should stop.
  func execute(_ text: String) -> Int32? {
    let number = count
    count += 1
    record(text, number: number)
    let command = text.trimmingLeadingSpaces
    // IPython leaves on a bare `exit` or `quit`.
    if ["exit", "quit"].contains(command.trimmingCharacters(in: .whitespacesAndNewlines)) {
      return 0
    }
    if command.hasPrefix("!") {
      runShell(String(command.dropFirst()))
      return nil
    }
    if command.hasPrefix("%") { return runMagic(String(command), number: number) }
    if command.hasPrefix("?") {
      showHelp(String(command.dropFirst()), number: number)
      return nil
    }
    return evaluate(text, number: number)
  }

  /// Keeps input `number` for `In`, `%history` and `%save` (the kernel's cells too).
  func record(_ text: String, number: Int) {
    inputs.append((number, text))
    while inputTexts.items.count < number { inputTexts.items.append(.string("")) }
    inputTexts.items.append(.string(text))
    session.setValue(.list(inputTexts), for: "In")
  }

  /// Runs awi source as input `number`, showing its value or its error.
  func evaluate(_ text: String, number: Int) -> Int32? {
    Interrupts.clear()
    return handle(
      session.run(text, name: REPL.inputName(number), keepLastValue: true),
      number: number)
  }

  /// Shows what a run gave; an exit status when it called `exit(n)`.
  func handle(_ outcome: Session.Outcome, number: Int) -> Int32? {
    switch outcome {
    case .success(let value):
      if let value { show(value, number: number) }
    case .rejected(let diagnostics):
      hadError = true
      report(diagnostics)
    case .failed(let error):
      if case .exit(let code) = error.kind { return code }
      hadError = true
      // The terminal echoed '^C' where the cursor was.
      if error.kind == .interrupted, isInteractive { console.write("\n") }
      report([error.diagnostic])
    }
    return nil
  }

  /// Prints a result as `Out[n]:` and keeps it in `_` and `Out`; nil results are not shown.
  func show(_ value: Value, number: Int) {
    if case .null = value { return }
    remember(value, number: number)
    let colored = isInteractive && Console.isColorTerminal
    let text = (colored ? ColorPreview.text(value, width: 100) : nil) ?? display(value)
    guard isInteractive else { return console.write(text + "\n") }
    let label = "Out[\(number)]:"
    console.write(label + (text.contains("\n") ? "\n" : " ") + text + "\n")
  }

  /// Keeps a result in `_` and `Out[number]` (the kernel does this for its results too).
  func remember(_ value: Value, number: Int) {
    while outputs.items.count <= number { outputs.items.append(.null) }
    outputs.items[number] = value
    session.setValue(value, for: "_")
    session.setValue(value, for: "_\(number)")
    session.setValue(.list(outputs), for: "Out")
  }

  func report(_ diagnostics: [Diagnostic]) {
    let renderer = DiagnosticRenderer(useColor: console.useColor)
    console.writeError(renderer.render(diagnostics))
    if diagnostics.count > 1 {
      console.writeError("\n\(AwishMessages.errorCount(diagnostics.count))\n")
    }
  }

  /// Starts `_` and `Out` afresh (at start and after `%reset`).
  func resetResults() {
    outputs = ListObject([.null])
    session.setValue(.null, for: "_")
    session.setValue(.list(outputs), for: "Out")
  }

  /// The name diagnostics give input `number`.
  static func inputName(_ number: Int) -> String { "In [\(number)]" }

  /// Names the REPL keeps for itself, left out of `%who` and completion.
  static func isHidden(_ name: String) -> Bool {
    name == "_" || name == "Out" || name == "In" || name.hasPrefix("__")
      || (name.hasPrefix("_") && name.dropFirst().allSatisfy(\.isNumber) && name.count > 1)
  }
}
