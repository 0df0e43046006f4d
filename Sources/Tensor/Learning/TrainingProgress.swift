import Foundation

/// Where long trainings report how far they are (trees built, epochs and loss). Safe to call
/// from the worker threads of a forest; `report` runs under a lock, one message at a time.
public final class TrainingProgress: @unchecked Sendable {
  private let lock = NSLock()
  private let report: (String) -> Void
  private var done = 0

  public init(_ report: @escaping (String) -> Void) {
    self.report = report
  }

  /// Reports a message.
  func update(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    report(text)
  }

  /// Counts one more finished item of `total` and reports the count.
  func step(_ noun: String, of total: Int) {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    report(TensorMessages.progressCount(noun, done, total))

  }
}
