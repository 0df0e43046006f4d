import Foundation
import XCTest

@testable import Tensor

/// Tensor's texts live in one catalog, Sources/Tensor/TensorMessages.swift: no throw site or
/// error initializer in the module carries a message as an inline string literal, and the
/// catalog stays alphabetical inside each MARK section.
final class TensorMessagesTests: XCTestCase {
  /// Literals that stay inline on purpose, by file and text, with the reason.
  static let allowed: [(file: String, text: String, reason: String)] = [
    ("Kernels/Elementwise+Comparison.swift", "and", "an operator's name, as op.rawValue is"),
    ("Kernels/Elementwise+Comparison.swift", "or", "an operator's name, as op.rawValue is"),
    ("Kernels/Elementwise+Comparison.swift", "not", "an operator's name, as op.rawValue is"),
  ]

  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Sources/Tensor")

  func testNoThrowSiteCarriesAnInlineMessage() throws {
    let files = try Self.swiftFiles().filter { $0 != "TensorMessages.swift" }
    XCTAssertGreaterThan(files.count, 100, "Sources/Tensor was not found at \(Self.sources.path)")
    let callees = try Self.errorTypes(in: files) + ["CFNote", "other"]
    XCTAssertTrue(callees.contains("WAVError") && callees.contains("CSVError"), "\(callees)")
    var inline: [String] = []
    for file in files {
      let source = try String(
        contentsOf: Self.sources.appendingPathComponent(file), encoding: .utf8)
      let scanner = MessageSiteScanner(source: source, callees: callees)
      for literal in scanner.literals() where Self.isMessage(literal, in: file) {
        inline.append("\(file):\(literal.line): \"\(literal.text)\"")
      }
    }
    XCTAssertEqual(
      inline, [], "move these texts into TensorMessages (or allow them here with a reason)")
  }

  func testScannerFindsInlineMessages() {
    let source = """
      guard ok else { throw WAVError("the file is empty") }
      throw CSVError(
        line: 3, message: "row \\(n) is bad" + "ly formed")
      let failure = FileFailure.other("the system refused it")
      throw LearningError(TensorMessages.learningNoRows, at: "target")
      throw NetCDFError(TensorMessages.cfNotOneFrame("\\(error)"))
      // throw WAVError("a comment")
      let text = "not a message"; throw .unsupported(op.rawValue)
      """
    let scanner = MessageSiteScanner(source: source, callees: ["WAVError", "CSVError", "other"])
    let found = scanner.literals().filter { TensorMessagesTests.isMessage($0, in: "x.swift") }
    XCTAssertEqual(
      found.map(\.line), [1, 3, 3, 4],
      found.map { "\($0.line): \($0.text)" }.joined(separator: "\n"))
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
      contentsOf: Self.sources.appendingPathComponent("TensorMessages.swift"), encoding: .utf8)
    let sections = catalog.components(separatedBy: "// MARK: - ").dropFirst()
    XCTAssertGreaterThan(sections.count, 5)
    for section in sections {
      let title = section.prefix(while: { $0 != "\n" })
      let names = section.split(separator: "\n").compactMap(Self.memberName)
      let sorted = names.sorted { $0.lowercased() < $1.lowercased() }
      XCTAssertEqual(names, sorted, "section \(title) is not alphabetical")
    }
  }

  /// Whether a literal in a message-carrying call is a message: not an argument's name
  /// (`at: "target"`), not empty, not one interpolation of a value, not allowed above.
  static func isMessage(_ literal: MessageSiteScanner.Literal, in file: String) -> Bool {
    if literal.label == "at" || literal.text.isEmpty { return false }
    if literal.text.hasPrefix("\\("), literal.text.hasSuffix(")"),
      literal.text.dropFirst(2).firstIndex(of: "\\") == nil
    {
      return false
    }
    return !allowed.contains { file.hasSuffix($0.file) && $0.text == literal.text }
  }

  /// The name of a top-level catalog member (`  static let name` / `  static func name(`).
  static func memberName(_ line: Substring) -> String? {
    for prefix in ["  static let ", "  static func ", "  static var "] where line.hasPrefix(prefix)
    {
      return String(line.dropFirst(prefix.count).prefix(while: { $0.isLetter || $0.isNumber }))
    }
    return nil
  }

  /// The module's Swift files, relative to Sources/Tensor.
  static func swiftFiles() throws -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: sources.path)
    var files: [String] = []
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".swift") { files.append(path) }
    }
    return files.sorted()
  }

  /// The names of the error types the module declares (`struct WAVError: Error`, …).
  static func errorTypes(in files: [String]) throws -> [String] {
    let pattern = try NSRegularExpression(pattern: #"(?:struct|enum|class)\s+(\w+)\s*:\s*Error\b"#)
    var names: Set<String> = []
    for file in files {
      let source = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      let range = NSRange(source.startIndex..., in: source)
      for match in pattern.matches(in: source, range: range) {
        if let name = Range(match.range(at: 1), in: source) { names.insert(String(source[name])) }
      }
    }
    return names.sorted()
  }
}
