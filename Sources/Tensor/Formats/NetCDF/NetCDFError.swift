/// Why a netCDF file could not be opened, read or written: one sentence for the user.
public struct NetCDFError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }

  static let unavailable = NetCDFError(TensorMessages.netCDFLibraryMissing)

}
