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
    case notAFile(target: String, kind: String)
    /// The system refused the write; `reason` is strerror's text.
    case failed(target: String, reason: String)

    public var message: String {
      switch self {
      case .insideRaw(let target, let raw):
        return "'\(target)' is inside the read-only raw folder \(raw)"
      case .notAFile(let target, let kind):
        return "'\(target)' is \(kind), not a file; it is left as it is"
      case .failed(let target, let reason):
        return "cannot write '\(target)': \(reason)"
      }
    }

    public var errorDescription: String? { message }
  }

  /// Writes `data` to `path` through the gate. Only fetch's manifest passes `intoRaw`.
  public static func write(_ data: Data, to path: String, intoRaw: Bool = false)
    throws(Problem)
  {
    let target = CanonicalPath.resolve(path)
    if !intoRaw, let raw = CanonicalPath.rawFolder(containing: target) {
      throw .insideRaw(target: path, raw: raw)
    }
    var status = stat()
    if stat(target, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
      try writeInPlace(data, to: target, mode: status.st_mode & S_IFMT, shown: path)
      return
    }
    try replace(target, with: data, shown: path)
  }

  /// Writes into an existing device or FIFO without replacing it; other kinds are refused.
  static func writeInPlace(_ data: Data, to target: String, mode: mode_t, shown: String)
    throws(Problem)
  {
    switch mode {
    case S_IFCHR, S_IFIFO: break
    case S_IFDIR: throw .notAFile(target: shown, kind: "a folder")
    case S_IFSOCK: throw .notAFile(target: shown, kind: "a socket")
    case S_IFBLK: throw .notAFile(target: shown, kind: "a block device")
    default: throw .notAFile(target: shown, kind: "a special file")
    }
    let descriptor = open(target, O_WRONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      let reason = errno == ENXIO ? "no process reads this FIFO" : lastError()
      throw .failed(target: shown, reason: reason)
    }
    defer { close(descriptor) }
    // Blocking again, so a slow reader of a FIFO gets every byte.
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    guard writeAll(data, to: descriptor) else { throw .failed(target: shown, reason: lastError()) }
  }

  /// Replaces a regular file (or makes a new one) atomically, syncing file and folder.
  static func replace(_ target: String, with data: Data, shown: String) throws(Problem) {
    let folder = (target as NSString).deletingLastPathComponent
    let name = (target as NSString).lastPathComponent
    let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw .failed(target: shown, reason: lastError()) }
    let written = writeAll(data, to: descriptor)
    let failure = written ? nil : lastError()
    close(descriptor)
    if let failure {
      unlink(temporary)
      throw .failed(target: shown, reason: failure)
    }
    try moveIntoPlace(temporary, target, shown: shown)
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
    let failure = synced ? nil : lastError()
    if descriptor >= 0 { close(descriptor) }
    guard failure == nil, rename(temporary, target) == 0 else {
      let reason = failure ?? lastError()
      unlink(temporary)
      throw .failed(target: shown, reason: reason)
    }
    let folder = (target as NSString).deletingLastPathComponent
    syncFolder(folder.isEmpty ? "." : folder)
  }

  /// Every byte of `data` written to `descriptor`, retrying short writes and EINTR.
  static func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
    data.withUnsafeBytes { buffer -> Bool in
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
  }

  /// Makes a rename in `folder` durable.
  static func syncFolder(_ folder: String) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  static func lastError() -> String { String(cString: strerror(errno)) }
}
