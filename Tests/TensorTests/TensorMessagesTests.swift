import Foundation
import TestSupport
import XCTest

@testable import Tensor

/// Tensor's texts live in one catalog, Sources/Tensor/TensorMessages.swift, and Guards' in
/// Sources/Guards/GuardsMessages.swift: no throw site or error initializer in either module
/// carries a message as an inline string literal, and each catalog stays alphabetical inside
/// each MARK section.
final class TensorMessagesTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  /// Literals that stay inline on purpose, by file and text, with the reason.
  static let allowed = [
    InlineMessageScan.Allowance(
      file: "Kernels/Elementwise+Comparison.swift", text: "and",
      reason: "an operator's name, as op.rawValue is"),
    InlineMessageScan.Allowance(
      file: "Kernels/Elementwise+Comparison.swift", text: "or",
      reason: "an operator's name, as op.rawValue is"),
    InlineMessageScan.Allowance(
      file: "Kernels/Elementwise+Comparison.swift", text: "not",
      reason: "an operator's name, as op.rawValue is"),
  ]

  /// Texts allowed inline are listed in `allowed`, each with its reason.
  func testNoThrowSiteCarriesAnInlineMessage() throws {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/Tensor", skipping: ["TensorMessages.swift"],
      extraCalls: ["CFNote", "other"], allowed: Self.allowed, isStrict: true)
    try InlineMessageScan.assertCatalogued(
      scope, catalog: "Sources/Tensor/TensorMessages.swift", root: root, minimumFiles: 100)
  }

  func testGuardsTextsAreInGuardsMessages() throws {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/Guards", skipping: ["GuardsMessages.swift"], isStrict: true)
    try InlineMessageScan.assertCatalogued(
      scope, catalog: "Sources/Guards/GuardsMessages.swift", root: root, minimumFiles: 1)
  }

  /// The scan finds the error types a module declares and the texts given to them.
  func testScannerFindsInlineMessages() {
    let source = """
      struct WAVError: Error, Equatable { let message: String }
      guard ok else { throw WAVError("the file is empty") }
      throw CSVError(
        line: 3, message: "row \\(n) is bad" + "ly formed")
      let failure = FileFailure.other("the system refused it")
      throw LearningError(TensorMessages.learningNoRows, at: "target")
      throw NetCDFError(TensorMessages.cfNotOneFrame("\\(error)"))
      // throw WAVError("a comment")
      let text = "not a message"; throw .unsupported(op.rawValue)
      throw WAVError("truncated")
      throw .unsupported(isAnd ? "and" : "or")
      throw Problem.bad("the header is short")
      """
    let found = InlineMessageScan.findings(
      inSource: source, file: "x.swift", extraCalls: ["other"], isStrict: true)
    XCTAssertEqual(
      found.map(\.line), [2, 4, 4, 5, 10, 11, 11, 12],
      found.map(\.description).joined(separator: "\n"))
    XCTAssertEqual(InlineMessageScan.errorTypeNames(source), ["WAVError"])
  }

  /// Columns that do not make a frame are named in words, not as Swift prints the enum.
  func testFrameProblemsReadAsSentences() {
    XCTAssertEqual(
      TensorMessages.cfNotOneFrame(.duplicateName("TEMP")),
      "the variables do not make one frame: column 'TEMP' appears twice")
    XCTAssertEqual(
      TensorMessages.csvNotAFrame(.lengthMismatch(name: "b", expected: 3, got: 2)),
      "columns could not form a frame: column 'b' has 2 rows, the frame has 3")
  }

  func testCatalogIsAlphabeticalInEachSection() throws {
    let catalog = try String(
      contentsOf: root.appendingPathComponent("Sources/Tensor/TensorMessages.swift"),
      encoding: .utf8)
    XCTAssertGreaterThan(catalog.components(separatedBy: "// MARK: - ").count, 5)
    XCTAssertEqual(InlineMessageScan.unorderedCatalogs(in: catalog), [])
  }
}
