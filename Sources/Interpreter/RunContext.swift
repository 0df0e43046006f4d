import Foundation

/// What one run of awi code needs and records beyond its values: the script and its
/// parameters, when it started, the files it read and wrote, the models it saved and loaded,
/// the reproduction it is part of, and where its output goes. The Session owns one; builtins
/// reach it as `args.run`. Nothing of a run lives in process globals, so two sessions in one
/// process (a kernel's, a test's) keep separate provenance.
public final class RunContext {
  /// How a run touched a file.
  public enum Access: String, Sendable { case read, written }

  /// A file the run read or wrote, in the order it first did.
  public struct FileAccess: Equatable, Sendable {
    public let path: String
    public let access: Access
  }

  /// `awish reproduce`: while set, save_model of this model compares what it would save with
  /// the stored version instead of saving; `identical` is its verdict.
  public struct Reproduction {
    public let name: String
    public let version: Int
    public let weights: Data
    public var identical: Bool?

    public init(name: String, version: Int, weights: Data) {
      self.name = name
      self.version = version
      self.weights = weights
    }
  }

  /// The script being run (absolute), nil in the REPL and for `-e`.
  public var script: String?
  /// The `--param` values as given on the command line.
  public var parameters: [String: String] = [:]
  /// The run folder of a submitted task (`awish submit`, `sweep`, `map` set AWISH_RUN_DIR),
  /// where record() writes result.json; nil for a plain run, where record() prints.
  public var runFolder: String?
  /// When the run began.
  public var started = Date()
  /// The most memory one allocation sized by the program may take (`awish run --max-memory`,
  /// awish.toml's `[run] max_memory`); nil for what the system has available. The Session
  /// binds it as `MemoryBudget.limit` while its code runs.
  public var memoryLimit: Int?
  /// Where print and show write.
  public var output: (String) -> Void
  /// What `clear_output()` does: a notebook clears the cell's output (at its next output when
  /// the argument is true); elsewhere nothing.
  public var clearOutput: (Bool) -> Void = { _ in }
  /// Where long builtins show their progress when the front end is not a terminal (a
  /// notebook's display that updates in place); nil elsewhere. Its methods are called from
  /// the builtin's worker threads while the session's thread waits in the builtin.
  public var progressDisplay: (any ProgressDisplay)?
  public var reproduction: Reproduction?
  public private(set) var files: [FileAccess] = []
  /// Models saved (`name@vN`) and loaded (their weights files) by this run.
  public private(set) var modelsSaved: [String] = []
  public private(set) var modelsLoaded: [String] = []
  /// Where warnings go (standard error by default; a report or kernel shows them its way).
  public var warningSink: (String) -> Void = {
    writeStandardError(InterpreterMessages.warning($0) + "\n")
  }
  private var warned: Set<String> = []

  public init(output: @escaping (String) -> Void) {
    self.output = output
  }

  /// Notes a file read or written, once per path and access.
  public func record(_ path: String, _ access: Access) {
    let entry = FileAccess(path: path, access: access)
    if !files.contains(entry) { files.append(entry) }
  }

  public func recordSaved(model reference: String) { modelsSaved.append(reference) }

  /// Says `text` the first time this run meets `key`: a warning that teaches is worth one
  /// reading, not one per loop iteration.
  public func warnOnce(_ key: String, _ text: String) {
    guard warned.insert(key).inserted else { return }
    warningSink(text)
  }

  public func recordLoaded(model path: String) {
    if !modelsLoaded.contains(path) { modelsLoaded.append(path) }
  }
}

/// The version of awish that models, reports and `--version` name.
public enum AwishVersion {
  public static let current = "0.1.0"
}

/// A front end's progress display (the Jupyter kernel's updating display data).
public protocol ProgressDisplay: AnyObject, Sendable {
  /// Shows one progress line in place of the previous one.
  func show(_ text: String)
  /// The work is done: the display is removed.
  func finish()
}
