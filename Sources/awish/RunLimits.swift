import ArgumentParser
import Builtins
import Dispatch
import Foundation
import Interpreter
import Synchronization
import Tensor

/// The resource guard of `awish run --max-memory 8G --timeout 2h` (or `[run]` max_memory and
/// timeout in the workspace's awish.toml): allocations past the memory limit are refused with
/// "would need N GiB", and a run past its time is stopped between steps, as Ctrl-C stops it,
/// with a located message, instead of the kernel's OOM killer or a batch system's kill.
enum RunLimits {
  /// The time limit as given ("2h"), once it has passed.
  static var passedTimeLimit: String? { passed.load(ordering: .relaxed) ? given : nil }

  private static let passed = Atomic<Bool>(false)
  nonisolated(unsafe) private static var given: String?

  /// Applies the options, falling back on the workspace's `[run]` settings: starts the
  /// timer, and gives the memory limit in bytes (nil for none) for the run's session to carry.
  static func apply(maxMemory: String?, timeout: String?) throws -> Int? {
    let workspace = Workspace.rootFolder(above: FileManager.default.currentDirectoryPath)
      .flatMap { try? Workspace.load(root: $0) }
    var memoryLimit: Int?
    if let text = maxMemory ?? workspace?.string("run", "max_memory") {
      guard let bytes = ByteSize.parse(text) else {
        throw ValidationError(AwishMessages.maxMemoryFormat(text))
      }
      memoryLimit = bytes
    }
    if let text = timeout ?? workspace?.string("run", "timeout") {
      guard let seconds = parseDuration(text) else {
        throw ValidationError(AwishMessages.timeoutFormat(text))
      }
      given = text
      Interrupts.install()
      DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
        passed.store(true, ordering: .relaxed)
        interruptRequested.store(true, ordering: .relaxed)
      }
    }
    return memoryLimit
  }

  /// Seconds in "2h", "30m", "90s", "1d" or a bare number of seconds; nil otherwise.
  static func parseDuration(_ text: String) -> Double? {
    let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
    var number = Substring(text.lowercased())
    var unit = 1.0
    if let last = number.last, let factor = units[last] {
      unit = factor
      number = number.dropLast()
    }
    guard let value = Double(number), value > 0, value.isFinite else { return nil }
    return value * unit
  }
}
