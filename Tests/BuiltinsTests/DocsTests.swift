import Builtins
import Foundation
import XCTest

/// docs/builtins.md is generated; this fails when the committed file is stale.
final class DocsTests: XCTestCase {
  /// The repository root, found from this file's path (Tests/BuiltinsTests/DocsTests.swift).
  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  func testCommittedDocsMatchTheDeclarations() throws {
    let url = DocsTests.repositoryRoot.appendingPathComponent("docs/builtins.md")
    let committed = try String(contentsOf: url, encoding: .utf8)
    XCTAssertTrue(
      committed == BuiltinDocs.markdown(),
      "docs/builtins.md is stale; regenerate it with "
        + "`swift run awish docs > docs/builtins.md`")
  }

  func testDocsListEveryBuiltinInAreaOrder() {
    let markdown = BuiltinDocs.markdown()
    var position = markdown.startIndex
    for area in Builtins.areas {
      for builtin in Builtins.all where builtin.area == area {
        let heading = "### `\(builtin.name)`\n"
        guard let found = markdown.range(of: heading, range: position..<markdown.endIndex) else {
          XCTFail("\(builtin.name) is missing or out of order")
          continue
        }
        position = found.upperBound
      }
    }
  }
}
