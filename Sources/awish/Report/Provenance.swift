import Builtins
import Foundation

/// Where a report's results came from: the files read and written, the git state of the
/// script's folder, and the machine and time.
struct Provenance {
  struct FileEntry {
    let path: String
    let access: String
    let size: Int?
  }

  var files: [FileEntry]
  var gitCommit: String?
  var gitDirty: Bool
  var host: String
  var version: String
  var started: Date
  var finished: Date

  static func collect(script: String, started: Date, finished: Date) -> Provenance {
    let folder = URL(fileURLWithPath: script).deletingLastPathComponent().path
    let files = DataLog.shared.all.map { entry in
      let size = (try? FileManager.default.attributesOfItem(atPath: entry.path))?[.size] as? Int
      return FileEntry(path: entry.path, access: entry.access.rawValue, size: size)
    }
    let git = GitRecord.state(of: folder)
    return Provenance(
      files: files, gitCommit: git?.commit, gitDirty: git?.dirty ?? false,
      host: ProcessInfo.processInfo.hostName, version: Awish.version, started: started,
      finished: finished)
  }
}
