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
      : URL(fileURLWithPath: folder(of: file)).appendingPathComponent(path)
    return url.standardizedFileURL.path
  }

  /// The folder where `file`'s relative paths start: the script's own folder, or the
  /// current directory for REPL and `-e` input.
  public static func folder(of file: SourceFile) -> String {
    if FileManager.default.fileExists(atPath: file.name) {
      return URL(fileURLWithPath: file.name).deletingLastPathComponent().standardizedFileURL.path
    }
    return FileManager.default.currentDirectoryPath
  }

  /// The file that marks a workspace's root. The workspace itself (layout, settings) is
  /// Builtins' `Workspace`; the interpreter only finds the root, for imports.
  public static let workspaceConfigName = "awish.toml"

  /// The folder at or above `folder` that holds an awish.toml.
  public static func workspaceRoot(above folder: String) -> String? {
    var url = URL(fileURLWithPath: folder).standardizedFileURL
    while true {
      let marker = url.appendingPathComponent(workspaceConfigName).path
      if FileManager.default.fileExists(atPath: marker) { return url.path }
      guard url.path != "/" else { return nil }
      url = url.deletingLastPathComponent()
    }
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
  public var folder: String { Paths.folder(of: file) }

  /// The name of the calling script (its path, or `<stdin>`, `<repl>`), for provenance.
  public var scriptName: String { file.name }
}
