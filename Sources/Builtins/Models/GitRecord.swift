import Foundation

/// git, run as a program: the state of a folder's repository for provenance, and commits and
/// tags of the model repository. Everything is optional: without git or a repository the
/// answers are nil and nothing is recorded.
public enum GitRecord {
  /// A git command's trimmed standard output, or nil when it failed or git is missing.
  /// `commits` gives a commit or an annotated tag an author on machines that have none (a
  /// compute node); only those commands need one.
  @discardableResult
  public static func run(_ arguments: [String], in folder: String, commits: Bool = false)
    -> String?
  {
    var environment = ProcessInfo.processInfo.environment
    if commits, environment["GIT_AUTHOR_EMAIL"] == nil, !hasIdentity(in: folder) {
      for (key, value) in [
        ("GIT_AUTHOR_NAME", "awish"), ("GIT_AUTHOR_EMAIL", "awish@localhost"),
        ("GIT_COMMITTER_NAME", "awish"), ("GIT_COMMITTER_EMAIL", "awish@localhost"),
      ] where environment[key] == nil {
        environment[key] = value
      }
    }
    return output(["git", "-C", folder.isEmpty ? "." : folder] + arguments, environment)
  }

  private static func hasIdentity(in folder: String) -> Bool {
    output(["git", "-C", folder, "config", "user.email"], ProcessInfo.processInfo.environment)
      != nil
  }

  /// A program's trimmed standard output when it exits with 0.
  private static func output(_ arguments: [String], _ environment: [String: String]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
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
