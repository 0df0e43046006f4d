import Foundation
import TestSupport
import XCTest

/// The builtins' texts live in the enums of BuiltinMessages.swift: no throw site, warning or
/// help in Sources/Builtins (every area folder and the loose files) carries an inline text,
/// and each enum is alphabetical.
final class CatalogTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func testBuiltinTextsAreInBuiltinMessages() throws {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/Builtins", skipping: ["BuiltinMessages.swift"],
      extraCalls: ["warnOnce", "Problem", "Failure"])
    try InlineMessageScan.assertCatalogued(
      scope, catalog: "Sources/Builtins/BuiltinMessages.swift", root: root, minimumFiles: 150)
  }

  /// The scan finds what it is meant to find, so that an empty result means something.
  func testScanFindsInlineTexts() {
    let source = """
      throw args.error("the lower bound is above", at: "lower")
      throw args.error(.noColumn, Texts.noColumn(name), at: "on", help: "sort it first")
      throw RuntimeError(
        .operandTypes, Texts.operandTypes(isAnd ? "and" : "or", "a b"), label: "x")
      // throw args.error("a comment is not code")
      throw TensorValue.runtimeError(error, "axis")
      let text = "not a throw site"
      throw args.typeError("names", "lists of names")
      throw args.error(context + "\\(x) has no unit")
      return Problem(message: "the archive is empty", hint: "fetch it again")
      let options = Options(message: "no such file")
      writeStandardError("error: \\(error.message)\\n")
      writeStandardError("warning: the cache is stale")
      throw args.error("overflow", at: "n")
      throw RuntimeError(.generic, "overflow")
      throw args.kindError("frames")
      throw args.error(Texts.sorted(name), at: left ? "left" : "right", help: name == "color" ? Texts.colorHelp : "use a column")
      """
    let found = InlineMessageScan.findings(inSource: source, file: "f").map {
      "\($0.line) \($0.text)"
    }
    XCTAssertEqual(
      found,
      [
        "1 the lower bound is above", "2 sort it first", "4 x", "8 lists of names",
        "9 \\(x) has no unit", "10 the archive is empty", "10 fetch it again", "11 no such file",
        "13 warning: the cache is stale", "14 overflow", "15 overflow", "17 use a column",
      ])
  }

  func testOrderCheckNamesTheMemberOutOfPlace() {
    let source = "enum M {\n  static let b = \"\"\n  static func a() -> String { \"\" }\n}\n"
    XCTAssertEqual(InlineMessageScan.unordered(enumNamed: "M", in: source), ["a after b"])
    XCTAssertEqual(InlineMessageScan.unorderedCatalogs(in: source), ["M: a after b"])
    let sections =
      "enum M {\n  // MARK: - One\n  static let b = 1\n  // MARK: - Two\n"
      + "  static let a = 2\n  static let c = 3\n}\n"
    XCTAssertEqual(InlineMessageScan.unorderedCatalogs(in: sections), [])
  }
}
