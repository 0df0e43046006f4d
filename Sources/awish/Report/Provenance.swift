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
    let commit = git(["rev-parse", "HEAD"], in: folder)
    let status = commit == nil ? nil : git(["status", "--porcelain"], in: folder)
    return Provenance(
      files: files, gitCommit: commit, gitDirty: !(status ?? "").isEmpty,
      host: ProcessInfo.processInfo.hostName, version: Awish.version, started: started,
      finished: finished)
  }

  /// A git command's trimmed output, or nil when git or the repository is not there.
  private static func git(_ arguments: [String], in folder: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder.isEmpty ? "." : folder] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
