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

  /// The error of the write gate: raw/ refused (E0551), else the system's failure.
  func coded(_ problem: AtomicFile.Problem) -> RuntimeError {
    if case .insideRaw = problem { return coded(.rawReadOnly) }
    return coded(problem.failure)
  }
}
