import Foundation
import Interpreter
import Tensor

/// The facts of the running process that make a result reproducible and comparable: where,
/// on what, how long and with how much memory it ran, and under which Slurm job.
public enum RunFacts {
  static var host: String { ProcessInfo.processInfo.hostName }

  static var cpuModel: String {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
      let colon = line.firstIndex(of: ":")
    else { return "unknown" }
    return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
  }

  /// The peak resident memory of this process in bytes (VmHWM), if the system says.
  static var peakMemory: Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return nil }
    let digits = line.split(separator: " ").compactMap { Int($0) }
    return digits.first.map { $0 * 1024 }
  }

  /// Slurm's description of the job, when running under Slurm: ids, partition and what
  /// it asked for, from the environment sbatch sets.
  static var slurm: [(String, String)] {
    let environment = ProcessInfo.processInfo.environment
    return [
      ("job_id", "SLURM_JOB_ID"), ("job_name", "SLURM_JOB_NAME"),
      ("array_job_id", "SLURM_ARRAY_JOB_ID"), ("array_task_id", "SLURM_ARRAY_TASK_ID"),
      ("partition", "SLURM_JOB_PARTITION"), ("account", "SLURM_JOB_ACCOUNT"),
      ("cpus_per_task", "SLURM_CPUS_PER_TASK"), ("mem_per_node_mb", "SLURM_MEM_PER_NODE"),
      ("gpus", "SLURM_GPUS"), ("nodes", "SLURM_JOB_NODELIST"),
    ].compactMap { key, variable in environment[variable].map { (key, $0) } }
  }

  /// The sweep, map or submission this run is a task of (AWISH_SWEEP, set by the batch
  /// script awish writes).
  public static var sweep: String? { ProcessInfo.processInfo.environment["AWISH_SWEEP"] }

  /// What sacct says the job asked for and has used so far (time limit, memory, CPUs,
  /// elapsed); empty outside Slurm or when sacct does not answer.
  static var slurmAccounting: [(String, JSON)] {
    let environment = ProcessInfo.processInfo.environment
    guard let job = environment["SLURM_JOB_ID"],
      let outcome = ProcessRunner.run([
        "sacct", "-j", job, "--parsable2", "--noheader", "-o", SlurmAccounting.sacctFields,
      ]), outcome.status == 0
    else { return [] }
    let tasks = SlurmAccounting.parseSacct(outcome.output)
    var key = job
    if let array = environment["SLURM_ARRAY_JOB_ID"], let index = environment["SLURM_ARRAY_TASK_ID"]
    {
      key = "\(array)_\(index)"
    }
    // sacct lags the job by a few seconds: a record it has not filled in yet is left out.
    guard let task = tasks[key], let cpus = task.allocatedCPUs, cpus > 0 else { return [] }
    var pairs: [(String, JSON)] = [("allocated_cpus", .int(cpus))]
    if let limit = task.timeLimit { pairs.append(("time_limit", .string(limit))) }
    if let memory = task.requestedMemory, SlurmMemory.megabytes(memory) != nil {
      pairs.append(("requested_mem", .string(memory)))
    }
    if let elapsed = task.elapsedSeconds { pairs.append(("elapsed_seconds", .number(elapsed))) }
    return pairs
  }

  /// CPU seconds (user and system) this process has used.
  public static var cpuSeconds: Double {
    var usage = rusage()
    #if canImport(Glibc)
      let who = RUSAGE_SELF.rawValue
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0 else { return 0 }
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }

  /// One line for a report's provenance: "job 53_4 (array task 4), partition debug, sweep
  /// forest-1"; nil outside Slurm and sweeps.
  public static var slurmSummary: String? {
    let facts = Dictionary(slurm, uniquingKeysWith: { first, _ in first })
    var parts: [String] = []
    if let job = facts["job_id"] {
      var text = "job \(job)"
      if let array = facts["array_job_id"], let task = facts["array_task_id"] {
        text += " (array \(array), task \(task))"
      }
      parts.append(text)
    }
    if let partition = facts["partition"] { parts.append("partition \(partition)") }
    if let cpus = facts["cpus_per_task"] { parts.append("\(cpus) CPUs") }
    if let memory = facts["mem_per_node_mb"] { parts.append("\(memory) MB requested") }
    if let sweep { parts.append("sweep \(sweep)") }
    return parts.isEmpty ? nil : parts.joined(separator: ", ")
  }

  /// The facts a run folder keeps in run.json when the script ends: times, peak memory,
  /// CPU seconds, the exit status and the Slurm job.
  /// `cpuAtStart` is `cpuSeconds` when the run began, so start-up is not counted.
  public static func runFile(started: Date, cpuAtStart: Double, status: Int32) -> JSON {
    let facts = json(started: started, askingSacct: false)
    guard case .object(var pairs) = facts else { return facts }
    let cpu = max(0, cpuSeconds - cpuAtStart)
    pairs.append(("cpu_seconds", .number((cpu * 1000).rounded() / 1000)))
    pairs.append(("exit_status", .int(Int(status))))
    return .object(pairs)
  }

  /// ISO 8601 in UTC to the second, as every record awish writes shows times.
  public static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// The facts as JSON, with the time from `started` (the run's start) to now. Under Slurm
  /// `askingSacct` adds what sacct says of the job (one sacct call).
  static func json(started: Date, askingSacct: Bool = true) -> JSON {
    let now = Date()
    var pairs: [(String, JSON)] = [
      ("awish_version", .string(AwishVersion.current)), ("host", .string(host)),
      ("os", .string(ProcessInfo.processInfo.operatingSystemVersionString)),
      ("cpu", .string(cpuModel)),
      ("cores", .int(ProcessInfo.processInfo.activeProcessorCount)),
      ("started", .string(timestamp(started))), ("finished", .string(timestamp(now))),
      ("wall_seconds", .number((now.timeIntervalSince(started) * 1000).rounded() / 1000)),
    ]
    if let peak = peakMemory { pairs.append(("peak_memory_bytes", .int(peak))) }
    if let sweep { pairs.append(("sweep", .string(sweep))) }
    let slurm = self.slurm
    if !slurm.isEmpty {
      let used = askingSacct ? slurmAccounting : []
      pairs.append(
        (
          "slurm",
          .object(
            slurm.map { ($0.0, JSON.string($0.1)) }
              + (used.isEmpty ? [] : [("sacct", .object(used))]))
        ))
    }
    return .object(pairs)
  }
}
