import Foundation

/// Runs a batch script's tasks as local processes, up to `jobs` at once: what a laptop
/// without Slurm does with `awish submit`, `sweep` and `map`. Each task is `bash job.sh`
/// with AWISH_TASK_ID set, so the script writes the same run folders as under Slurm.
public struct LocalExecutor {
  public let jobs: Int
  /// Called with each task's index and exit status as it ends.
  public var finished: (Int, Int32) -> Void = { _, _ in }

  public init(jobs: Int) { self.jobs = max(1, jobs) }

  /// Runs `indices` of `batchScript` (logs of bash itself go to `logFolder`); each task's
  /// exit status. Tasks that cannot start get status 127.
  /// Ctrl-C or SIGTERM stops every running task (each runs in its own process group) and
  /// starts no more; the stopped and unstarted tasks have no exit status (`sweep resume`
  /// runs them) and `wasInterrupted` says so.
  public func run(_ batchScript: String, indices: [Int], logFolder: String) -> Outcome {
    let interruption = Interruption()
    defer { interruption.restore() }
    var pending = indices[...]
    var running: [(Int, Process)] = []
    var statuses: [Int: Int32] = [:]
    while !pending.isEmpty || !running.isEmpty {
      if interruption.isSet {
        pending.removeAll()
        for (_, process) in running where process.isRunning {
          kill(-process.processIdentifier, SIGTERM)
        }
      }
      while running.count < jobs, let index = pending.popFirst() {
        if let process = start(batchScript, index: index, logFolder: logFolder) {
          running.append((index, process))
        } else {
          statuses[index] = 127
          finished(index, 127)
        }
      }
      let done = running.filter { !$0.1.isRunning }
      for (index, process) in done {
        process.waitUntilExit()
        // A task stopped part-way has not finished: it keeps no status.
        if interruption.isSet && process.terminationReason == .uncaughtSignal { continue }
        statuses[index] = process.terminationStatus
        finished(index, process.terminationStatus)
      }
      running.removeAll { entry in done.contains { $0.0 == entry.0 } }
      if done.isEmpty && !running.isEmpty { usleep(5_000) }
    }
    return Outcome(statuses: statuses, wasInterrupted: interruption.isSet)
  }

  /// The tasks' exit statuses, and whether Ctrl-C or SIGTERM stopped the run.
  public struct Outcome: Sendable {
    public let statuses: [Int: Int32]
    public let wasInterrupted: Bool
  }

  private func start(_ batchScript: String, index: Int, logFolder: String) -> Process? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [batchScript]
    var environment = ProcessInfo.processInfo.environment
    environment["AWISH_TASK_ID"] = String(index)
    // A task started locally is not a Slurm job, even when awish itself runs in one.
    for key in environment.keys where key.hasPrefix("SLURM_") { environment[key] = nil }
    process.environment = environment
    let log = logFolder + "/local-\(index).log"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    let handle = FileHandle(forWritingAtPath: log)
    process.standardOutput = handle ?? FileHandle.nullDevice
    process.standardError = handle ?? FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    try? handle?.close()
    return process
  }
}

/// SIGINT and SIGTERM noted on a Dispatch queue instead of ending awish, while local tasks
/// run; the default handling comes back afterwards.
private final class Interruption: @unchecked Sendable {
  private let lock = NSLock()
  private var flag = false
  private var sources: [DispatchSourceSignal] = []

  init() {
    for number in [SIGINT, SIGTERM] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.set() }
      source.resume()
      sources.append(source)
    }
  }

  private func set() {
    lock.lock()
    flag = true
    lock.unlock()
  }

  var isSet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return flag
  }

  func restore() {
    for source in sources { source.cancel() }
    signal(SIGINT, SIG_DFL)
    signal(SIGTERM, SIG_DFL)
  }
}
