import Lang

/// An error while running awi code: a message, where it happened, and the awi call stack.
public struct RuntimeError: Error {
  public enum Kind: Equatable, Sendable {
    case error
    /// Ctrl-C stopped the evaluation.
    case interrupted
    /// `exit(code)` was called.
    case exit(Int32)
  }

  /// One awi function call that was active when the error happened.
  public struct StackEntry: Sendable {
    public let function: String
    public let file: SourceFile
    public let range: SourceRange
  }

  public var kind: Kind = .error
  /// The stable id; nil only until the builtin call it passes through gives it its area's
  /// id (`Machine.runBuiltin`).
  public var code: ErrorCode?
  public var message: String
  public var file: SourceFile?
  public var range: SourceRange?
  public var label: String
  public var help: String?
  /// The calls, innermost first; for a very deep stack only its two ends (see `addCaller`).
  public var stack: [StackEntry] = []
  /// Calls left out of the middle of `stack`.
  public var hiddenCalls = 0

  public init(_ message: String, label: String = "", help: String? = nil) {
    self.message = message
    self.label = label
    self.help = help
  }

  public init(
    _ message: String, file: SourceFile, range: SourceRange, label: String = "",
    help: String? = nil
  ) {
    self.init(message, label: label, help: help)
    self.file = file
    self.range = range
  }

  /// An error with its id.
  public init(_ code: ErrorCode, _ message: String, label: String = "", help: String? = nil) {
    self.init(message, label: label, help: help)
    self.code = code
  }

  /// An error with its id and place.
  public init(
    _ code: ErrorCode, _ message: String, file: SourceFile, range: SourceRange,
    label: String = "", help: String? = nil
  ) {
    self.init(message, file: file, range: range, label: label, help: help)
    self.code = code
  }

  public static func interrupted() -> RuntimeError {
    var error = RuntimeError(.interrupted, InterpreterMessages.interrupted)
    error.kind = .interrupted
    return error
  }

  /// Gives the error a place when it has none yet (errors from operators and builtins).
  public func located(_ file: SourceFile, _ range: SourceRange) -> RuntimeError {
    guard self.file == nil else { return self }
    var copy = self
    copy.file = file
    copy.range = range
    return copy
  }

  /// Gives the error `code` when it has no id yet.
  public func coded(_ code: ErrorCode?) -> RuntimeError {
    guard self.code == nil, let code else { return self }
    var copy = self
    copy.code = code
    return copy
  }

  /// Call-stack notes with runs of the same call shown once and counted.
  private func collapsed(_ entries: ArraySlice<StackEntry>) -> [String] {
    var notes: [String] = []
    var repeats = 0
    for entry in entries {
      let note = InterpreterMessages.calledFrom(
        entry.function, "\(entry.file.name):\(entry.file.location(of: entry.range.start))")
      if note == notes.last {
        repeats += 1
        continue
      }
      if repeats > 0 { notes.append(InterpreterMessages.repeated(repeats)) }
      repeats = 0
      notes.append(note)
    }
    if repeats > 0 { notes.append(InterpreterMessages.repeated(repeats)) }
    return notes
  }

  /// Records the call the error passed through on its way out. Keeps the 5 innermost and
  /// the latest outer calls only, so unwinding 20,000 calls stays O(calls), not O(calls²).
  public mutating func addCaller(_ entry: StackEntry) {
    stack.append(entry)
    if stack.count > 12 {
      stack.remove(at: 5)
      hiddenCalls += 1
    }
  }

  /// The error as a diagnostic, with the call stack as notes (innermost call first; long
  /// stacks, as from runaway recursion, show their ends only; runs of the same call collapse).
  public var diagnostic: Diagnostic {
    var notes: [String]
    if hiddenCalls > 0 {
      notes =
        collapsed(stack.prefix(5)) + [InterpreterMessages.callsHidden(hiddenCalls)]
        + collapsed(stack.dropFirst(5))
    } else {
      notes = collapsed(stack[...])
    }
    return Diagnostic(
      .runtime, message, file: file, range: range ?? .empty, label: label,
      notes: notes, help: help, code: code ?? .runtimeFailure)
  }
}
