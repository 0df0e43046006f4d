import Builtins
import Foundation
import Interpreter
import XCTest

/// Runs every example and tutorial script in scripts/ and compares its output with the
/// `<name>.out` file beside it, so the examples the README points to always work.
final class ExampleScriptsTests: XCTestCase {
  static let scriptsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts")

  /// The scripts run in order (the tutorial's numbers) in a fresh copy of scripts/, which
  /// is a workspace: what they fetch and save goes there, never into the repository.
  func testEveryScriptRunsAndPrintsWhatItsOutFileSays() throws {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-scripts-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.scriptsFolder, to: copy)
    defer { try? FileManager.default.removeItem(at: copy) }
    for leftover in ["raw", "model"] {
      try? FileManager.default.removeItem(at: copy.appendingPathComponent(leftover))
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: copy.path)
      .filter { $0.hasSuffix(".awi") }.sorted()
    XCTAssertFalse(names.isEmpty, "no scripts found in \(Self.scriptsFolder.path)")
    for name in names {
      let script = copy.appendingPathComponent(name)
      let expectedURL = script.deletingPathExtension().appendingPathExtension("out")
      let expected = try XCTUnwrap(
        try? String(contentsOf: expectedURL, encoding: .utf8),
        "\(name) has no .out file beside it")
      var output = ""
      let session = Session(builtins: Builtins.all, output: { output += $0 })
      session.setValue(.record(RecordObject([])), for: "params")
      let source = try String(contentsOf: script, encoding: .utf8)
      switch session.run(source, name: script.path) {
      case .success: XCTAssertEqual(output, expected, name)
      case .rejected(let diagnostics): XCTFail("\(name): \(diagnostics.map(\.message))")
      case .failed(let error): XCTFail("\(name): \(error.message)")
      }
    }
  }
}
