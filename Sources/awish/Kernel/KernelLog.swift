import Interpreter

/// The kernel's own log lines on standard error, which the front end's server keeps: a
/// dropped connection, a refused signature.
enum KernelLog {
  static func write(_ text: String) {
    writeStandardError("[awish kernel] \(text)\n")
  }
}
