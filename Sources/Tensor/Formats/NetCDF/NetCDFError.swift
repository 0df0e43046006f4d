/// Why a netCDF file could not be opened, read or written: one sentence for the user.
public struct NetCDFError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What kind of problem it is, for callers that tell them apart (Builtins gives each its
  /// error id).
  public enum Kind: Sendable, Equatable {
    /// The file could not be opened; `failure` says why.
    case unreadable
    /// The file is not netCDF, or is truncated or damaged.
    case malformed
    /// Anything else: the library refused, a variable or value does not fit.
    case other
  }

  public let message: String
  public let kind: Kind
  /// Set when the system could not open the file.
  public let failure: FileFailure?

  public init(_ message: String, kind: Kind = .other, failure: FileFailure? = nil) {
    self.message = message
    self.kind = kind
    self.failure = failure
  }

  public var description: String { message }

  static let unavailable = NetCDFError(TensorMessages.netCDFLibraryMissing)

}
