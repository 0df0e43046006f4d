import Foundation
import Lang

/// Where relative paths in awi code point: the folder of the script that names them, so a
/// script runs the same from any working directory (and on a compute node); REPL input and
/// `-e` code resolve from the current directory.
public enum Paths {
  public static func resolve(_ path: String, from file: SourceFile) -> String {
    let url =
      path.hasPrefix("/")
      ? URL(fileURLWithPath: path)
      : URL(fileURLWithPath: Workspace.folder(of: file)).appendingPathComponent(path)
    return url.standardizedFileURL.path
  }

  /// `path` relative to `folder` when it lies inside it, else `path` as it is.
  public static func relative(_ path: String, inside folder: String) -> String {
    let full = URL(fileURLWithPath: path).standardizedFileURL.path
    let base = URL(fileURLWithPath: folder).standardizedFileURL.path
    let prefix = base.hasSuffix("/") ? base : base + "/"
    return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : path
  }
}

extension Arguments {
  /// A path argument resolved from the calling script's folder.
  public func path(_ name: String) throws -> String {
    Paths.resolve(try string(name), from: file)
  }

  /// The folder relative paths start from: the calling script's, or the current directory.
  public var folder: String { Workspace.folder(of: file) }

  /// The name of the calling script (its path, or `<stdin>`, `<repl>`), for provenance.
  public var scriptName: String { file.name }
}
