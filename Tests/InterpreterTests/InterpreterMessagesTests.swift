import Foundation
import TestSupport
import XCTest

/// The interpreter's texts live in InterpreterMessages.swift, alphabetical: no throw site or
/// diagnostic in Sources/Interpreter carries an inline text.
final class InterpreterMessagesTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func testInterpreterTextsAreInInterpreterMessages() throws {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/Interpreter", skipping: ["InterpreterMessages.swift"],
      extraCalls: ["Diagnostic"])
    try InlineMessageScan.assertCatalogued(
      scope, catalog: "Sources/Interpreter/InterpreterMessages.swift", root: root,
      minimumFiles: 30)
  }
}
