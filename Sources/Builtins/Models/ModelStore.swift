import Foundation
import Lang
import Tensor

/// The model repository: `<root>/<name>/v<N>/` folders written whole or not at all, and
/// `<root>/<name>/aliases.json` naming versions. Plain files, usable offline and by other tools.
struct ModelStore {
  let root: URL

  struct Problem: Error {
    let message: String
    var help: String?
    /// The id of the error, when it is more specific than the repository's E0650.
    var code: ErrorCode?
  }

  /// A model name: letters, digits, '.', '_' and '-', not starting with '.'.
  static func check(name: String) throws(Problem) {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
    guard !name.isEmpty, name.count <= 100, name.first != ".", name.allSatisfy(allowed.contains)
    else {
      throw Problem(
        message: ModelMessages.badName(name), help: ModelMessages.badNameHelp)
    }
  }

  func folder(_ name: String) -> URL { root.appendingPathComponent(name) }

  func folder(_ name: String, version: Int) -> URL {
    folder(name).appendingPathComponent("v\(version)")
  }

  /// The model names, sorted.
  var names: [String] {
    let items = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    return items.filter { !$0.hasPrefix(".") && !versions(of: $0).isEmpty }.sorted()
  }

  /// The saved versions of a model, ascending; temporary folders of saves in progress are
  /// not versions.
  func versions(of name: String) -> [Int] {
    let items = (try? FileManager.default.contentsOfDirectory(atPath: folder(name).path)) ?? []
    return items.compactMap { item in
      guard item.hasPrefix("v"), let number = Int(item.dropFirst()), number > 0,
        "v\(number)" == item
      else { return nil }
      return number
    }.sorted()
  }

  func aliases(of name: String) -> [(alias: String, version: Int)] {
    let url = folder(name).appendingPathComponent("aliases.json")
    guard let data = try? Data(contentsOf: url), case .object(let pairs) = try? JSON.parse(data)
    else { return [] }
    return pairs.compactMap { pair in pair.1.int.map { (pair.0, $0) } }
  }

  /// "name" (the latest version), "name@v3" or "name@alias".
  func resolve(_ reference: String) throws(Problem) -> (name: String, version: Int) {
    let parts = reference.split(separator: "@", maxSplits: 1).map(String.init)
    let name = parts.first ?? ""
    try ModelStore.check(name: name)
    let versions = self.versions(of: name)
    guard let latest = versions.last else {
      let known = names
      throw Problem(
        message: ModelMessages.noModel(name, root.path),
        help: ModelMessages.noModelHelp(name, known: known), code: .noModel)
    }
    guard parts.count == 2 else { return (name, latest) }
    let label = parts[1]
    if label.hasPrefix("v"), let number = Int(label.dropFirst()) {
      guard versions.contains(number) else {
        throw Problem(
          message: ModelMessages.noVersion(name, label), help: ModelMessages.itsVersions(versions),
          code: .noModel)
      }
      return (name, number)
    }
    guard let alias = aliases(of: name).first(where: { $0.alias == label }) else {
      let known = aliases(of: name).map(\.alias)
      throw Problem(
        message: ModelMessages.noAlias(name, label),
        help: ModelMessages.noAliasHelp(name, label, known: known), code: .noModel)
    }
    return (name, alias.version)
  }

  /// Writes the files as the next version. They go into a temporary folder beside the
  /// versions, which is renamed into place at the end: a crash leaves no half version.
  func save(_ name: String, files: [(name: String, data: Data)]) throws(Problem) -> Int {
    try ModelStore.check(name: name)
    let base = folder(name)
    do {
      try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    } catch {
      throw Problem(
        message: FileFailure(error, path: base.path).message(base.path, doing: "create"))
    }
    removeStaleSaves(in: base)
    let temporary = base.appendingPathComponent(
      ".saving-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: temporary) }
    do {
      try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
      for file in files {
        try file.data.write(to: temporary.appendingPathComponent(file.name))
      }
    } catch {
      throw Problem(
        message: FileFailure(error, path: temporary.path).message(temporary.path, doing: "write"))
    }
    // Another process may take a number first: then rename() fails and the next one is tried.
    for _ in 0..<100 {
      let version = (versions(of: name).last ?? 0) + 1
      if rename(temporary.path, folder(name, version: version).path) == 0 { return version }
      guard errno == EEXIST || errno == ENOTEMPTY else {
        throw Problem(
          message: ModelMessages.cannotMove(String(cString: strerror(errno))))
      }
    }
    throw Problem(message: ModelMessages.noFreeVersion(name))
  }

  /// Removes the `.saving-<pid>-…` folders that saves killed midway left: those of processes
  /// that no longer run. A live process's folder is its save in progress and stays.
  func removeStaleSaves(in base: URL) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
    for name in names where name.hasPrefix(".saving-") {
      let pid = name.dropFirst(".saving-".count).split(separator: "-").first.flatMap { Int32($0) }
      guard let pid, !ModelStore.isRunning(pid) else { continue }
      try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
    }
  }

  /// Whether a process with this id runs (kill with signal 0 only asks).
  static func isRunning(_ pid: Int32) -> Bool {
    pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
  }

  /// Points `alias` at `version` (replacing where it pointed), written atomically.
  func setAlias(_ name: String, _ alias: String, version: Int) throws(Problem) {
    try ModelStore.check(name: alias)
    guard !(alias.hasPrefix("v") && Int(alias.dropFirst()) != nil) else {
      throw Problem(message: ModelMessages.aliasLooksLikeVersion(alias))
    }
    var pairs = aliases(of: name).filter { $0.alias != alias }.map {
      ($0.alias, JSON.int($0.version))
    }
    pairs.append((alias, .int(version)))
    pairs.sort { $0.0 < $1.0 }
    do throws(AtomicFile.Problem) {
      try AtomicFile.write(
        Data((JSON.object(pairs).text() + "\n").utf8),
        to: folder(name).appendingPathComponent("aliases.json").path)
    } catch {
      throw Problem(message: ModelMessages.cannotWriteAliases(name, error.message))
    }
  }
}
