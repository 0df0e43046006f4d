import Foundation
import Tensor

/// `awish map`: the files a glob names, cut into chunks of `perTask`, one array task per
/// chunk; task i sees `params.files` (its chunk), `params.chunk` (i) and `params.part`
/// (data/<name>/part-NNNN, the prefix its output takes: add the extension).
public enum MapPlan {
  /// The files `pattern` matches (relative to `folder`), sorted, absolute; regular files only.
  public static func files(matching pattern: String, from folder: String) throws(ClusterError)
    -> [String]
  {
    let absolute = pattern.hasPrefix("/") ? pattern : folder + "/" + pattern
    var result = glob_t()
    defer { globfree(&result) }
    let status = glob(absolute, 0, nil, &result)
    var paths: [String] = []
    if status == 0 {
      for index in 0..<Int(result.gl_pathc) {
        guard let pointer = result.gl_pathv[index] else { continue }
        let path = URL(fileURLWithPath: String(cString: pointer)).standardizedFileURL.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
          !isFolder.boolValue
        {
          paths.append(path)
        }
      }
    }
    guard !paths.isEmpty else {
      throw ClusterError(
        ClusterMessages.noFilesMatch(pattern), help: ClusterMessages.noFilesMatchHelp(folder))
    }
    return paths.sorted()
  }

  /// The tasks' parameters: chunks of `perTask` files in order.
  public static func tasks(files: [String], perTask: Int, partsFolder: String)
    throws(ClusterError) -> [[(String, JSON)]]
  {
    guard perTask >= 1 else {
      throw ClusterError(ClusterMessages.atLeastOne("--per-task", perTask))
    }
    return stride(from: 0, to: files.count, by: perTask).enumerated().map { chunk, start in
      let slice = files[start..<min(start + perTask, files.count)]
      return [
        ("files", .array(slice.map { .string($0) })), ("chunk", .int(chunk)),
        ("part", .string(partsFolder + "/" + String(format: "part-%04d", chunk))),
      ]
    }
  }
}
