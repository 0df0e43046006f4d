import Foundation
import Interpreter
import Tensor

/// What a report's provenance tells of one data file: its SHA-256 and, when fetch copied it
/// into a workspace's raw/ folder, where it came from according to raw/MANIFEST.tsv.
public struct DataFileRecord: Sendable, Equatable {
  /// The hex digest of the file as it is now; nil when it cannot be read.
  public var sha256: String?
  /// The manifest's URI, DOI, licence and citation; empty when the file is not in it.
  public var uri = ""
  public var doi = ""
  public var licence = ""
  public var citation = ""

  /// Hashes the file at `path` and looks it up in its workspace's manifest.
  public static func describe(_ path: String) -> DataFileRecord {
    var record = DataFileRecord(sha256: digest(of: path))
    guard let raw = RawFolder.containing(path) else { return record }
    let root = String(raw.dropLast("/raw/".count))
    let full = URL(fileURLWithPath: path).standardizedFileURL.path
    guard full.hasPrefix(root + "/") else { return record }
    let relative = String(full.dropFirst(root.count + 1))
    let manifest = Manifest(workspace: Workspace(root: root, settings: []))
    if let entry = manifest.entries.last(where: { $0.path == relative }) {
      record.uri = entry.uri
      record.doi = entry.doi
      record.licence = entry.licence
      record.citation = entry.citation
    }
    return record
  }

  /// The SHA-256 of a file, read a megabyte at a time into one buffer.
  static func digest(of path: String) -> String? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
      !isFolder.boolValue
    else { return nil }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var hash = SHA256()
    guard FileChunks.forEach(in: descriptor, { hash.update($0) }) else { return nil }
    return hash.finish()
  }
}
