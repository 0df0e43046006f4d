import Foundation

/// The check made before every allocation whose size comes from user input: it is refused
/// with "would need N GiB" (CPython's MemoryError) when it exceeds the memory the system has
/// available, instead of trapping in the allocator or waking the kernel's OOM killer.
public enum MemoryBudget {
  /// An allocation that was refused.
  public struct Refusal: Error, Equatable {
    public let bytes: Int
    public let available: Int

    /// "would need 14.9 GiB of memory, but 3.2 GiB is available".
    public var message: String {
      GuardsMessages.memoryRefused(MemoryBudget.gibibytes(bytes), MemoryBudget.gibibytes(available))
    }

  }

  /// Refuses `count` values of `stride` bytes each when they do not fit in available memory
  /// (an overflowing product never fits).
  public static func check(count: Int, stride: Int) throws(Refusal) {
    let (bytes, overflow) = Swift.max(0, count).multipliedReportingOverflow(by: stride)
    try check(bytes: overflow ? Int.max : bytes)
  }

  /// The ceiling of the run in progress (`awish run --max-memory`, awish.toml, the fuzz
  /// harness); nil for none. A task-local value: the Session binds its run's limit around
  /// each run (`limit.withValue(…)`), so two sessions in one process each see their own, and
  /// nothing process-wide changes. Dispatch's worker threads do not inherit it: `Parallel`
  /// binds the caller's value in its workers, and other work handed to a thread must do the
  /// same before it checks an allocation.
  public static let limit = TaskLocal<Int?>(wrappedValue: nil)

  /// Refuses `bytes` when they exceed the available memory (or the limit). Small requests
  /// (under 64 MiB) pass without reading the system's figures.
  public static func check(bytes: Int, available: Int? = nil) throws(Refusal) {
    guard bytes >= 64 << 20 else { return }
    let available = available ?? availableBytes()
    guard bytes <= available else { throw Refusal(bytes: bytes, available: available) }
  }

  /// The memory an allocation may take: the system's available memory, at most `limit`.
  public static func availableBytes() -> Int {
    min(systemAvailableBytes(), limit.get() ?? Int.max)
  }

  /// The memory the system can give without swapping: MemAvailable of /proc/meminfo on
  /// Linux (the physical memory elsewhere), or less where the process's control group or
  /// `ulimit -v` leaves less (`MemoryCeilings`).
  static func systemAvailableBytes() -> Int {
    var available = Int(clamping: ProcessInfo.processInfo.physicalMemory)
    if let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("MemAvailable:") }),
      let kibibytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    {
      available = kibibytes.multipliedReportingOverflow(by: 1024).partialValue
    }
    return min(available, MemoryCeilings.remainingBytes() ?? Int.max)
  }

  /// Bytes as GiB with one decimal ("14.9").
  static func gibibytes(_ bytes: Int) -> String {
    String(format: "%.1f", Double(bytes) / Double(1 << 30))
  }
}
