import Foundation
import Interpreter
import Tensor

/// raw/MANIFEST.tsv: one row per fetched file, so the raw data can be fetched again, checked
/// and cited. Rows are replaced (by URI) on refresh; the file is rewritten atomically.
struct Manifest {
  static let columns = [
    "uri", "doi", "path", "size", "sha256", "retrieved", "licence", "citation",
  ]

  /// One fetched file; `path` is relative to the workspace root.
  struct Entry: Equatable {
    var uri: String
    var doi = ""
    var path: String
    var size = 0
    var sha256 = ""
    var retrieved = ""
    var licence = ""
    var citation = ""

    var fields: [String] { [uri, doi, path, String(size), sha256, retrieved, licence, citation] }
  }

  let file: String
  var entries: [Entry] = []

  /// The manifest of `workspace` (empty when the file does not exist yet).
  init(workspace: Workspace) {
    file = workspace.path(Workspace.manifestName)
    guard let data = FileManager.default.contents(atPath: file),
      let text = String(data: data, encoding: .utf8)
    else { return }
    for line in text.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == Manifest.columns.count else { continue }
      entries.append(
        Entry(
          uri: fields[0], doi: fields[1], path: fields[2], size: Int(fields[3]) ?? 0,
          sha256: fields[4], retrieved: fields[5], licence: fields[6], citation: fields[7]))
    }
  }

  func entry(for uri: String) -> Entry? { entries.last(where: { $0.uri == uri }) }

  /// The row of the file at `path` (relative to the root).
  func entry(atPath path: String) -> Entry? { entries.last(where: { $0.path == path }) }

  /// Adds `entry`, replacing the rows of the same URI or the same path (one row per path),
  /// and writes the file.
  mutating func record(_ entry: Entry) throws {
    entries.removeAll(where: { $0.uri == entry.uri || $0.path == entry.path })
    entries.append(entry)
    let clean: (String) -> String = {
      $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
    let lines =
      [Manifest.columns.joined(separator: "\t")]
      + entries.map { $0.fields.map(clean).joined(separator: "\t") }
    do {
      try CSVWriter.writeAtomically(
        lines.joined(separator: "\n") + "\n", to: file, intoRaw: true)
    } catch {
      throw FetchError(FileFailure(error, path: file).message(file, doing: "write"))
    }
  }

  /// The manifest as a frame (every column text but size).
  func frame() throws -> Frame {
    var columns = Manifest.columns.enumerated().map { index, name in
      Column(name: name, storage: .strings(entries.map { $0.fields[index] }))
    }
    columns[3] = Column(name: "size", storage: .int(entries.map(\.size)), unit: "B")
    return try Frame(columns: columns, metadata: [("source", file)])
  }
}
