import Foundation
import Tensor

/// Copies a local (or mounted) file into raw/ through a temporary file and a rename. With a
/// timeout, a read that has not started by then (a file still being staged from tape) is
/// given up with a notice instead of hanging; the copy in the background then discards its
/// temporary file.
enum LocalCopy {
  static func copy(from source: String, to destination: String, timeout: Double?) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder),
      !isFolder.boolValue
    else { throw FetchError("there is no file \(source)") }
    let job = CopyJob(source: source, destination: destination)
    Thread.detachNewThread { job.run() }
    if let timeout, job.started.wait(timeout: .now() + timeout) == .timedOut {
      job.abandon()
      throw FetchError(
        "\(source) is still being staged from tape: no data after \(Int(timeout)) s",
        help: "stage it first (or wait a few minutes) and fetch again; raise [defaults] timeout "
          + "in awish.toml for large files")
    }
    job.finished.wait()
    if let failure = job.failure { throw FetchError(failure) }
  }
}

/// One copy on its own thread, so a blocking first read can be waited for with a timeout.
final class CopyJob: @unchecked Sendable {
  let source: String
  let destination: String
  let started = DispatchSemaphore(value: 0)
  let finished = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var isAbandoned = false
  private(set) var failure: String?

  init(source: String, destination: String) {
    self.source = source
    self.destination = destination
  }

  func abandon() {
    lock.lock()
    isAbandoned = true
    lock.unlock()
  }

  func run() {
    let temporary = destination + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-copy"
    defer {
      try? FileManager.default.removeItem(atPath: temporary)
      finished.signal()
    }
    guard let input = FileHandle(forReadingAtPath: source) else {
      failure = "cannot read \(source)"
      started.signal()
      return
    }
    defer { try? input.close() }
    var chunk = input.readData(ofLength: 1 << 20)
    started.signal()
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let output = FileHandle(forWritingAtPath: temporary)
    else {
      failure = "cannot write \(temporary)"
      return
    }
    while !chunk.isEmpty {
      output.write(chunk)
      chunk = input.readData(ofLength: 1 << 20)
    }
    try? output.close()
    lock.lock()
    defer { lock.unlock() }
    guard !isAbandoned else { return }
    do throws(AtomicFile.Problem) {
      try AtomicFile.moveIntoPlace(temporary, destination, shown: destination)
    } catch {
      failure = error.message
    }
  }
}
