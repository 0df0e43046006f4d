import Foundation

/// One script test: a `.awi` file and what it must print and report, read from its
/// `# expect: <line>` and `# expect error: <text>` comments.
struct ScriptCase {
  static let outputMarker = "# expect: "
  static let errorMarker = "# expect error: "

  let url: URL
  /// The path below the scripts folder, as diagnostics show it (`<feature>/<case>.awi`).
  let name: String
  let text: String
  let expectedLines: [String]
  let expectedErrors: [String]

  init(url: URL, name: String) throws {
    self.url = url
    self.name = name
    text = try String(contentsOf: url, encoding: .utf8)
    var lines: [String] = []
    var errors: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
      if let range = trimmed.range(of: ScriptCase.outputMarker) {
        lines.append(String(trimmed[range.upperBound...]))
      } else if trimmed.hasPrefix("# expect:") {
        lines.append("")
      } else if let range = trimmed.range(of: ScriptCase.errorMarker) {
        errors.append(String(trimmed[range.upperBound...]))
      }
    }
    expectedLines = lines
    expectedErrors = errors
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
