import Foundation
import Tensor

/// What `runs/<name>/sweep.json` holds: how a sweep, map or single submission was made and
/// which job ran each task, so status, resume and collect need nothing but the folder.
/// Task `i` runs in `<folder>/<i>/` (a single submission runs in the folder itself).
public struct SweepRecord: Equatable, Sendable {
  /// What made the folder.
  public enum Kind: String, Sendable { case submit, sweep, map }
  /// Where the tasks run: Slurm or local processes.
  public enum Mode: String, Sendable { case slurm, local }

  /// One task: its parameters, the hash of what it computes from, and its job.
  public struct Task: Equatable, Sendable {
    public var parameters: [(String, JSON)]
    public var hash: String
    /// The Slurm job id of its latest submission ("53_4" for an array task), nil locally.
    public var jobID: String?

    public init(parameters: [(String, JSON)], hash: String, jobID: String? = nil) {
      self.parameters = parameters
      self.hash = hash
      self.jobID = jobID
    }

    public static func == (a: Task, b: Task) -> Bool {
      JSON.object(a.parameters) == JSON.object(b.parameters) && a.hash == b.hash
        && a.jobID == b.jobID
    }
  }

  public var name: String
  public var kind: Kind
  public var mode: Mode
  /// The script (absolute) and the folder it was submitted from.
  public var script: String
  public var workingFolder: String
  /// The awish binary the tasks run.
  public var awish: String
  public var created: String
  public var resources: Resources
  /// The parameter names, in the order the table shows them.
  public var parameterNames: [String]
  public var tasks: [Task]
  /// The job ids of every sbatch call, in order.
  public var jobs: [String] = []
  /// The combine step of a map, when there is one: its script and its job.
  public var combineScript: String?
  public var combineJob: String?

  public init(
    name: String, kind: Kind, mode: Mode, script: String, workingFolder: String, awish: String,
    created: String, resources: Resources, parameterNames: [String], tasks: [Task]
  ) {
    self.name = name
    self.kind = kind
    self.mode = mode
    self.script = script
    self.workingFolder = workingFolder
    self.awish = awish
    self.created = created
    self.resources = resources
    self.parameterNames = parameterNames
    self.tasks = tasks
  }

  public static let fileName = "sweep.json"

  /// The folder of task `index` inside the sweep folder `root`.
  public func taskFolder(_ index: Int, in root: String) -> String {
    kind == .submit ? root : root + "/" + String(index)
  }

  public var json: JSON {
    var pairs: [(String, JSON)] = [
      ("name", .string(name)), ("kind", .string(kind.rawValue)), ("mode", .string(mode.rawValue)),
      ("script", .string(script)), ("working_folder", .string(workingFolder)),
      ("awish", .string(awish)), ("created", .string(created)),
      ("resources", .object(resources.json.map { ($0.0, .string($0.1)) })),
      ("parameter_names", .array(parameterNames.map { .string($0) })),
      ("jobs", .array(jobs.map { .string($0) })),
    ]
    if let combineScript { pairs.append(("combine_script", .string(combineScript))) }
    if let combineJob { pairs.append(("combine_job", .string(combineJob))) }
    pairs.append(
      (
        "tasks",
        .array(
          tasks.map { task in
            var fields: [(String, JSON)] = [
              ("params", .object(task.parameters)), ("hash", .string(task.hash)),
            ]
            if let job = task.jobID { fields.append(("job_id", .string(job))) }
            return .object(fields)
          })
      ))
    return .object(pairs)
  }

  /// Writes sweep.json into `root` whole or not at all.
  public func save(in root: String) throws(ClusterError) {
    do {
      try AtomicFile.write(Data(json.text().utf8), to: root + "/" + SweepRecord.fileName)
    } catch {
      throw ClusterError(ClusterMessages.cannotWrite("\(root)/\(SweepRecord.fileName)", "\(error)"))
    }
  }
}
