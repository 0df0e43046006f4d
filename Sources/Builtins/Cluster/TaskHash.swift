import Foundation
import Tensor

/// The key that says whether a task has already been computed: a SHA-256 of the script's
/// text, the task's parameters and its input data. Input data is the workspace's
/// raw/MANIFEST.tsv (the sha256 of everything fetch copied) and, for each file a task names
/// in `params.files`, its path, size and modification time (reading a season of recordings
/// on the login node for a hash would take longer than the tasks).
public struct TaskHash {
  /// The hash of the parts every task shares: the script and the manifest.
  let common: String

  public init(script: String, manifest: String?) {
    var hash = SHA256()
    hash.update(Array(script.utf8))
    hash.update([0])
    hash.update(Array((manifest ?? "").utf8))
    common = hash.finish()
  }

  /// Reads the script and the manifest of the workspace at `root` (if any).
  public static func reading(script path: String, workspaceRoot root: String?)
    throws(ClusterError) -> TaskHash
  {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ClusterError(ClusterMessages.cannotReadScript(path))
    }
    let manifest = root.flatMap {
      FileManager.default.contents(atPath: $0 + "/" + "raw/MANIFEST.tsv")
    }
    return TaskHash(
      script: String(decoding: data, as: UTF8.self),
      manifest: manifest.map { String(decoding: $0, as: UTF8.self) })
  }

  /// The key of one task. O(size of the parameters).
  public func key(for parameters: [(String, JSON)]) -> String {
    var hash = SHA256()
    hash.update(Array(common.utf8))
    hash.update(Array(JSON.object(parameters).text(pretty: false).utf8))
    if case .array(let files)? = parameters.first(where: { $0.0 == "files" })?.1 {
      for case .string(let path) in files {
        hash.update(Array(TaskHash.fingerprint(path).utf8))
      }
    }
    return String(hash.finish().prefix(16))
  }

  /// A file's path, size and modification time.
  static func fingerprint(_ path: String) -> String {
    var info = stat()
    guard stat(path, &info) == 0 else { return path + "|missing" }
    return "\(path)|\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
  }
}
