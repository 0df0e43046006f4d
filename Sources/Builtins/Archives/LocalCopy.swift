import Foundation
import Tensor

/// Copies a local (or mounted) file into raw/ through a temporary file and a rename. With a
/// timeout, a read that has not started by then (a file still being staged from tape) is
/// given up with a notice instead of hanging; the copy in the background then discards its
/// temporary file.
enum LocalCopy {
  /// Copies `source` to `destination` durably and returns what it copied: the SHA-256 is
  /// computed on the way, so a large file is read once.
  static func copy(from source: String, to destination: String, timeout: Double?) throws
    -> CopiedFile
  {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source, isDirectory: &isFolder),
      !isFolder.boolValue
    else { throw FetchError(ArchiveMessages.noFile(source)) }
    let job = CopyJob(source: source, destination: destination)
    Thread.detachNewThread { job.run() }
    if let timeout, job.started.wait(timeout: .now() + timeout) == .timedOut {
      job.abandon()
      throw FetchError(
        ArchiveMessages.stagingFromTape(source, seconds: Int(timeout)),
        help: ArchiveMessages.stagingFromTapeHelp)
    }
    job.finished.wait()
    guard let copied = job.result else {
      throw FetchError(job.failure ?? ArchiveMessages.cannotCopy(source))
    }
    return copied
  }
}

/// A file copied into raw/: its size in bytes and its SHA-256.
struct CopiedFile: Sendable {
  var size: Int
  var sha256: String
}

/// One copy on its own thread, so a blocking first read can be waited for with a timeout.
/// The copy goes to a temporary file that is flushed to disk (fsync) before the rename, and the
/// folder is flushed after it: a power cut leaves no file or the whole file, never a part.
final class CopyJob: @unchecked Sendable {
  let source: String
  let destination: String
  let started = DispatchSemaphore(value: 0)
  let finished = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var isAbandoned = false
  private(set) var failure: String?
  private(set) var result: CopiedFile?

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
    var input: Int32 = -1
    var output: Int32 = -1
    defer {
      if input >= 0 { close(input) }
      if output >= 0 { close(output) }
      unlink(temporary)
      finished.signal()
    }
    input = open(source, O_RDONLY | O_CLOEXEC)
    guard input >= 0 else {
      failure = "cannot read \(source): \(String(cString: strerror(errno)))"
      started.signal()
      return
    }
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var count = buffer.withUnsafeMutableBytes { FileChunks.read(input, into: $0) }
    started.signal()
    output = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard output >= 0 else {
      failure = "cannot write \(temporary): \(String(cString: strerror(errno)))"
      return
    }
    var hash = SHA256()
    var size = 0
    while count > 0 {
      let written = buffer.withUnsafeBytes { bytes in
        let filled = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
        hash.update(filled)
        return Self.copyInKernel(from: input, at: size, count: count, to: output)
          || AtomicFile.writeAll(filled, to: output)
      }
      guard written else {
        failure = "cannot write \(destination): \(String(cString: strerror(errno)))"
        return
      }
      size += count
      count = buffer.withUnsafeMutableBytes { FileChunks.read(input, into: $0) }
    }
    guard count == 0 else {
      failure = "cannot read \(source): \(String(cString: strerror(errno)))"
      return
    }
    guard fsync(output) == 0 else {
      failure = "cannot write \(destination): \(String(cString: strerror(errno)))"
      return
    }
    lock.lock()
    defer { lock.unlock() }
    guard !isAbandoned else { return }
    guard rename(temporary, destination) == 0 else {
      failure = "cannot move the copy into \(destination): \(String(cString: strerror(errno)))"
      return
    }
    AtomicFile.syncFolder((destination as NSString).deletingLastPathComponent)
    result = CopiedFile(size: size, sha256: hash.finish())
  }

  /// Copies `count` bytes at `offset` of `input` to the end of `output` inside the kernel
  /// (sendfile: no copy through this process, a third of the system time of read and write).
  /// False, having written nothing, where the file systems do not allow it.
  private static func copyInKernel(from input: Int32, at offset: Int, count: Int, to output: Int32)
    -> Bool
  {
    var position = offset
    var left = count
    while left > 0 {
      let sent = sendfile(output, input, &position, left)
      if sent < 0, errno == EINTR { continue }
      guard sent > 0 else {
        // Nothing sent yet: the caller writes the chunk itself. Part of it sent: the output
        // is rewound to where the chunk began, so the write starts clean.
        if left < count { _ = ftruncate(output, off_t(offset)) }
        _ = lseek(output, off_t(offset), SEEK_SET)
        return false
      }
      left -= sent
    }
    return true
  }
}
