import Foundation
import Interpreter
import Tensor

extension Workspace {
  /// What `awish init` wrote, in order, as paths relative to the root.
  public struct Creation: Sendable, Equatable {
    public var created: [String] = []
    public var gitInitialized = false
  }

  /// The awish.toml a new workspace starts with, named after its folder.
  public static func defaultConfig(name: String) -> String {
    let quoted = name.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return """
      # awish workspace settings. Environment variables AWISH_PANGAEA_URL, AWISH_O2A_URL,
      # AWISH_ECOTAXA_URL and AWISH_HSM_ROOT override the endpoints below.
      [project]
      name = "\(quoted)"

      [archives]
      pangaea = "https://doi.pangaea.de"
      o2a = "https://dashboard.awi.de/data/rest"
      ecotaxa = "https://ecotaxa.obs-vlfr.fr/api"
      hsm = "/hs"

      [credentials]
      # Tokens, one per archive (pangaea = "..."), kept outside the workspace and out of git.
      file = "~/.config/awish/credentials.toml"

      [defaults]
      # Seconds before a request (or a read from the HSM tape archive) is given up.
      timeout = 60
      retries = 3

      """
  }

  /// The .gitignore of a new workspace: raw data is fetched again, not committed (the
  /// manifest that says how is); models are committed by save_model.
  public static let defaultGitignore = """
    # awish workspace: raw/ is filled by fetch() and recorded in raw/MANIFEST.tsv; model/
    # is versioned here (save_model commits each version and tags it).
    raw/*
    !raw/MANIFEST.tsv
    *.tmp-*
    model/*/.saving-*
    .DS_Store

    """

  /// Creates the workspace layout in `folder` (made when missing): adds only what is missing
  /// and never changes an existing file. Runs `git init` when git exists and the folder is
  /// not in a repository yet.
  public static func create(at folder: String) throws(Problem) -> Creation {
    let root = URL(fileURLWithPath: folder).standardizedFileURL
    if let raw = RawFolder.containing(root.appendingPathComponent(configName).path) {
      throw Problem(ArchiveMessages.workspaceInsideRaw(root.path, raw))
    }
    var creation = Creation()
    let manager = FileManager.default
    do {
      try manager.createDirectory(at: root, withIntermediateDirectories: true)
      for name in folders where !manager.fileExists(atPath: root.appendingPathComponent(name).path)
      {
        try manager.createDirectory(
          at: root.appendingPathComponent(name), withIntermediateDirectories: true)
        creation.created.append(name + "/")
      }
      let files = [
        (configName, defaultConfig(name: root.lastPathComponent)),
        (".gitignore", defaultGitignore),
      ]
      for (name, text) in files
      where !manager.fileExists(atPath: root.appendingPathComponent(name).path) {
        try Data(text.utf8).write(
          to: root.appendingPathComponent(name), options: .withoutOverwriting)
        creation.created.append(name)
      }
    } catch {
      throw Problem(
        ArchiveMessages.cannotCreateWorkspace(
          root.path, FileFailure(error, path: root.path).reason(true)))
    }
    creation.gitInitialized = initializeGit(in: root.path)
    return creation
  }

  /// `git init` in `folder` when git is on the PATH and no repository holds the folder yet.
  static func initializeGit(in folder: String) -> Bool {
    guard GitRecord.run(["--version"], in: folder) != nil, GitRecord.root(of: folder) == nil
    else { return false }
    return GitRecord.run(["init", "-q"], in: folder) != nil
  }
}
