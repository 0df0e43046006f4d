import Foundation
import Interpreter
import Tensor

/// Makes a sweep folder and starts its tasks: one sbatch call for the whole job array (and
/// one for a map's combine step), or local processes where there is no Slurm.
public enum SweepLauncher {
  /// A started sweep: its folder and record, and the local tasks' exit statuses.
  public struct Launch {
    public let root: String
    public let record: SweepRecord
    public let localStatuses: [Int: Int32]
    public let combineStatus: Int32?
  }

  /// What would be written and run, before anything is: the folder, the record, the
  /// batch script and the sbatch options (`--dry-run` shows them).
  public struct Plan {
    public let root: String
    public var record: SweepRecord
    public let batch: BatchScript
    public let request: LaunchRequest

    /// sbatch's options for the task array (or the single job).
    public var sbatchOptions: [String] {
      var options: [String] = []
      if record.kind != .submit {
        options.append(
          "--array=" + ArraySpec.text(Array(record.tasks.indices), maxRunning: request.maxRunning))
      }
      if let after = request.after { options.append("--dependency=afterok:\(after)") }
      return options
    }
  }

  /// Checks the request and lays out what it will write; nothing is written yet.
  public static func plan(_ request: LaunchRequest) throws(ClusterError) -> Plan {
    let script = request.scriptPath
    guard let data = FileManager.default.contents(atPath: script) else {
      throw ClusterError(ClusterMessages.cannotReadScript(request.script))
    }
    let source = String(decoding: data, as: UTF8.self)
    try ScriptParameters.check(request.checkedNames, source: source, script: script)
    guard !request.tasks.isEmpty else { throw ClusterError(ClusterMessages.noTasks) }
    if let maxRunning = request.maxRunning, maxRunning < 1 {
      throw ClusterError(ClusterMessages.atLeastOne("--max-running", maxRunning))
    }
    if let after = request.after, !after.allSatisfy({ $0.isNumber || $0 == "_" }) || after.isEmpty {
      throw ClusterError(ClusterMessages.afterNeedsJob(after))
    }
    let workspace = try workspace(above: script)
    let resources = try Resources.defaults(of: workspace).overridden(by: request.resources)
    try resources.validate()
    let mode: SweepRecord.Mode =
      request.forceLocal || !SlurmClient.isAvailable ? .local : .slurm
    let root = try folder(for: request)
    let hasher = TaskHash(script: source, manifest: manifest(of: workspace))
    var record = SweepRecord(
      name: URL(fileURLWithPath: root).lastPathComponent, kind: request.kind, mode: mode,
      script: script, workingFolder: request.workingFolder, awish: request.awish,
      created: RunFacts.timestamp(Date()), resources: resources,
      parameterNames: request.parameterNames,
      tasks: request.tasks.map { SweepRecord.Task(parameters: $0, hash: hasher.key(for: $0)) })
    record.combineScript = request.combineScript.map { absolute($0, from: request.workingFolder) }
    return Plan(
      root: root, record: record, batch: BatchScript(record: record, root: root),
      request: request)
  }

  static func workspace(above script: String) throws(ClusterError) -> Workspace? {
    do throws(Workspace.Problem) {
      return try Workspace.find(from: URL(fileURLWithPath: script).deletingLastPathComponent().path)
    } catch {
      throw ClusterError(error.message)
    }
  }

  static func manifest(of workspace: Workspace?) -> String? {
    workspace.flatMap { FileManager.default.contents(atPath: $0.path(Workspace.manifestName)) }
      .map { String(decoding: $0, as: UTF8.self) }
  }

  static func absolute(_ path: String, from folder: String) -> String {
    URL(fileURLWithPath: path.hasPrefix("/") ? path : folder + "/" + path).standardizedFileURL
      .path
  }

  /// runs/<name>: the name given (which must be new), else the script's name with the time.
  static func folder(for request: LaunchRequest) throws(ClusterError) -> String {
    let runs = request.base + "/runs/"
    if let name = request.name, request.kind != .submit {
      guard LaunchRequest.isValidName(name) else {
        throw ClusterError(ClusterMessages.badName(name))
      }
      if FileManager.default.fileExists(atPath: runs + name) {
        throw ClusterError(
          ClusterMessages.sweepExists(runs + name), help: ClusterMessages.sweepExistsHelp(name))
      }
      return runs + name
    }
    let stem = request.name ?? request.scriptStem
    guard LaunchRequest.isValidName(stem) else {
      throw ClusterError(ClusterMessages.badName(stem))
    }
    let base = runs + stem + "-" + LaunchRequest.timestamp(Date())
    var candidate = base
    var number = 2
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = base + "-\(number)"
      number += 1
    }
    return candidate
  }
}
