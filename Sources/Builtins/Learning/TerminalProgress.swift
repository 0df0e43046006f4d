import Foundation
import Tensor

#if canImport(Glibc)
  import Glibc
#endif

/// Shows a training's progress on one self-overwriting line of standard error, once the
/// training has run for a second; nothing at all when standard error is not a terminal.
final class TerminalProgress: @unchecked Sendable {
  private let start = Date()
  private var lastShown = Date.distantPast
  private var hasShown = false

  /// A progress sink for a training, or nil when there is no terminal to show it on.
  static func make() -> (TerminalProgress, TrainingProgress)? {
    guard isatty(STDERR_FILENO) == 1 else { return nil }
    let terminal = TerminalProgress()
    return (terminal, TrainingProgress { terminal.show($0) })
  }

  /// Called under TrainingProgress's lock.
  private func show(_ text: String) {
    let now = Date()
    guard now.timeIntervalSince(start) >= 1, now.timeIntervalSince(lastShown) >= 0.1 else {
      return
    }
    lastShown = now
    hasShown = true
    FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
  }

  /// Clears the line when something was shown.
  func finish() {
    if hasShown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
  }
}
