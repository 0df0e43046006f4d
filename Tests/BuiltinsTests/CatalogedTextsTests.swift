import Foundation
import XCTest

/// The texts of the core, file, plot, archive, netCDF, model, cluster and report builtins live
/// in their enums in BuiltinMessages.swift: no throw site in those folders spells out its
/// message (or help) as a string literal, and each enum stays alphabetical.
final class CatalogedTextsTests: XCTestCase {
  /// The folders under Sources/Builtins whose texts are catalogued, and their enums.
  static let areas = [
    "Core": "CoreMessages", "IO": "FileMessages", "Plots": "PlotMessages",
    "Archives": "ArchiveMessages", "NetCDF": "NetCDFMessages", "Models": "ModelMessages",
    "Cluster": "ClusterMessages", "Report": "ReportMessages",
  ]

  /// An error built with a literal message (`args.error("…"`, `RuntimeError(.code, "…"`,
  /// `FetchError("…"`, `Problem(message: "…"`), or a literal help or hint. `kindError("na")`
  /// and `typeError("key", …)` take a parameter's name first, not a text.
  static func inlineText() throws -> NSRegularExpression {
    try NSRegularExpression(
      pattern: #"(?:\berror|\b[A-Z]\w*Error|Problem|Failure)\("#
        + #"\s*(?:\.[A-Za-z]+\s*,\s*)?(?:message:\s*)?""#
        + #"|\b(?:help|hint|message):\s*""#)
  }

  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

  func testThrowSitesTakeTheirTextsFromTheCatalog() throws {
    var found: [String] = []
    let inlineText = try Self.inlineText()
    let builtins = Self.sources.appendingPathComponent("Builtins")
    var files = try FileManager.default.contentsOfDirectory(atPath: builtins.path)
      .filter {
        $0.hasSuffix(".swift") && $0 != "BuiltinMessages.swift" && $0 != "BuiltinErrors.swift"
      }
      .map { builtins.appendingPathComponent($0) }
    for folder in Self.areas.keys.sorted() {
      let url = builtins.appendingPathComponent(folder)
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
      where name.hasSuffix(".swift") {
        files.append(url.appendingPathComponent(name))
      }
    }
    XCTAssertGreaterThan(files.count, 60)
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for match in inlineText.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        guard let range = Range(match.range, in: text) else { continue }
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        found.append(
          "\(file.deletingLastPathComponent().lastPathComponent)/\(file.lastPathComponent):\(line)")
      }
    }
    XCTAssertEqual(
      found, [], "texts spelled out at throw sites; move them into BuiltinMessages.swift")
  }

  func testCataloguesAreAlphabetical() throws {
    let text = try String(
      contentsOf: Self.sources.appendingPathComponent("Builtins/BuiltinMessages.swift"),
      encoding: .utf8)
    let member = try NSRegularExpression(
      pattern: #"^  static (?:let|func) (\w+)"#, options: .anchorsMatchLines)
    for name in Self.areas.values.sorted() {
      guard let start = text.range(of: "enum \(name) {\n"),
        let end = text[text.index(before: start.upperBound)...].range(of: "\n}\n")
      else { return XCTFail("BuiltinMessages.swift has no enum \(name)") }
      let body = String(text[start.upperBound..<max(start.upperBound, end.lowerBound)])
      let names = member.matches(in: body, range: NSRange(body.startIndex..., in: body))
        .compactMap { Range($0.range(at: 1), in: body).map { String(body[$0]) } }
      XCTAssertEqual(
        names, names.sorted { $0.lowercased() < $1.lowercased() }, "\(name) is not alphabetical")
    }
  }
}
