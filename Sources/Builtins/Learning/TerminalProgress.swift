import Foundation
import Interpreter
import Tensor

#if canImport(Glibc)
  import Glibc
#endif

/// Shows a training's progress on one self-overwriting line of standard error, once the
/// training has run for a second; in a notebook, in its progress display instead; nothing at
/// all when there is neither.
final class TerminalProgress: @unchecked Sendable {
  private let start = Date()
  private var lastShown = Date.distantPast
  private var hasShown = false
  private let display: (any ProgressDisplay)?

  private init(display: (any ProgressDisplay)?) {
    self.display = display
  }

  /// A progress sink for a training, or nil when there is no terminal or display for it.
  static func make(display: (any ProgressDisplay)? = nil) -> (TerminalProgress, TrainingProgress)? {
    guard display != nil || isatty(STDERR_FILENO) == 1 else { return nil }
    let terminal = TerminalProgress(display: display)
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
    if let display { return display.show(text) }
    FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
  }

  /// Clears the line (or the display) when something was shown.
  func finish() {
    guard hasShown else { return }
    if let display { return display.finish() }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
