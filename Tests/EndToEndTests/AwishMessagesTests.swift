import Foundation
import XCTest

/// The awish executable's texts live in Sources/awish/AwishMessages.swift: no error, help,
/// usage line or kernel log line in Sources/awish spells out its words inline, and the catalog
/// stays alphabetical. Option docs of ArgumentParser (`help: "Run this code…"`, capitalised)
/// and printed results (`print("created …")`) are not messages and stay where they are.
final class AwishMessagesTests: XCTestCase {
  /// A literal text given to an error type (`ValidationError("…"`, `ClusterError("…"`,
  /// `Problem(message: "…"`), as a kernel failure's reason (`.failure(.x(place, "…"))`), as a
  /// lowercase help or label, or written to standard error or the kernel log with words right
  /// after its optional `error: ` / `warning: ` prefix.
  static func inlineText() throws -> NSRegularExpression {
    try NSRegularExpression(
      pattern: #"\b[A-Z]\w*Error\(\s*""#
        + #"|(?:Problem|Failure)\(\s*(?:message:\s*)?""#
        + #"|\.failure\(\.\w+\([^,\n]*,\s*""#
        + #"|\b(?:help|hint|message|label):\s*"[a-z']"#
        + #"|(?:writeStandardError|writeError|usageError|KernelLog\.write)\(\s*""#
        + #"(?:(?:error|warning): )?(?!(?:error|warning): )[a-zA-Z]"#)
  }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/awish")

  func testTextsOfTheExecutableComeFromItsCatalog() throws {
    let inlineText = try Self.inlineText()
    guard let files = FileManager.default.enumerator(atPath: Self.folder.path) else {
      return XCTFail("cannot list \(Self.folder.path)")
    }
    var checked = 0
    var found: [String] = []
    for case let path as String in files
    where path.hasSuffix(".swift") && path != "AwishMessages.swift" {
      let text = try String(
        contentsOf: Self.folder.appendingPathComponent(path), encoding: .utf8)
      checked += 1
      for match in inlineText.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        guard let range = Range(match.range, in: text) else { continue }
        found.append("\(path):\(text[..<range.lowerBound].filter { $0 == "\n" }.count + 1)")
      }
    }
    XCTAssertGreaterThan(checked, 50)
    XCTAssertEqual(found.sorted(), [], "texts spelled out inline; move them into AwishMessages")
  }

  func testCatalogIsAlphabetical() throws {
    let text = try String(
      contentsOf: Self.folder.appendingPathComponent("AwishMessages.swift"), encoding: .utf8)
    let member = try NSRegularExpression(
      pattern: #"^  static (?:let|func) (\w+)"#, options: .anchorsMatchLines)
    let names = member.matches(in: text, range: NSRange(text.startIndex..., in: text))
      .compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    XCTAssertGreaterThan(names.count, 50)
    XCTAssertEqual(names, names.sorted { $0.lowercased() < $1.lowercased() })
  }
}
