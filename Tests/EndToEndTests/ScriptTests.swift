import Builtins
import Foundation
import Interpreter
import Lang
import TestSupport
import XCTest

/// Runs every script in Scripts/<feature>/<case>.awi and checks its output and errors.
final class ScriptTests: XCTestCase {
  static var scriptsRoot: URL? {
    Bundle.module.url(forResource: "Scripts", withExtension: nil)
  }

  func testAllScripts() throws {
    let root = try XCTUnwrap(ScriptTests.scriptsRoot, "the Scripts resource is missing")
    let cases = try ScriptCase.all(in: root)
    XCTAssertGreaterThan(cases.count, 80, "expected the full script suite")
    for script in cases {
      let failures = ScriptTests.check(script, root: root)
      for failure in failures { XCTFail("\(script.name): \(failure)") }
    }
  }

  /// What went wrong with one script; empty when it behaved as its comments say.
  static func check(_ script: ScriptCase, root: URL) -> [String] {
    let result = run(script, root: root)
    var failures: [String] = []
    let expectedOutput = script.expectedLines.map { $0 + "\n" }.joined()
    if result.output != expectedOutput {
      failures.append("output differs\n--- expected\n\(expectedOutput)--- got\n\(result.output)")
    }
    failures += script.malformed.map {
      "cannot read '\($0)'; write '# expect error[E0401] at 3:14'"
    }
    let expectsError = !script.expectedErrors.isEmpty || !script.expectedCodes.isEmpty
    if !expectsError, let errors = result.errors {
      failures.append("unexpected error:\n\(errors)")
    }
    if expectsError {
      guard let errors = result.errors else { return failures + ["expected an error, got none"] }
      for expected in script.expectedErrors where !errors.contains(expected) {
        failures.append("error text lacks '\(expected)'; the errors were:\n\(errors)")
      }
      if script.expectedCodes != result.codes, !(result.isExit && script.expectedCodes.isEmpty) {
        let wanted = script.expectedCodes.map { "# expect \($0)" }.joined(separator: "\n")
        let got = result.codes.map { "# expect \($0)" }.joined(separator: "\n")
        failures.append("errors differ\n--- expected\n\(wanted)\n--- got\n\(got)\n\(errors)")
      }
    }
    return failures
  }

  /// Each diagnostic's id and place, as `# expect error[…] at …` lines name them: `3:14` in
  /// the script itself, `other.awi:3:14` (below `root`) in another file.
  static func expected(_ diagnostic: Diagnostic, script: ScriptCase, root: URL)
    -> ScriptCase.ExpectedError
  {
    let id = diagnostic.code?.id ?? "none"
    guard let file = diagnostic.file else { return .init(id: id, place: nil) }
    let location = "\(file.location(of: diagnostic.range.start))"
    let path = URL(fileURLWithPath: file.name).standardizedFileURL.path
    if path == script.url.standardizedFileURL.path { return .init(id: id, place: location) }
    let prefix = root.standardizedFileURL.path + "/"
    let shown = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : file.name
    return .init(id: id, place: "\(shown):\(location)")
  }

  /// Runs a script in a fresh session: its output, and its rendered errors if any (paths
  /// shown below the scripts folder, and the scratch folder as `<scratch>`). The script
  /// writes its files into `params.scratch`, a folder of its own that is removed afterwards,
  /// so runs side by side never share a file.
  static func run(_ script: ScriptCase, root: URL) -> (
    output: String, errors: String?, codes: [ScriptCase.ExpectedError], isExit: Bool
  ) {
    var output = ""
    let folder = ScratchFolder("script")
    defer { folder.remove() }
    let scratch = folder.path
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    session.setValue(
      .record(RecordObject(keys: ["scratch"], values: [.string(scratch)])), for: "params")
    let outcome = session.run(script.text, name: script.url.standardizedFileURL.path)
    let renderer = DiagnosticRenderer(useColor: false)
    let rendered: String?
    var diagnostics: [Diagnostic] = []
    var isExit = false
    switch outcome {
    case .success: rendered = nil
    case .rejected(let found):
      rendered = renderer.render(found)
      diagnostics = found
    case .failed(let error):
      rendered = renderer.render(error.diagnostic)
      diagnostics = [error.diagnostic]
      if case .exit = error.kind { isExit = true }
    }
    let codes = diagnostics.map { expected($0, script: script, root: root) }
    let absolute = root.standardizedFileURL.path + "/"
    let current = FileManager.default.currentDirectoryPath + "/"
    let relative =
      absolute.hasPrefix(current) ? String(absolute.dropFirst(current.count)) : absolute
    return (
      output,
      rendered.map {
        $0.replacingOccurrences(of: scratch, with: "<scratch>")
          .replacingOccurrences(of: absolute, with: "").replacingOccurrences(of: relative, with: "")
      }, codes, isExit
    )
  }
}
