import Foundation

/// git, run as a program: the state of a folder's repository for provenance, and commits and
/// tags of the model repository. Everything is optional: without git or a repository the
/// answers are nil and nothing is recorded.
public enum GitRecord {
  /// A git command's trimmed standard output, or nil when it failed or git is missing.
  @discardableResult
  public static func run(_ arguments: [String], in folder: String) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder.isEmpty ? "." : folder] + arguments
    var environment = ProcessInfo.processInfo.environment
    // Commits need an author; a machine without one (a compute node) gets awish's.
    for (key, value) in [
      ("GIT_AUTHOR_NAME", "awish"), ("GIT_AUTHOR_EMAIL", "awish@localhost"),
      ("GIT_COMMITTER_NAME", "awish"), ("GIT_COMMITTER_EMAIL", "awish@localhost"),
    ] where environment[key] == nil && !hasIdentity(in: folder) {
      environment[key] = value
    }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private static func hasIdentity(in folder: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", folder, "config", "user.email"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }

  /// The commit checked out in `folder`'s repository and whether the tree has changes.
  public static func state(of folder: String) -> (commit: String, dirty: Bool)? {
    guard let commit = run(["rev-parse", "HEAD"], in: folder) else { return nil }
    let status = run(["status", "--porcelain"], in: folder) ?? ""
    return (commit, !status.isEmpty)
  }

  /// The top folder of the repository holding `folder`, if any.
  public static func root(of folder: String) -> String? {
    run(["rev-parse", "--show-toplevel"], in: folder)
  }
}
