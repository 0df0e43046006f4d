import Builtins
import Foundation
import Interpreter
import Lang
import TestSupport
import XCTest

/// The error catalogs: ids in number order and unique, each one used by the sources, each
/// example really producing its id, and docs/errors.md generated from them.
final class ErrorCatalogTests: XCTestCase {
  static let root = DocsTests.repositoryRoot
  static let catalogFiles = [
    "Sources/Lang/LangErrors.swift", "Sources/Interpreter/InterpreterErrors.swift",
    "Sources/Builtins/BuiltinErrors.swift",
  ]

  /// The `(swift name, number)` pairs a catalog file declares, in the file's order.
  static func declarations(in path: String) throws -> [(name: String, number: Int)] {
    let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    let pattern = try NSRegularExpression(
      pattern: #"public static let (\w+) = ErrorCode\(\s*(\d+),"#)
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
      guard let name = Range(match.range(at: 1), in: text),
        let number = Range(match.range(at: 2), in: text).flatMap({ Int(text[$0]) })
      else { return nil }
      return (String(text[name]), number)
    }
  }

  func testEachCatalogFileIsInNumberOrderAndListsEveryId() throws {
    let lists = [LangErrors.all, InterpreterErrors.all, BuiltinErrors.all]
    for (path, list) in zip(ErrorCatalogTests.catalogFiles, lists) {
      let numbers = try ErrorCatalogTests.declarations(in: path).map(\.number)
      XCTAssertEqual(numbers, numbers.sorted(), "\(path) is not in number order")
      XCTAssertEqual(list.map(\.number), numbers, "\(path): its list differs from its ids")
    }
  }

  func testIdsAndSlugsAreUnique() {
    let all = ErrorCatalog.all
    XCTAssertEqual(Set(all.map(\.number)).count, all.count, "an id number appears twice")
    XCTAssertEqual(Set(all.map(\.slug)).count, all.count, "a slug appears twice")
    for code in all {
      XCTAssertTrue(code.slug.allSatisfy { $0.isLowercase || $0 == "-" }, code.slug)
      XCTAssertFalse(code.explanation.isEmpty || code.example.isEmpty, code.id)
      XCTAssertTrue((101...899).contains(code.number), code.id)
    }
  }

  /// Every id is named somewhere in Sources outside the catalogs.
  func testEveryIdIsUsed() throws {
    var sources = ""
    let folder = ErrorCatalogTests.root.appendingPathComponent("Sources")
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      guard url.pathExtension == "swift", !url.lastPathComponent.hasSuffix("Errors.swift")
      else { continue }
      sources += try String(contentsOf: url, encoding: .utf8)
    }
    for path in ErrorCatalogTests.catalogFiles {
      for (name, number) in try ErrorCatalogTests.declarations(in: path) {
        let use = try NSRegularExpression(pattern: #"\.\#(name)\b"#)
        let used = use.firstMatch(in: sources, range: NSRange(sources.startIndex..., in: sources))
        XCTAssertNotNil(used, "E\(number) (\(name)) is not used outside \(path)")
      }
    }
  }

  /// The first error a script gives, and its id. Files it writes below /tmp/ go to a scratch
  /// folder of its own.
  static func firstCode(of source: String) -> ErrorCode? {
    let session = Session(builtins: Builtins.all, output: { _ in })
    let scratch = ScratchFolder("error-example")
    defer { scratch.remove() }
    switch session.run(scratch.redirecting(source), name: "example.awi") {
    case .success: return nil
    case .rejected(let diagnostics): return diagnostics.first?.code
    case .failed(let error): return error.diagnostic.code
    }
  }

  func testEveryExampleProducesItsId() {
    for code in ErrorCatalog.all where code.isReproducible {
      let produced = ErrorCatalogTests.firstCode(of: code.example)
      XCTAssertEqual(
        produced?.id, code.id,
        "the example of \(code) gave \(produced.map(\.description) ?? "no error")")
    }
  }

  func testExplanationNamesTheIdAndShowsTheExample() throws {
    let code = try XCTUnwrap(ErrorCode.find("e301", in: ErrorCatalog.all))
    XCTAssertEqual(code.slug, "unit-mismatch")
    XCTAssertEqual(ErrorCode.find("unit-mismatch", in: ErrorCatalog.all), code)
    XCTAssertNil(ErrorCode.find("E9999", in: ErrorCatalog.all))
    XCTAssertNil(ErrorCode.find("E", in: ErrorCatalog.all))
    XCTAssertTrue(code.longExplanation.hasPrefix("E0301 unit-mismatch: "))
    XCTAssertTrue(code.longExplanation.contains("    d = column([1.0, 2.0], unit=\"m\")"))
  }

  func testCommittedErrorDocsMatchTheCatalog() throws {
    let url = ErrorCatalogTests.root.appendingPathComponent("docs/errors.md")
    let committed = try String(contentsOf: url, encoding: .utf8)
    XCTAssertTrue(
      committed == ErrorDocs.markdown(),
      "docs/errors.md is stale; regenerate it with `awish docs --errors > docs/errors.md`")
  }
}
