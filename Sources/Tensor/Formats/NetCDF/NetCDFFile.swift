import Foundation

/// An open netCDF file (netCDF-3 classic, 64-bit offset, CDF-5 or netCDF-4/HDF5). Opening
/// reads only the header — dimensions, variables, attributes and groups — so a file of
/// many gigabytes opens at once; values are read on request, whole or by slices.
///
/// The file stays open until the value is released. Not for use from several threads at
/// once (the netCDF-C library is not thread-safe).
public final class NetCDFFile: @unchecked Sendable {
  public let path: String
  /// netCDF4-python's names: NETCDF3_CLASSIC, NETCDF3_64BIT_OFFSET, NETCDF3_64BIT_DATA,
  /// NETCDF4_CLASSIC or NETCDF4.
  public let format: String
  public let root: NetCDFGroup
  /// The size of the file in bytes when it was opened.
  public let byteCount: Int
  let library: NetCDFLibrary
  private let id: Int32

  /// Opens `path` and reads its header. A file that is not netCDF, is truncated or whose
  /// header contradicts itself is an error, never a crash.
  public init(path: String) throws(NetCDFError) {
    let (byteCount, isClassic) = try NetCDFFile.checkMagic(path)
    // A classic header is checked before the library sees it: one that claims more than
    // the file holds would make the library allocate and read for a long time.
    if isClassic { try NetCDFFile.checkClassicSizes(byteCount: byteCount, path: path) }
    guard let library = NetCDFLibrary.shared else { throw .unavailable }
    var id: Int32 = -1
    let status = library.open(path, 0, &id)
    guard status == 0 else {
      throw NetCDFError(
        TensorMessages.netCDFCannotOpen(path, library.message(status)), kind: .malformed)
    }
    self.path = path
    self.library = library
    self.id = id
    self.byteCount = byteCount
    var code: Int32 = 0
    _ = library.format(id, &code)
    format = NetCDFFile.formatName(code)
    do throws(NetCDFError) {
      root = try NetCDFHeader(library: library).group(id, name: "", path: "/", depth: 0)
    } catch {
      _ = library.close(id)
      throw error
    }
  }

  deinit {
    _ = library.close(id)
  }

  /// The version of the netCDF-C library, or nil when it is not installed.
  public static var libraryVersion: String? {
    NetCDFLibrary.shared.map { String(cString: $0.version()) }
  }

  public static var isAvailable: Bool { NetCDFLibrary.shared != nil }

  /// The variable at `path` (`TEMP`, or `/group/TEMP` in a nested group).
  public func variable(_ path: String) -> NetCDFVariable? {
    var parts = path.split(separator: "/").map(String.init)
    guard let name = parts.popLast() else { return nil }
    var group = root
    for part in parts {
      guard let next = group.group(part) else { return nil }
      group = next
    }
    return group.variable(name)
  }

  /// The file's size and whether it is netCDF-3, after checking that its first bytes are a
  /// netCDF or HDF5 signature.
  static func checkMagic(_ path: String) throws(NetCDFError) -> (Int, Bool) {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw NetCDFError(
        TensorMessages.netCDFCannotOpen(path, TensorMessages.netCDFUnreadable), kind: .unreadable,
        failure: FileFailure.reading(path))
    }
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 8)) ?? Data())
    let size = Int((try? handle.seekToEnd()) ?? 0)
    let isClassic =
      head.count >= 4 && head[0..<3] == [0x43, 0x44, 0x46] && [1, 2, 5].contains(head[3])
    let isHDF5 = head == [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
    guard isClassic || isHDF5 else {
      throw NetCDFError(TensorMessages.netCDFNotNetCDF(path), kind: .malformed)
    }
    return (size, isClassic)
  }

  static func formatName(_ code: Int32) -> String {
    switch code {
    case 1: "NETCDF3_CLASSIC"
    case 2: "NETCDF3_64BIT_OFFSET"
    case 5: "NETCDF3_64BIT_DATA"
    case 4: "NETCDF4_CLASSIC"
    default: "NETCDF4"
    }
  }

  /// A classic file stores every value uncompressed at offsets its header gives, so a file
  /// shorter than its last variable's end is cut short (or claims sizes it does not hold).
  static func checkClassicSizes(byteCount: Int, path: String) throws(NetCDFError) {
    // The header is read in growing prefixes, so a large file is not read whole.
    var length = 1 << 16
    var layout: ClassicLayout?
    while layout == nil {
      let bytes = prefix(path, length)
      layout = try? ClassicLayout(bytes)
      if layout == nil, bytes.count < min(length, byteCount) || length >= byteCount {
        throw NetCDFError(TensorMessages.netCDFHeaderTruncated(path), kind: .malformed)
      }
      length *= 4
    }
    if let end = layout?.end, end > byteCount {
      throw NetCDFError(
        TensorMessages.netCDFDataTruncated(path, end, byteCount), kind: .malformed)
    }
  }

  private static func prefix(_ path: String, _ length: Int) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
    defer { try? handle.close() }
    return [UInt8]((try? handle.read(upToCount: length)) ?? Data())
  }
}
