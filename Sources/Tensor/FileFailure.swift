import Guards

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why the system refused to read or write a path, from `errno`, so that every file error
/// names the path and says what is wrong with it in awish's words, never Foundation's
/// generic "The operation could not be completed" or "no such device" for a folder.
public enum FileFailure: Equatable, Sendable {
  case notFound, permissionDenied, isADirectory, notADirectory, noSpace, readOnly
  /// Anything else: the system's reason, lowercased.
  case other(String)

  /// The failure `errno` stands for.
  public init(errno number: Int32) {
    switch number {
    case ENOENT: self = .notFound
    case EACCES, EPERM: self = .permissionDenied
    case EISDIR: self = .isADirectory
    case ENOTDIR: self = .notADirectory
    case ENOSPC, EDQUOT: self = .noSpace
    case EROFS: self = .readOnly
    default: self = .other(String(cString: strerror(number)).lowercased())
    }
  }

  /// The failure of the last system call, from the thread's `errno`.
  public static var last: FileFailure { FileFailure(errno: errno) }

  /// One message that names `path` (whole: a path cut short would not say which file), with
  /// control characters escaped: "cannot read 'x.csv': it does not exist".
  public func message(_ path: String, writing: Bool = false) -> String {
    TensorMessages.fileCannot(writing ? "write" : "read", path, reason(writing))
  }

  /// What is wrong, in words, without the path.
  public func reason(_ writing: Bool) -> String {
    TensorMessages.fileFailure(self, writing: writing)
  }
}

extension FileFailure {
  /// Why `path` cannot be read, found by opening it: the system's failure, or a folder.
  public static func reading(_ path: String) -> FileFailure {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .last }
    defer { close(descriptor) }
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return .isADirectory }
    return .other(TensorMessages.fileUnreadable)

  }
}

extension CSVError {
  /// A table file that cannot be read at all, with the path and what is wrong with it.
  public static func unreadable(_ path: String) -> CSVError {
    let failure = FileFailure.reading(path)
    return CSVError(message: failure.message(path), failure: failure)
  }
}
