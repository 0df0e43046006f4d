import ArgumentParser
import Builtins
import Foundation
import Interpreter
import Tensor

/// `awish report SCRIPT -o report.html`: runs a `# %%` script and renders every cell.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Run a script and render its cells, output, tables and plots as one HTML file.",
    discussion: """
      Each '# %%' cell becomes a section: its title, its code, what it printed, its tables
      and plots, and its error if it failed (later cells then do not run). Cell options on
      the lines after the marker: '#| echo: false' hides the code, '#| eval: false' does not
      run the cell, '#| fig-cap: text' captions its figure. The exit status is 1 when a cell
      failed; the report is written either way.
      """
  )

  @Argument(help: "The script to run.")
  var file: String

  @Option(
    name: .shortAndLong, help: "The HTML file to write (default: the script's name with .html).")
  var output: String?

  @Option(name: .customLong("param"), help: "A parameter for the script as key=value (repeatable).")
  var parameters: [String] = []

  func run() throws {
    let values = try Run.parse(parameters)
    let runner = ScriptRunner(parameters: values)
    guard let source = runner.readSource(file) else { throw ExitCode(1) }
    let target = output ?? (URL(fileURLWithPath: file).deletingPathExtension().path + ".html")
    let result = ReportRunner(path: file, parameters: values).run(source: source)
    let provenance = Provenance.collect(
      script: file, run: result.run, finished: result.finished)
    let html = ReportHTML.document(
      script: file, result: result, provenance: provenance,
      builtins: Set(Builtins.all.map(\.name)))
    if let raw = RawFolder.containing(target) {
      writeStandardError("error: \(RawFolder.Refusal(written: target, raw: raw).message)\n")
      throw ExitCode(1)
    }
    do {
      try AtomicFile.write(Data(html.utf8), to: target)
    } catch {
      writeStandardError(
        "error: " + FileFailure(error, path: target).message(target, doing: "write") + "\n")
      throw ExitCode(1)
    }
    writeStandardError(AwishMessages.wrote(target) + "\n")
    if let code = result.exitCode { throw ExitCode(code) }
    throw ExitCode(result.failed ? 1 : 0)
  }
}
