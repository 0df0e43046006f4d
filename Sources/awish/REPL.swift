import Builtins
import Interpreter
import Lang

/// The interactive REPL (filled in by the REPL work; a plain line reader for now).
struct REPL {
  func start() -> Int32 {
    let session = Session(builtins: Builtins.all)
    let renderer = DiagnosticRenderer(useColor: false)
    var count = 1
    while let line = readLine() {
      switch session.run(line, name: "In [\(count)]", keepLastValue: true) {
      case .success(let value):
        if let value { print(display(value)) }
      case .rejected(let diagnostics): print(renderer.render(diagnostics))
      case .failed(let error): print(renderer.render(error.diagnostic))
      }
      count += 1
    }
    return 0
  }
}
