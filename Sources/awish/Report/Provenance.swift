import Builtins
import Foundation
import Interpreter

/// Where a report's results came from: the files read and written, the git state of the
/// script's folder, and the machine and time.
struct Provenance {
  struct FileEntry {
    /// Relative to the script's folder when inside it.
    let path: String
    let access: String
    let size: Int?
    /// The file's sha256 and, for a file fetched into raw/, its manifest row.
    let record: DataFileRecord
  }

  var files: [FileEntry]
  var gitCommit: String?
  var gitDirty: Bool
  var host: String
  var version: String
  var started: Date
  var finished: Date

  /// The provenance of a report's run from what its context recorded.
  static func collect(script: String, run: RunContext, finished: Date) -> Provenance {
    let folder = URL(fileURLWithPath: script).deletingLastPathComponent().standardizedFileURL
      .path
    let files = run.files.map { entry in
      let size = (try? FileManager.default.attributesOfItem(atPath: entry.path))?[.size] as? Int
      return FileEntry(
        path: Paths.relative(entry.path, inside: folder), access: entry.access.rawValue, size: size,
        record: DataFileRecord.describe(entry.path))
    }
    let git = GitRecord.state(of: folder)
    return Provenance(
      files: files, gitCommit: git?.commit, gitDirty: git?.dirty ?? false,
      host: ProcessInfo.processInfo.hostName, version: Awish.version, started: run.started,
      finished: finished)
  }
}
