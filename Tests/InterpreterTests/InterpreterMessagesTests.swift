import Foundation
import TestSupport
import XCTest

/// The interpreter's texts live in InterpreterMessages.swift, alphabetical: no throw site or
/// diagnostic in Sources/Interpreter carries an inline text.
final class InterpreterMessagesTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func testInterpreterTextsAreInInterpreterMessages() {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/Interpreter", skipping: ["InterpreterMessages.swift"],
      extraCalls: ["Diagnostic"])
    let (findings, files) = InlineMessageScan.scan(scope, root: root)
    XCTAssertGreaterThan(files, 30, "Sources/Interpreter was not found under \(root.path)")
    XCTAssertEqual(
      findings.map(\.description), [],
      "move these texts into Sources/Interpreter/InterpreterMessages.swift")
  }

  func testInterpreterMessagesAreAlphabetical() throws {
    let source = try String(
      contentsOf: root.appendingPathComponent("Sources/Interpreter/InterpreterMessages.swift"),
      encoding: .utf8)
    XCTAssertEqual(InlineMessageScan.unorderedCatalogs(in: source), [])
  }
}
