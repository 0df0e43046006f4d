import Foundation

/// One script test: a `.awi` file and what it must print and report, read from its
/// `# expect: <line>` comments, its `# expect error[E0401] at 3:14` comments (the errors' ids
/// and places, all of them, in order; `at other.awi:3:14` for a place in another file, no
/// `at` for an error without a place) and its optional `# expect error: <text>` comments
/// (text the rendered errors must contain).
struct ScriptCase {
  static let outputMarker = "# expect: "
  static let errorMarker = "# expect error: "
  static let codeMarker = "# expect error["

  /// One expected error: its id (`E0401`) and place (`3:14`, `other.awi:3:14`, or nil).
  struct ExpectedError: Equatable, CustomStringConvertible {
    let id: String
    let place: String?

    /// Reads `E0401] at 3:14`, the text after the marker; nil when malformed.
    init?(_ text: Substring) {
      guard let close = text.firstIndex(of: "]") else { return nil }
      id = String(text[..<close])
      let rest = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
      if rest.isEmpty {
        place = nil
      } else if rest.hasPrefix("at ") {
        place = String(rest.dropFirst(3)).trimmingCharacters(in: .whitespaces)
      } else {
        return nil
      }
      guard id.hasPrefix("E"), id.count == 5, id.dropFirst().allSatisfy(\.isNumber) else {
        return nil
      }
    }

    init(id: String, place: String?) {
      self.id = id
      self.place = place
    }

    var description: String { "error[\(id)]" + (place.map { " at \($0)" } ?? "") }
  }

  let url: URL
  /// The path below the scripts folder, as diagnostics show it (`<feature>/<case>.awi`).
  let name: String
  let text: String
  let expectedLines: [String]
  let expectedErrors: [String]
  let expectedCodes: [ExpectedError]
  /// `# expect error[` lines that do not read as an id and a place.
  let malformed: [String]

  init(url: URL, name: String) throws {
    self.url = url
    self.name = name
    text = try String(contentsOf: url, encoding: .utf8)
    var lines: [String] = []
    var errors: [String] = []
    var codes: [ExpectedError] = []
    var malformed: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      if trimmed.hasPrefix(ScriptCase.codeMarker) {
        let rest = trimmed.dropFirst(ScriptCase.codeMarker.count)
        if let expected = ExpectedError(rest) {
          codes.append(expected)
        } else {
          malformed.append(String(trimmed))
        }
      } else if let range = trimmed.range(of: ScriptCase.outputMarker) {
        lines.append(String(trimmed[range.upperBound...]))
      } else if trimmed.hasPrefix("# expect:") {
        lines.append("")
      } else if let range = trimmed.range(of: ScriptCase.errorMarker) {
        errors.append(String(trimmed[range.upperBound...]))
      }
    }
    expectedLines = lines
    expectedErrors = errors
    expectedCodes = codes
    self.malformed = malformed
  }

  /// Every `.awi` file below `root`, sorted, skipping helpers: files and folders whose name
  /// starts with `_`.
  static func all(in root: URL) throws -> [ScriptCase] {
    let rootPath = root.standardizedFileURL.path + "/"
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else { return [] }
    var cases: [ScriptCase] = []
    for case let url as URL in walker where url.pathExtension == "awi" {
      let path = url.standardizedFileURL.path
      let relative = path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
      if relative.split(separator: "/").contains(where: { $0.hasPrefix("_") }) { continue }
      cases.append(try ScriptCase(url: url, name: relative))
    }
    return cases.sorted { $0.name < $1.name }
  }
}
