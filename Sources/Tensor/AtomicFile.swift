import Foundation

/// The one write gate every awish writer goes through (write_csv, save, write_wav, report,
/// %save, model aliases). It
/// - resolves the target canonically (symlinks of its folder and of the file followed), and
///   refuses it when that lands inside a workspace's raw/ folder, however it is reached;
/// - replaces only regular files, atomically: the bytes go to a temporary file beside the
///   target, are synced, renamed over it, and the folder is synced, so a crash or a full disk
///   leaves the old file or the new one, never half of one;
/// - writes a character device or a FIFO in place (opened without blocking, so a FIFO that
///   no process reads is an error), and refuses sockets, block devices and folders: a device
///   node is never replaced by a regular file.
public enum AtomicFile {
  /// A write that was refused or failed; `message` says which path and what is wrong.
  public enum Problem: Error, Equatable, LocalizedError {
    /// The canonical target is inside a workspace's raw/ folder.
    case insideRaw(target: String, raw: String)
    /// The target exists and is not a file that can be written.
    case notAFile(target: String, kind: TargetKind)
    /// The system refused the write.
    case failed(target: String, failure: FileFailure)

    /// What the system said, when it refused (a folder where a file goes counts as one).
    public var failure: FileFailure? {
      switch self {
      case .insideRaw: return nil
      case .notAFile(_, let kind): return kind == .folder ? .isADirectory : nil
      case .failed(_, let failure): return failure
      }
    }

    public var message: String {
      switch self {
      case .insideRaw(let target, let raw): return TensorMessages.fileInsideRaw(target, raw)
      case .notAFile(let target, let kind): return TensorMessages.fileNotAFile(target, kind)
      case .failed(let target, let failure):
        return failure.message(target, writing: true)
      }
    }

    public var errorDescription: String? { message }
  }

  /// What stands at a write's target when it is not a file awish may write.
  public enum TargetKind: Sendable {
    case folder, socket, blockDevice, special
  }

  /// Writes `data` to `path` through the gate. Only fetch's manifest passes `intoRaw`.
  public static func write(_ data: Data, to path: String, intoRaw: Bool = false)
    throws(Problem)
  {
    try write(to: path, intoRaw: intoRaw) { sink in
      data.withUnsafeBytes { sink(UnsafeRawBufferPointer($0)) }
    }
  }

  /// Writes the bytes that `produce` hands, piece by piece, to its sink (which says whether
  /// the write succeeded; `produce` returns false to stop on a failure), through the gate:
  /// the same checks and atomic replace as `write(_:to:)`, without the whole text in memory.
  public static func write(
    to path: String, intoRaw: Bool = false, _ produce: (Sink) -> Bool
  ) throws(Problem) {
    let target = CanonicalPath.resolve(path)
    if !intoRaw, let raw = CanonicalPath.rawFolder(containing: target) {
      throw .insideRaw(target: path, raw: raw)
    }
    var status = stat()
    if stat(target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
      try writeInPlace(produce, to: target, mode: status.st_mode & S_IFMT, shown: path)
      return
    }
    try replace(target, with: produce, shown: path)
  }

  /// Takes one piece of a file's bytes; false when it could not be written.
  public typealias Sink = (UnsafeRawBufferPointer) -> Bool

  /// Hands `produce` a sink that writes to `descriptor`; false when a write or `produce` failed.
  static func run(_ produce: (Sink) -> Bool, into descriptor: Int32) -> Bool {
    var failed = false
    let finished = produce { bytes in
      guard !failed else { return false }
      failed = !writeAll(bytes, to: descriptor)
      return !failed
    }
    return finished && !failed
  }

  /// Writes into an existing device or FIFO without replacing it; other kinds are refused.
  static func writeInPlace(
    _ produce: (Sink) -> Bool, to target: String, mode: mode_t, shown: String
  ) throws(Problem) {
    switch mode {
    case S_IFCHR, S_IFIFO: break
    case S_IFDIR: throw .notAFile(target: shown, kind: .folder)
    case S_IFSOCK: throw .notAFile(target: shown, kind: .socket)
    case S_IFBLK: throw .notAFile(target: shown, kind: .blockDevice)
    default: throw .notAFile(target: shown, kind: .special)
    }
    let descriptor = open(target, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let failure = errno == ENXIO ? .other(TensorMessages.fileFIFOUnread) : FileFailure.last

      throw .failed(target: shown, failure: failure)
    }
    defer { close(descriptor) }
    // Blocking again, so a slow reader of a FIFO gets every byte.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    guard run(produce, into: descriptor) else {
      throw .failed(target: shown, failure: .last)
    }
  }

  /// Replaces a regular file (or makes a new one) atomically, syncing file and folder.
  static func replace(_ target: String, with produce: (Sink) -> Bool, shown: String)
    throws(Problem)
  {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .failed(target: shown, failure: .last) }
    let written = run(produce, into: descriptor) && fsync(descriptor) == 0
    let failure = written ? nil : FileFailure.last
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw .failed(target: shown, failure: failure)
    }
    guard rename(temporary, target) == 0 else {
      let failure = FileFailure.last
      unlink(temporary)
      throw .failed(target: shown, failure: failure)
    }
    syncFolder(folder.isEmpty ? "." : folder)
  }

  /// Every byte of `buffer` written to `descriptor`, retrying short writes and EINTR.
  public static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
    guard let base = buffer.baseAddress else { return true }
    var offset = 0
    while offset < buffer.count {
      let count = Glibc.write(descriptor, base + offset, buffer.count - offset)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return false }
      offset += count
    }
    return true
  }

  /// Moves a finished temporary file over `target` in the same folder: the file is synced,
  /// renamed over the target and the folder synced, so a power cut leaves the old file or
  /// the new one, never an empty one. The temporary file is removed when this fails. Writers
  /// that make their file another way (netCDF, downloads) finish through here.
  public static func moveIntoPlace(_ temporary: String, _ target: String, shown: String)
    throws(Problem)
  {
    let descriptor = open(temporary, O_RDONLY | O_CLOEXEC)
    let synced = descriptor >= 0 && fsync(descriptor) == 0
    var failure = synced ? nil : FileFailure.last
    if descriptor >= 0 { close(descriptor) }
    if failure == nil, rename(temporary, target) != 0 { failure = .last }
    if let failure {
      unlink(temporary)
      throw .failed(target: shown, failure: failure)
    }
    let folder = (target as NSString).deletingLastPathComponent
    syncFolder(folder.isEmpty ? "." : folder)
  }

  /// Makes a rename in `folder` durable.
  public static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }
}
