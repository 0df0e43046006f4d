import Foundation
import Interpreter
import Tensor

/// runs() without a sweep: every folder under the workspace's runs/ that holds a
/// sweep.json, oldest first.
enum SweepListing {
  static func frame(from folder: String) throws(ClusterError) -> Frame {
    let runs = (Workspace.rootFolder(above: folder) ?? folder) + "/runs"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: runs)) ?? []).sorted()
    var records: [SweepRecord] = []
    for name in names
    where FileManager.default.fileExists(
      atPath: runs + "/" + name + "/" + SweepRecord.fileName)
    {
      records.append(try SweepRecord.load(from: runs + "/" + name))
    }
    records.sort { ($0.created, $0.name) < ($1.created, $1.name) }
    do {
      return try Frame(columns: [
        Column(name: "name", storage: .strings(records.map(\.name))),
        Column(name: "kind", storage: .strings(records.map(\.kind.rawValue))),
        Column(name: "mode", storage: .strings(records.map(\.mode.rawValue))),
        Column(name: "tasks", storage: .int(records.map(\.tasks.count))),
        Column(name: "created", storage: .strings(records.map(\.created))),
      ])
    } catch {
      throw ClusterError(ClusterMessages.cannotList(runs, "\(error)"))
    }
  }
}
