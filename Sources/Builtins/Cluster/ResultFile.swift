import Foundation
import Interpreter
import Tensor

/// result.json of a run folder: what a script handed to record(), merged over earlier
/// calls (a later value of a name replaces the earlier one) and written atomically.
public enum ResultFile {
  /// Adds `pairs` to `folder`/result.json.
  static func record(_ pairs: [(String, JSON)], in folder: String) throws(ClusterError) {
    let path = folder + "/" + TaskOutcome.resultFile
    var merged: [(String, JSON)] = []
    if let data = FileManager.default.contents(atPath: path),
      case .object(let earlier)? = try? JSON.parse(data)
    {
      merged = earlier
    }
    for (key, value) in pairs {
      if let index = merged.firstIndex(where: { $0.0 == key }) {
        merged[index].1 = value
      } else {
        merged.append((key, value))
      }
    }
    do {
      try AtomicFile.write(Data(JSON.object(merged).text().utf8), to: path)
    } catch {
      throw ClusterError(FileFailure(error, path: path).message(path, doing: "write"))
    }
  }
}
