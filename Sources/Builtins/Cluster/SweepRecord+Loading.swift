import Foundation
import Interpreter
import Tensor

extension SweepRecord {
  /// The sweep folder `reference` names: a path to a folder with a sweep.json, else a name
  /// under `runs/` of the workspace holding `folder` (or of `folder` itself outside one).
  public static func locate(_ reference: String, from folder: String) throws(ClusterError)
    -> String
  {
    let direct =
      reference.hasPrefix("/") ? reference : folder + "/" + reference
    var candidates = [direct]
    let base = Workspace.rootFolder(above: folder) ?? folder
    candidates.append(base + "/runs/" + reference)
    for candidate in candidates
    where FileManager.default.fileExists(atPath: candidate + "/" + fileName) {
      return URL(fileURLWithPath: candidate).standardizedFileURL.path
    }
    let runs = base + "/runs"
    let known = ((try? FileManager.default.contentsOfDirectory(atPath: runs)) ?? []).filter {
      FileManager.default.fileExists(atPath: runs + "/" + $0 + "/" + fileName)
    }.sorted()
    throw ClusterError(
      ClusterMessages.noSweep(reference, runs), help: ClusterMessages.noSweepHelp(known))
  }

  /// Reads `root`/sweep.json.
  public static func load(from root: String) throws(ClusterError) -> SweepRecord {
    let path = root + "/" + fileName
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ClusterError(ClusterMessages.cannotRead(path))
    }
    let json: JSON
    do throws(JSON.ParseError) {
      json = try JSON.parse(data)
    } catch {
      throw ClusterError(ClusterMessages.invalidJSON(path, error.message))
    }
    guard let record = decode(json) else {
      throw ClusterError(ClusterMessages.notASweepRecord(path))
    }
    return record
  }

  static func decode(_ json: JSON) -> SweepRecord? {
    guard let name = json["name"]?.string, let kind = json["kind"]?.string.flatMap(Kind.init),
      let mode = json["mode"]?.string.flatMap(Mode.init), let script = json["script"]?.string,
      let workingFolder = json["working_folder"]?.string, let awish = json["awish"]?.string,
      let taskList = json["tasks"]?.array
    else { return nil }
    var tasks: [Task] = []
    for item in taskList {
      guard case .object(let parameters)? = item["params"], let hash = item["hash"]?.string
      else { return nil }
      tasks.append(Task(parameters: parameters, hash: hash, jobID: item["job_id"]?.string))
    }
    var record = SweepRecord(
      name: name, kind: kind, mode: mode, script: script, workingFolder: workingFolder,
      awish: awish, created: json["created"]?.string ?? "",
      resources: resources(json["resources"]),
      parameterNames: json["parameter_names"]?.array?.compactMap(\.string) ?? [], tasks: tasks)
    record.jobs = json["jobs"]?.array?.compactMap(\.string) ?? []
    record.combineScript = json["combine_script"]?.string
    record.combineJob = json["combine_job"]?.string
    return record
  }

  private static func resources(_ json: JSON?) -> Resources {
    Resources(
      time: json?["time"]?.string, memory: json?["mem"]?.string,
      cpus: json?["cpus"]?.string.flatMap { Int($0) },
      gpus: json?["gpus"]?.string.flatMap { Int($0) }, partition: json?["partition"]?.string,
      account: json?["account"]?.string)
  }
}
