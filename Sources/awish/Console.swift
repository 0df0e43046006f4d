import Foundation
import Interpreter

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the REPL writes: results to one stream, errors (and only errors) to the other.
struct Console {
  var write: (String) -> Void
  var writeError: (String) -> Void
  /// Diagnostics are drawn in color.
  var useColor: Bool

  /// Standard output is a terminal that shows colour: not `TERM=dumb`, no `NO_COLOR`.
  static var isColorTerminal: Bool {
    let environment = ProcessInfo.processInfo.environment
    return isatty(1) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }

  /// Standard output and standard error; color when standard error is a terminal.
  static var standard: Console {
    Console(
      write: { text in
        StandardOutput.shared.write(text)
        StandardOutput.shared.flush()
      },
      writeError: writeStandardError,
      useColor: isatty(2) == 1)
  }
}
