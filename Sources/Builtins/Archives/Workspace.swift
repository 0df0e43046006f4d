import Foundation
import Interpreter
import Lang
import Tensor

/// A project folder with an awish.toml: read-only `raw/` (written only by fetch), `src/`
/// scripts, `lib/` shared code, `model/` and `data/` (processed data). Scripts find it
/// upward from their own folder, so they run the same from anywhere.
public struct Workspace: Sendable {
  /// The file that marks a workspace's root.
  public static let configName = Paths.workspaceConfigName
  /// The folders `awish init` creates, in order.
  public static let folders = ["raw", "src", "lib", "model", "data"]
  /// Where fetch records what it copied, relative to the root.
  public static let manifestName = "raw/MANIFEST.tsv"

  /// The root folder (absolute, standardized).
  public let root: String
  /// awish.toml's entries, in file order.
  public let settings: [TOML.Entry]

  public init(root: String, settings: [TOML.Entry]) {
    self.root = root
    self.settings = settings
  }

  /// The workspace whose root is `folder` or a folder above it; nil when there is none.
  /// A malformed awish.toml is an error that names the line.
  public static func find(from folder: String) throws(Problem) -> Workspace? {
    guard let root = rootFolder(above: folder) else { return nil }
    return try load(root: root)
  }

  /// The root folder at or above `folder` that holds an awish.toml.
  public static func rootFolder(above folder: String) -> String? {
    Paths.workspaceRoot(above: folder)
  }

  /// Reads `root`/awish.toml.
  public static func load(root: String) throws(Problem) -> Workspace {
    let path = root + "/" + configName
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else { throw Problem(ArchiveMessages.cannotRead(path)) }
    do throws(TOML.Problem) {
      return Workspace(root: root, settings: try TOML.parse(text))
    } catch {
      throw Problem(ArchiveMessages.atLine(path, error.line, error.message))
    }
  }

  /// The folder where `file`'s relative paths start: the script's own folder, or the
  /// current directory for REPL and `-e` input.
  public static func folder(of file: SourceFile) -> String { Paths.folder(of: file) }

  /// The project name from awish.toml, else the root folder's name.
  public var name: String {
    string("project", "name") ?? URL(fileURLWithPath: root).lastPathComponent
  }

  /// `root`/`name`.
  public func path(_ name: String) -> String { root + "/" + name }

  /// The value of `key` in `[section]`.
  public func setting(_ section: String, _ key: String) -> TOML.Value? {
    settings.last(where: { $0.section == section && $0.key == key })?.value
  }

  /// A string setting, with `~/` expanded and relative paths taken from the root when
  /// `isPath` is set.
  public func string(_ section: String, _ key: String, isPath: Bool = false) -> String? {
    guard case .string(let text)? = setting(section, key) else { return nil }
    guard isPath else { return text }
    if text.hasPrefix("~/") { return NSHomeDirectory() + text.dropFirst() }
    return text.hasPrefix("/") ? text : path(text)
  }

  /// A workspace that cannot be read.
  public struct Problem: Error, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
  }
}

/// The rule every awish writer follows: nothing writes into a workspace's raw/ folder but
/// fetch.
public enum RawFolder {
  /// The raw/ folder (with a final slash) of the workspace holding `path`, when `path` is
  /// inside it.
  /// Symlinks are followed (the folder's and the file's own), so a link into raw/ is seen
  /// as raw/.
  public static func containing(_ path: String) -> String? {
    CanonicalPath.rawFolder(containing: CanonicalPath.resolve(path))
  }

  /// A write into raw/ that was refused.
  public struct Refusal: Error {
    public let written: String
    public let raw: String

    public init(written: String, raw: String) {
      self.written = written
      self.raw = raw
    }

    public var message: String { "'\(written)' is inside the read-only raw folder \(raw)" }
    public static let help = "raw data is changed only by fetch(); write processed data to data/"
  }
}

extension Arguments {
  /// A path argument that will be written to: resolved from the script's folder, and refused
  /// when it is inside a workspace's raw/ folder.
  public func writablePath(_ name: String) throws -> String {
    let resolved = try path(name)
    if let raw = RawFolder.containing(resolved) {
      let refusal = RawFolder.Refusal(written: try string(name), raw: raw)
      throw self.error(.rawReadOnly, refusal.message, at: name, help: RawFolder.Refusal.help)
    }
    return resolved
  }
}
