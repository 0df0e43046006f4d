import Foundation
import XCTest

extension InlineMessageScan {
  /// Fails when a source file of `scope` spells a text out inline (naming each and the
  /// catalog it belongs in), when fewer than `minimumFiles` were read (the folder was not
  /// found), or when the catalog file's enums are not alphabetical.
  public static func assertCatalogued(
    _ scope: Scope, catalog: String, root: URL, minimumFiles: Int,
    file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let (findings, files) = scan(scope, root: root)
    XCTAssertGreaterThan(
      files, minimumFiles, "\(scope.folder) was not found under \(root.path)", file: file,
      line: line)
    XCTAssertEqual(
      findings.map(\.description), [], "move these texts into \(catalog)", file: file,
      line: line)
    let source = try String(contentsOf: root.appendingPathComponent(catalog), encoding: .utf8)
    XCTAssertEqual(
      unorderedCatalogs(in: source), [], "\(catalog) is not alphabetical", file: file,
      line: line)
  }
}
