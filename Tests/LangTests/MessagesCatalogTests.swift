import Foundation
import TestSupport
import XCTest

/// The front end's texts live in Lang/Messages.swift, alphabetical: no diagnostic, parser
/// failure or expected-what in Sources/Lang is an inline text.
final class MessagesCatalogTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func testFrontEndTextsAreInMessages() {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/Lang", skipping: ["Messages.swift"],
      extraCalls: ["Diagnostic", "Failure", "unexpected", "expect", "report"])
    let (findings, files) = InlineMessageScan.scan(scope, root: root)
    XCTAssertGreaterThan(files, 10, "Sources/Lang was not found under \(root.path)")
    XCTAssertEqual(
      findings.map(\.description), [], "move these texts into Sources/Lang/Messages.swift")
  }

  func testMessagesAreAlphabetical() throws {
    let source = try String(
      contentsOf: root.appendingPathComponent("Sources/Lang/Messages.swift"), encoding: .utf8)
    XCTAssertEqual(InlineMessageScan.unorderedCatalogs(in: source), [])
  }
}
