import Interpreter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C handling for the REPL: SIGINT only sets `interruptRequested`. The evaluator checks
/// it at loop back-edges and calls and stops with an `interrupted` error; a blocked read at
/// the prompt returns with EINTR (no SA_RESTART) and the reader clears the line.
enum Interrupts {
  /// Installs the SIGINT handler for the rest of the process.
  static func install() {
    var action = sigaction()
    #if canImport(Glibc)
      action.__sigaction_handler.sa_handler = { _ in
        interruptRequested.store(true, ordering: .relaxed)
      }
    #else
      action.__sigaction_u.__sa_handler = { _ in
        interruptRequested.store(true, ordering: .relaxed)
      }
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  /// Forgets a Ctrl-C that arrived while nothing was running; true when there was one.
  @discardableResult
  static func clear() -> Bool {
    interruptRequested.exchange(false, ordering: .relaxed)
  }
}
