import Builtins
import Foundation
import Interpreter
import Lang

/// Runs a script cell by cell in one session, keeping each cell's printed text, figures,
/// tables and errors for the report.
struct ReportRunner {
  let path: String
  let parameters: [String: String]

  struct Result {
    var cells: [ReportCell]
    var failed: Bool
    var exitCode: Int32?
    var started: Date
    var finished: Date
    /// What the run read, wrote and saved, for the provenance footer.
    var run: RunContext
  }

  func run(source: String) -> Result {
    let started = Date()
    let file = SourceFile(name: path, text: source)
    var cells = ReportCell.cells(of: file)
    let session = ScriptRunner.session(parameters: parameters, script: path)
    session.run.started = started
    let renderer = DiagnosticRenderer(useColor: false)
    var current = 0
    session.output = { text in cells[current].append(text: text) }
    // Warnings show in the cell that gave them, and on standard error as in any run.
    let standardError = session.run.warningSink
    session.run.warningSink = { text in
      cells[current].pieces.append(.warning(text))
      standardError(text)
    }
    session.richOutput = { value in
      guard let html = RichHTML.html(value) else { return false }
      cells[current].pieces.append(.html(html))
      return true
    }
    var failed = false
    var exitCode: Int32?
    for index in cells.indices where cells[index].options.eval && !failed && exitCode == nil {
      current = index
      cells[index].ran = true
      let padded =
        String(repeating: "\n", count: max(0, cells[index].firstLine - 1)) + cells[index].code
      switch session.run(padded, name: path, keepLastValue: true) {
      case .success(let value):
        guard let value else { continue }
        if case .null = value { continue }
        if let html = RichHTML.html(value) {
          cells[index].pieces.append(.html(html))
        } else {
          cells[index].append(text: display(value) + "\n")
        }
      case .rejected(let diagnostics):
        cells[index].pieces.append(.error(renderer.render(diagnostics)))
        failed = true
      case .failed(let error):
        if case .exit(let code) = error.kind {
          exitCode = code
        } else {
          cells[index].pieces.append(.error(renderer.render([error.diagnostic])))
          failed = true
        }
      }
    }
    return Result(
      cells: cells, failed: failed, exitCode: exitCode, started: started, finished: Date(),
      run: session.run)
  }
}
