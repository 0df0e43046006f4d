import Foundation
import TestSupport
import XCTest

/// The front end's texts live in Lang/Messages.swift, alphabetical: no diagnostic, parser
/// failure or expected-what in Sources/Lang is an inline text.
final class MessagesCatalogTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func testFrontEndTextsAreInMessages() throws {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/Lang", skipping: ["Messages.swift"],
      extraCalls: ["Diagnostic", "Failure", "unexpected", "expect", "report"])
    try InlineMessageScan.assertCatalogued(
      scope, catalog: "Sources/Lang/Messages.swift", root: root, minimumFiles: 10)
  }
}
