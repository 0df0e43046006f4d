import Foundation

/// Paths as the file system resolves them, for the checks that must not be fooled by a
/// symlink or `..`: raw/ protection above all.
public enum CanonicalPath {
  /// The file a workspace's root holds; a folder with it is a workspace.
  public static let workspaceMarker = "awish.toml"

  /// `path` made absolute with its folder's symlinks resolved (realpath), and the file's own
  /// symlink followed when it is one. Parts that do not exist yet are kept as written.
  public static func resolve(_ path: String) -> String {
    resolve(path, links: 0)
  }

  /// `resolve`, following at most 40 links (the kernel's limit) so a loop of links ends.
  private static func resolve(_ path: String, links: Int) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    if let real = realPath(absolute) { return real }
    let folder = (absolute as NSString).deletingLastPathComponent
    let name = (absolute as NSString).lastPathComponent
    guard folder != absolute, !folder.isEmpty else { return absolute }
    let resolvedFolder = resolve(folder, links: links)
    let joined = resolvedFolder == "/" ? "/" + name : resolvedFolder + "/" + name
    // A link whose target does not exist yet: writing through it creates that target.
    guard links < 40,
      let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: joined)
    else { return joined }
    let next = destination.hasPrefix("/") ? destination : resolvedFolder + "/" + destination
    return resolve(next, links: links + 1)
  }

  /// The raw/ folder (canonical, with a final slash) of a workspace above the canonical
  /// `path` when the path is inside that raw/ or is raw/ itself. Every workspace above is
  /// asked, so one made inside another's raw/ does not hide it.
  public static func rawFolder(containing path: String) -> String? {
    var folder = (path as NSString).deletingLastPathComponent
    while !folder.isEmpty {
      let raw = (folder == "/" ? "" : folder) + "/raw/"
      if path.hasPrefix(raw) || path + "/" == raw,
        FileManager.default.fileExists(atPath: folder + "/" + workspaceMarker)
      {
        return raw
      }
      if folder == "/" { break }
      folder = (folder as NSString).deletingLastPathComponent
    }
    return nil
  }

  /// realpath(3) of an existing path; nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
