import Builtins
import Interpreter

@testable import awish

/// A REPL run in-process over scripted lines (nil is Ctrl-C at the prompt), with what it
/// wrote to standard output (results and `print`) and standard error collected.
final class REPLHarness {
  private final class Sink {
    var output = ""
    var errors = ""
  }

  private let sink = Sink()
  let reader: ScriptedReader
  let repl: REPL

  init(_ lines: [String?], interactive: Bool = true) {
    reader = ScriptedReader(lines)
    let sink = self.sink
    let session = Session(builtins: Builtins.all, output: { sink.output += $0 })
    let console = Console(
      write: { sink.output += $0 }, writeError: { sink.errors += $0 }, useColor: false)
    repl = REPL(session: session, reader: reader, console: console, isInteractive: interactive)
  }

  var output: String { sink.output }
  var errors: String { sink.errors }

  /// Runs until the lines end, `exit(n)` or `%quit`; the exit status.
  @discardableResult
  func run() -> Int32 { repl.start() }
}
