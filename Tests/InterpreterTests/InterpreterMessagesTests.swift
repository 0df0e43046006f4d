import Foundation
import TestSupport
import XCTest

/// The interpreter's texts live in InterpreterMessages.swift, alphabetical: no throw site or
/// diagnostic in Sources/Interpreter carries an inline text.
final class InterpreterMessagesTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func testInterpreterTextsAreInInterpreterMessages() {
    let findings = InlineMessageScan.findings(
      in: "Sources/Interpreter", root: root, skipping: ["InterpreterMessages.swift"],
      extraCalls: ["Diagnostic"])
    XCTAssertEqual(
      findings.map(\.description), [],
      "move these texts into Sources/Interpreter/InterpreterMessages.swift")
  }

  func testInterpreterMessagesAreAlphabetical() throws {
    let source = try String(
      contentsOf: root.appendingPathComponent("Sources/Interpreter/InterpreterMessages.swift"),
      encoding: .utf8)
    XCTAssertEqual(InlineMessageScan.unordered(enumNamed: "InterpreterMessages", in: source), [])
  }
}
