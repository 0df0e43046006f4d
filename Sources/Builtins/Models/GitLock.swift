import Foundation

/// git's index lock as save_model leaves it when killed: before touching the index, a save
/// writes its process id to `.git/awish-model.pid`; the next save that finds that file with a
/// dead process id and a `.git/index.lock` removes the lock, which only that save can have
/// left. A lock without the marker (a git command of someone else) is never touched.
enum GitLock {
  /// Recovers a stale lock this mechanism left, then writes this process's marker; the
  /// marker's path.
  static func claim(in top: String) -> String? {
    guard let gitFolder = GitRecord.run(["rev-parse", "--absolute-git-dir"], in: top) else {
      return nil
    }
    let marker = gitFolder + "/awish-model.pid"
    if let text = try? String(contentsOfFile: marker, encoding: .utf8),
      let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)),
      !ModelStore.isRunning(pid)
    {
      unlink(gitFolder + "/index.lock")
      unlink(marker)
    }
    guard (try? "\(getpid())\n".write(toFile: marker, atomically: true, encoding: .utf8)) != nil
    else { return nil }
    return marker
  }

  /// Removes the marker once the save's git commands are done.
  static func release(_ marker: String?) {
    if let marker { unlink(marker) }
  }
}
