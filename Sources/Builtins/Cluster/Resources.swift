import Foundation
import Interpreter

/// What a job asks Slurm for: time, memory, CPUs, GPUs, partition and account. Each comes
/// from the command line, else awish.toml's `[slurm]` section, else Slurm's own default.
public struct Resources: Equatable, Sendable {
  public var time: String?
  public var memory: String?
  public var cpus: Int?
  public var gpus: Int?
  public var partition: String?
  public var account: String?

  public init(
    time: String? = nil, memory: String? = nil, cpus: Int? = nil, gpus: Int? = nil,
    partition: String? = nil, account: String? = nil
  ) {
    self.time = time
    self.memory = memory
    self.cpus = cpus
    self.gpus = gpus
    self.partition = partition
    self.account = account
  }

  /// The keys awish.toml's `[slurm]` section may hold.
  public static let settingKeys = ["time", "mem", "cpus", "gpus", "partition", "account"]

  /// The `[slurm]` defaults of `workspace`; an unknown key or a wrong type is an error.
  public static func defaults(of workspace: Workspace?) throws(ClusterError) -> Resources {
    var resources = Resources()
    for entry in workspace?.settings ?? [] where entry.section == "slurm" {
      try resources.apply(entry)
    }
    return resources
  }

  mutating func apply(_ entry: TOML.Entry) throws(ClusterError) {
    switch (entry.key, entry.value) {
    case ("time", .string(let text)): time = text
    case ("mem", .string(let text)): memory = text
    case ("mem", .int(let megabytes)): memory = "\(megabytes)M"
    case ("cpus", .int(let count)): cpus = count
    case ("gpus", .int(let count)): gpus = count
    case ("partition", .string(let text)): partition = text
    case ("account", .string(let text)): account = text
    default:
      let known = Resources.settingKeys.joined(separator: ", ")
      throw ClusterError(
        ClusterMessages.unknownSetting(entry.key), help: ClusterMessages.unknownSettingHelp(known))
    }
  }

  /// These resources with every value `other` sets taking precedence.
  public func overridden(by other: Resources) -> Resources {
    Resources(
      time: other.time ?? time, memory: other.memory ?? memory, cpus: other.cpus ?? cpus,
      gpus: other.gpus ?? gpus, partition: other.partition ?? partition,
      account: other.account ?? account)
  }

  /// Checks the values Slurm would refuse, so nothing is submitted with them.
  public func validate() throws(ClusterError) {
    if let time, SlurmTime.seconds(time) == nil {
      throw ClusterError(ClusterMessages.malformedTime(time), help: ClusterMessages.timeHelp)
    }
    if let memory, SlurmMemory.megabytes(memory) == nil {
      throw ClusterError(ClusterMessages.malformedMemory(memory), help: ClusterMessages.memoryHelp)
    }
    if let cpus, cpus < 1 { throw ClusterError(ClusterMessages.atLeastOne("--cpus", cpus)) }
    if let gpus, gpus < 0 { throw ClusterError(ClusterMessages.negativeGPUs(gpus)) }
  }

  /// The `#SBATCH` options for these resources.
  public var directives: [String] {
    var lines: [String] = []
    if let time { lines.append("--time=\(time)") }
    if let memory { lines.append("--mem=\(memory)") }
    if let cpus { lines.append("--cpus-per-task=\(cpus)") }
    if let gpus, gpus > 0 { lines.append("--gpus=\(gpus)") }
    if let partition { lines.append("--partition=\(partition)") }
    if let account { lines.append("--account=\(account)") }
    return lines
  }

  /// As JSON for sweep.json and the provenance.
  public var json: [(String, String)] {
    [
      ("time", time), ("mem", memory), ("cpus", cpus.map(String.init)),
      ("gpus", gpus.map(String.init)), ("partition", partition), ("account", account),
    ].compactMap { key, value in value.map { (key, $0) } }
  }
}

/// Slurm's time formats: "minutes", "MM:SS", "HH:MM:SS", "D-HH", "D-HH:MM", "D-HH:MM:SS",
/// and sacct's elapsed times with fractions ("00:01.250").
public enum SlurmTime {
  /// The seconds `text` stands for; nil when it is not a Slurm time.
  public static func seconds(_ text: String) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    var days = 0.0
    var clock = Substring(trimmed)
    if let dash = trimmed.firstIndex(of: "-") {
      guard let count = Int(trimmed[..<dash]), count >= 0 else { return nil }
      days = Double(count)
      clock = trimmed[trimmed.index(after: dash)...]
      let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
      guard (1...3).contains(parts.count), let numbers = numbers(parts) else { return nil }
      let padded = numbers + Array(repeating: 0, count: 3 - numbers.count)
      return days * 86_400 + padded[0] * 3600 + padded[1] * 60 + padded[2]
    }
    let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
    guard let numbers = numbers(parts) else { return nil }
    switch numbers.count {
    case 1: return numbers[0] * 60
    case 2: return numbers[0] * 60 + numbers[1]
    case 3: return numbers[0] * 3600 + numbers[1] * 60 + numbers[2]
    default: return nil
    }
  }

  private static func numbers(_ parts: [Substring]) -> [Double]? {
    var values: [Double] = []
    for part in parts {
      guard !part.isEmpty, part.allSatisfy({ $0.isNumber || $0 == "." }),
        let value = Double(part), value >= 0
      else { return nil }
      values.append(value)
    }
    return values
  }

  /// `seconds` as Slurm's H:MM:SS (D-HH:MM:SS past a day), rounded up to whole minutes.
  public static func text(minutesCovering seconds: Double) -> String {
    // Clamped to a century, so a nonsense figure cannot overflow Int.
    let minutes = seconds.isFinite ? Int(min(max((seconds / 60).rounded(.up), 1), 52_560_000)) : 1
    let days = minutes / 1440
    let hours = (minutes % 1440) / 60
    if days > 0 { return String(format: "%d-%02d:%02d:00", days, hours, minutes % 60) }
    return String(format: "%d:%02d:00", hours, minutes % 60)
  }
}

/// Slurm's memory sizes: a number with an optional K, M (the default), G or T.
public enum SlurmMemory {
  /// Megabytes of `text` ("8G", "500M", "1024", "94788K"); nil when malformed.
  public static func megabytes(_ text: String) -> Double? {
    var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
    var scale = 1.0
    if let last = digits.last, last.isLetter {
      switch last {
      case "K": scale = 1.0 / 1024
      case "M": scale = 1
      case "G": scale = 1024
      case "T": scale = 1024 * 1024
      default: return nil
      }
      digits.removeLast()
    }
    guard !digits.isEmpty, let value = Double(digits), value.isFinite, value >= 0 else {
      return nil
    }
    return value * scale
  }

  /// `megabytes` as Slurm's size, rounded up: "900M" or "3G".
  public static func text(megabytes: Double) -> String {
    let clamped = megabytes.isFinite ? min(max(megabytes, 1), 1e12) : 1e12
    if clamped >= 1024 { return "\(Int((clamped / 1024).rounded(.up)))G" }
    return "\(Int(clamped.rounded(.up)))M"
  }
}
