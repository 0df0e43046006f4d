import Foundation
import Lang

/// Where relative paths in awi code point: the folder of the script that names them, so a
/// script runs the same from any working directory (and on a compute node); REPL input and
/// `-e` code resolve from the current directory.
public enum Paths {
  public static func resolve(_ path: String, from file: SourceFile) -> String {
    let url: URL
    if path.hasPrefix("/") {
      url = URL(fileURLWithPath: path)
    } else if FileManager.default.fileExists(atPath: file.name) {
      url = URL(fileURLWithPath: file.name).deletingLastPathComponent()
        .appendingPathComponent(path)
    } else {
      url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent(path)
    }
    return url.standardizedFileURL.path
  }
}

extension Arguments {
  /// A path argument resolved from the calling script's folder.
  public func path(_ name: String) throws -> String {
    Paths.resolve(try string(name), from: file)
  }
}
