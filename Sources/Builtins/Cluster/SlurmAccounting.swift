import Foundation

/// What Slurm says about one job or array task: from sacct once it is accounted, from
/// squeue while it waits or runs.
public struct TaskAccounting: Equatable, Sendable {
  /// The id as Slurm shows it: "53" or "53_4".
  public var jobID: String
  /// PENDING, RUNNING, COMPLETED, FAILED, CANCELLED, TIMEOUT, OUT_OF_MEMORY, …
  public var state: String
  public var exitCode: String?
  public var elapsedSeconds: Double?
  public var cpuSeconds: Double?
  public var allocatedCPUs: Int?
  public var maxRSSMegabytes: Double?
  public var requestedMemory: String?
  public var timeLimit: String?
  public var partition: String?
  public var node: String?

  public init(jobID: String, state: String) {
    self.jobID = jobID
    self.state = state
  }

  /// CPU time over elapsed time times allocated CPUs, in 0…1; nil when unknown.
  public var cpuEfficiency: Double? {
    guard let cpu = cpuSeconds, let elapsed = elapsedSeconds, elapsed > 0 else { return nil }
    return cpu / (elapsed * Double(max(1, allocatedCPUs ?? 1)))
  }

  /// Whether the task still waits or runs.
  public var isActive: Bool {
    ["PENDING", "RUNNING", "REQUEUED", "RESIZING", "SUSPENDED", "CONFIGURING", "COMPLETING"]
      .contains(state)
  }
}

/// Reading sbatch's, sacct's and squeue's answers (Slurm 22.05; the `--parsable2` and `-o`
/// formats, which stay stable across versions where the JSON schemas do not).
public enum SlurmAccounting {
  /// The sacct fields `parseSacct` reads, in order.
  public static let sacctFields =
    "JobID,State,ExitCode,Elapsed,TotalCPU,AllocCPUS,MaxRSS,ReqMem,Timelimit,Partition,NodeList"
  /// The squeue format `parseSqueue` reads (with `-r` to expand arrays).
  public static let squeueFormat = "%i|%T|%M|%l|%P"

  /// The job id from `sbatch --parsable` ("53" or "53;cluster").
  public static func jobID(fromSbatch output: String) -> String? {
    let first = output.split(separator: "\n").first.map(String.init) ?? ""
    let id = first.split(separator: ";").first.map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard let id, !id.isEmpty, id.allSatisfy(\.isNumber) else { return nil }
    return id
  }

  /// sbatch's error lines without the "sbatch: error: " prefixes, one message.
  public static func refusal(fromSbatch stderr: String) -> String {
    let lines = stderr.split(separator: "\n").map {
      $0.replacingOccurrences(of: "sbatch: error: ", with: "")
        .trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    return lines.isEmpty ? "sbatch failed without a message" : lines.joined(separator: "; ")
  }

  /// Rows of `sacct --parsable2 --noheader -o sacctFields`, one per job or array task: the
  /// job line gives state and limits, its `.batch` step the memory it used. Pending arrays
  /// ("53_[2-5%2]") are skipped: squeue lists their tasks.
  public static func parseSacct(_ text: String) -> [String: TaskAccounting] {
    var tasks: [String: TaskAccounting] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 11 else { continue }
      let parts = fields[0].split(separator: ".", maxSplits: 1).map(String.init)
      guard let id = parts.first else { continue }
      if id.contains("[") {
        for task in expandedArray(id) where tasks[task] == nil {
          tasks[task] = TaskAccounting(jobID: task, state: stateWord(fields[1]))
        }
        continue
      }
      var task = tasks[id] ?? TaskAccounting(jobID: id, state: "PENDING")
      if parts.count == 1 {
        task.state = stateWord(fields[1])
        task.exitCode = fields[2]
        task.elapsedSeconds = SlurmTime.seconds(fields[3]) ?? task.elapsedSeconds
        task.cpuSeconds = SlurmTime.seconds(fields[4]) ?? task.cpuSeconds
        task.allocatedCPUs = Int(fields[5]) ?? task.allocatedCPUs
        task.requestedMemory = fields[7].isEmpty ? nil : fields[7]
        task.timeLimit = fields[8].isEmpty ? nil : fields[8]
        task.partition = fields[9].isEmpty ? nil : fields[9]
        task.node = fields[10].isEmpty || fields[10] == "None assigned" ? nil : fields[10]
      }
      if let memory = SlurmMemory.megabytes(fields[6]) {
        task.maxRSSMegabytes = max(task.maxRSSMegabytes ?? 0, memory)
      }
      tasks[id] = task
    }
    return tasks
  }

  /// "CANCELLED by 0" → "CANCELLED".
  static func stateWord(_ text: String) -> String {
    text.split(separator: " ").first.map(String.init) ?? text
  }

  /// The tasks of a pending array line: "53_[0-3,7%2]" → 53_0 … 53_3, 53_7. At most 100,000.
  static func expandedArray(_ id: String) -> [String] {
    guard let open = id.firstIndex(of: "["), let close = id.lastIndex(of: "]"), open < close
    else { return [] }
    let job = id[..<open].dropLast(id[..<open].hasSuffix("_") ? 1 : 0)
    let inside = id[id.index(after: open)..<close].split(separator: "%").first ?? ""
    var tasks: [String] = []
    for range in inside.split(separator: ",") {
      let bounds = range.split(separator: "-").compactMap { Int($0) }
      guard let low = bounds.first, let high = bounds.last, low <= high,
        high - low < 100_000 - tasks.count
      else { continue }
      tasks += (low...high).map { "\(job)_\($0)" }
    }
    return tasks
  }

  /// Rows of `squeue -h -r -t all -o squeueFormat`.
  public static func parseSqueue(_ text: String) -> [String: TaskAccounting] {
    var tasks: [String: TaskAccounting] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 5, !fields[0].contains("[") else { continue }
      var task = TaskAccounting(jobID: fields[0], state: fields[1])
      task.elapsedSeconds = SlurmTime.seconds(fields[2])
      task.timeLimit = fields[3]
      task.partition = fields[4]
      tasks[fields[0]] = task
    }
    return tasks
  }

  /// sacct's view, with squeue's state for jobs sacct has not caught up with (it lags by a
  /// few seconds) or still shows as pending.
  public static func merged(
    sacct: [String: TaskAccounting], squeue: [String: TaskAccounting]
  ) -> [String: TaskAccounting] {
    var tasks = sacct
    for (id, queued) in squeue {
      guard var known = tasks[id] else {
        tasks[id] = queued
        continue
      }
      if known.isActive {
        known.state = queued.state
        known.elapsedSeconds = known.elapsedSeconds ?? queued.elapsedSeconds
      }
      tasks[id] = known
    }
    return tasks
  }
}
