import Foundation
import TestSupport
import XCTest

/// The front end's texts live in Lang/Messages.swift: no diagnostic, parser failure or
/// expected-what in Sources/Lang is an inline text.
final class MessagesCatalogTests: XCTestCase {
  func testFrontEndTextsAreInMessages() {
    let findings = InlineMessageScan.findings(
      in: "Sources/Lang", root: InlineMessageScan.packageRoot(#filePath),
      skipping: ["Messages.swift"],
      extraCalls: ["Diagnostic", "Failure", "unexpected", "expect", "report"])
    XCTAssertEqual(
      findings.map(\.description), [], "move these texts into Sources/Lang/Messages.swift")
  }
}
