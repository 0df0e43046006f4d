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

  /// Slurm's description of the job, when running under Slurm.
  static var slurm: [(String, String)] {
    let environment = ProcessInfo.processInfo.environment
    return [
      ("job_id", "SLURM_JOB_ID"), ("job_name", "SLURM_JOB_NAME"),
      ("partition", "SLURM_JOB_PARTITION"), ("cpus_per_task", "SLURM_CPUS_PER_TASK"),
      ("nodes", "SLURM_JOB_NODELIST"), ("array_task_id", "SLURM_ARRAY_TASK_ID"),
    ].compactMap { key, variable in environment[variable].map { (key, $0) } }
  }

  /// ISO 8601 in UTC to the second, as every record awish writes shows times.
  public static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }

  /// The facts as JSON, with the time from `started` (the run's start) to now.
  static func json(started: Date) -> JSON {
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
    let slurm = self.slurm
    if !slurm.isEmpty { pairs.append(("slurm", .object(slurm.map { ($0.0, JSON.string($0.1)) }))) }
    return .object(pairs)
  }
}
