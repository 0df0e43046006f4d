import Interpreter
import Lang
import Tensor

extension ErrorCode {
  /// The id of a file error the system reported (E0501 file-not-found …); nil for a reason
  /// without an id of its own, which then gets its builtin's area id.
  static func file(_ failure: FileFailure?) -> ErrorCode? {
    switch failure {
    case .notFound: return .fileNotFound
    case .permissionDenied: return .permissionDenied
    case .isADirectory: return .isADirectory
    case .notADirectory: return .notADirectory
    case .noSpace: return .diskFull
    case .readOnly: return .readOnlyFileSystem
    case .other, nil: return nil
    }
  }
}

extension RuntimeError {
  /// The error with the id of `failure`, when it has one.
  func coded(_ failure: FileFailure?) -> RuntimeError {
    coded(ErrorCode.file(failure))
  }

  /// The error of a file reader: the system's failure when the file could not be opened,
  /// else a file whose content does not read as its format (E0507 malformed-file).
  func coded(_ error: CSVError) -> RuntimeError {
    coded(ErrorCode.file(error.failure) ?? .malformedFile)
  }

  /// The error of the WAV reader: the system's failure when the file could not be opened,
  /// else a damaged file (E0507 malformed-file) or a start, duration or channel not in the
  /// recording (E0331 value-out-of-range), or one too long to hold (E0323 out-of-memory).
  func coded(_ error: WAVError) -> RuntimeError {
    coded(ErrorCode.file(error.failure) ?? error.kind.code)
  }

  /// The error of the netCDF reader: the system's failure when the file could not be
  /// opened, a file that is not netCDF or is truncated (E0507 malformed-file), else the
  /// builtin's area id.
  func coded(_ error: NetCDFError) -> RuntimeError {
    coded(ErrorCode.file(error.failure) ?? (error.kind == .malformed ? .malformedFile : nil))
  }

  /// The error of the write gate: raw/ refused (E0551), else the system's failure.
  func coded(_ problem: AtomicFile.Problem) -> RuntimeError {
    if case .insideRaw = problem { return coded(.rawReadOnly) }
    return coded(problem.failure)
  }
}

extension WAVError.Kind {
  /// The error id of the kind; nil leaves the builtin's area id.
  var code: ErrorCode? {
    switch self {
    case .unreadable: return nil
    case .malformed: return .malformedFile
    case .outOfRange: return .valueOutOfRange
    case .tooLarge: return .outOfMemory
    }
  }
}
