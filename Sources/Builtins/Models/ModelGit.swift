import Foundation

/// The git records of the model repository, when it lies inside a git repository: each save
/// is a commit of only that version's files, tagged `model/<name>/v<N>`; each alias move is a
/// commit of aliases.json and an annotated tag `model/<name>/<alias>` on the version's commit,
/// so `git log` tells which version carried an alias when.
enum ModelGit {
  /// The tag of the saved version, or nil outside a repository (or when git failed).
  @discardableResult
  static func recordSave(_ store: ModelStore, name: String, version: Int) -> String? {
    let folder = store.folder(name, version: version).path
    guard let top = GitRecord.root(of: store.root.path) else { return nil }
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
