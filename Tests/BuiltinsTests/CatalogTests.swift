import Foundation
import TestSupport
import XCTest

/// The texts of the Frames, Cleaning, Tensors, Signal and Learning builtins live in their
/// enums of BuiltinMessages.swift: no throw site in those folders carries an inline text, and
/// each enum is alphabetical.
final class CatalogTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func check(
    _ folder: String, _ catalog: String, file: StaticString = #filePath, line: UInt = #line
  )
    throws
  {
    let findings = InlineMessageScan.findings(
      in: "Sources/Builtins/" + folder, root: root, extraCalls: ["warnOnce", "Problem", "Failure"])
    XCTAssertEqual(
      findings.map(\.description), [],
      "move these texts into \(catalog) in Sources/Builtins/BuiltinMessages.swift",
      file: file, line: line)
    let catalogs = try String(
      contentsOf: root.appendingPathComponent("Sources/Builtins/BuiltinMessages.swift"),
      encoding: .utf8)
    XCTAssertEqual(
      InlineMessageScan.unordered(enumNamed: catalog, in: catalogs), [],
      "\(catalog) is not alphabetical", file: file, line: line)
  }

  func testFrameTextsAreInFrameMessages() throws { try check("Frames", "FrameMessages") }

  func testCleaningTextsAreInCleaningMessages() throws {
    try check("Cleaning", "CleaningMessages")
  }

  func testTensorTextsAreInTensorBuiltinMessages() throws {
    try check("Tensors", "TensorBuiltinMessages")
  }

  func testSignalTextsAreInSignalMessages() throws { try check("Signal", "SignalMessages") }

  func testLearningTextsAreInLearningMessages() throws {
    try check("Learning", "LearningMessages")
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
      """
    let found = InlineMessageScan.findings(inSource: source, file: "f", extraCalls: []).map {
      "\($0.line) \($0.text)"
    }
    XCTAssertEqual(
      found,
      [
        "1 the lower bound is above", "2 sort it first", "4 x", "8 lists of names",
        "9 \\(x) has no unit",
      ])
  }

  func testOrderCheckNamesTheMemberOutOfPlace() {
    let source = "enum M {\n  static let b = \"\"\n  static func a() -> String { \"\" }\n}\n"
    XCTAssertEqual(InlineMessageScan.unordered(enumNamed: "M", in: source), ["a after b"])
  }
}
