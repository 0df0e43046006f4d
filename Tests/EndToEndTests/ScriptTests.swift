import Builtins
import Foundation
import Interpreter
import Lang
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
    if script.expectedErrors.isEmpty, let errors = result.errors {
      failures.append("unexpected error:\n\(errors)")
    }
    if !script.expectedErrors.isEmpty {
      guard let errors = result.errors else { return failures + ["expected an error, got none"] }
      for expected in script.expectedErrors where !errors.contains(expected) {
        failures.append("error text lacks '\(expected)'; the errors were:\n\(errors)")
      }
    }
    return failures
  }

  /// Runs a script in a fresh session: its output, and its rendered errors if any (paths
  /// shown below the scripts folder).
  static func run(_ script: ScriptCase, root: URL) -> (output: String, errors: String?) {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    let outcome = session.run(script.text, name: script.url.standardizedFileURL.path)
    let renderer = DiagnosticRenderer(useColor: false)
    let rendered: String?
    switch outcome {
    case .success: rendered = nil
    case .rejected(let diagnostics): rendered = renderer.render(diagnostics)
    case .failed(let error): rendered = renderer.render(error.diagnostic)
    }
    let absolute = root.standardizedFileURL.path + "/"
    let current = FileManager.default.currentDirectoryPath + "/"
    let relative =
      absolute.hasPrefix(current) ? String(absolute.dropFirst(current.count)) : absolute
    return (
      output,
      rendered.map {
        $0.replacingOccurrences(of: absolute, with: "").replacingOccurrences(of: relative, with: "")
      }
    )
  }
}
