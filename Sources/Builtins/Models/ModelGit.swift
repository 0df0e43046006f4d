import Foundation

/// The git records of the model repository, when it lies inside a git repository: each save
/// is a commit of only that version's files, tagged `model/<name>/v<N>`; each alias move is a
/// commit of aliases.json and an annotated tag `model/<name>/<alias>` on the version's commit,
/// so `git log` tells which version carried an alias when.
enum ModelGit {
  /// The tag of the saved version, or nil outside a repository (or when git failed).
  /// Earlier versions whose commit a killed save never made are committed first, in order.
  @discardableResult
  static func recordSave(_ store: ModelStore, name: String, version: Int) -> String? {
    guard let top = GitRecord.root(of: store.root.path) else { return nil }
    let marker = GitLock.claim(in: top)
    defer { GitLock.release(marker) }
    commitPending(store, name: name, before: version, in: top)
    return commit(store, name: name, version: version, in: top)
  }

  /// Commits the versions a killed save left uncommitted (and recovers its stale lock), when
  /// a save finds its model already stored and so commits nothing of its own.
  static func recordPending(_ store: ModelStore, name: String) {
    guard let top = GitRecord.root(of: store.root.path) else { return }
    let marker = GitLock.claim(in: top)
    defer { GitLock.release(marker) }
    commitPending(store, name: name, before: Int.max, in: top)
  }

  private static func commitPending(
    _ store: ModelStore, name: String, before version: Int, in top: String
  ) {
    let tagged = Set(
      (GitRecord.run(["tag", "--list", "model/\(name)/v*"], in: top) ?? "")
        .split(separator: "\n").map(String.init))
    for earlier in store.versions(of: name) where earlier < version {
      if !tagged.contains("model/\(name)/v\(earlier)") {
        commit(store, name: name, version: earlier, in: top)
      }
    }
  }

  /// Commits one version's folder and tags it; the tag, or nil when git failed.
  @discardableResult
  private static func commit(_ store: ModelStore, name: String, version: Int, in top: String)
    -> String?
  {
    let folder = store.folder(name, version: version).path
    let tag = "model/\(name)/v\(version)"
    guard GitRecord.run(["add", "--", folder], in: top) != nil,
      GitRecord.run(
        ["commit", "--quiet", "-m", "model \(name) v\(version)", "--only", "--", folder], in: top,
        commits: true) != nil,
      GitRecord.run(["tag", tag], in: top) != nil
    else { return nil }
    return tag
  }

  @discardableResult
  static func recordAlias(_ store: ModelStore, name: String, alias: String, version: Int) -> String?
  {
    let file = store.folder(name).appendingPathComponent("aliases.json").path
    guard let top = GitRecord.root(of: store.root.path) else { return nil }
    let message = "model \(name): \(alias) is v\(version)"
    let tag = "model/\(name)/\(alias)"
    guard GitRecord.run(["add", "--", file], in: top) != nil else { return nil }
    GitRecord.run(
      ["commit", "--quiet", "-m", message, "--only", "--", file], in: top, commits: true)
    let target =
      GitRecord.run(["rev-parse", "refs/tags/model/\(name)/v\(version)^{commit}"], in: top)
      ?? "HEAD"
    guard
      GitRecord.run(["tag", "-a", "-f", "-m", message, tag, target], in: top, commits: true) != nil
    else {
      return nil
    }
    return tag
  }
}
