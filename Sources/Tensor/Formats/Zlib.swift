import Foundation

/// Deflate through the system's zlib (libz.so.1), loaded at run time so building awish needs
/// no zlib headers. Compression falls back to stored blocks when the library is missing;
/// inflating then fails with a message that names the package to install.
public enum Zlib {
  private typealias Compress2 =
    @convention(c) (
      UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt, Int32
    ) -> Int32
  private typealias CompressBound = @convention(c) (UInt) -> UInt
  private typealias InflateInit2 =
    @convention(c) (
      UnsafeMutableRawPointer, Int32, UnsafePointer<CChar>, Int32
    ) -> Int32
  private typealias Inflate = @convention(c) (UnsafeMutableRawPointer, Int32) -> Int32
  private typealias InflateEnd = @convention(c) (UnsafeMutableRawPointer) -> Int32
  private typealias Version = @convention(c) () -> UnsafePointer<CChar>

  private struct Library {
    let compress2: Compress2
    let compressBound: CompressBound
    let inflateInit2: InflateInit2
    let inflate: Inflate
    let inflateEnd: InflateEnd
    let version: Version
  }

  private static let library: Library? = {
    guard let library = SharedLibrary(["libz.so.1", "libz.so"]),
      let compress = library.function("compress2", as: Compress2.self),
      let bound = library.function("compressBound", as: CompressBound.self),
      let initialize = library.function("inflateInit2_", as: InflateInit2.self),
      let inflate = library.function("inflate", as: Inflate.self),
      let end = library.function("inflateEnd", as: InflateEnd.self),
      let version = library.function("zlibVersion", as: Version.self)
    else { return nil }
    return Library(
      compress2: compress, compressBound: bound, inflateInit2: initialize, inflate: inflate,
      inflateEnd: end, version: version)
  }()

  public static var isAvailable: Bool { library != nil }

  /// A zlib stream of `bytes` (level 6), or nil without the library.
  public static func compress(_ bytes: [UInt8]) -> [UInt8]? {
    guard let library else { return nil }
    var size = library.compressBound(UInt(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(size))
    let status = output.withUnsafeMutableBufferPointer { out in
      bytes.withUnsafeBufferPointer { input in
        library.compress2(out.baseAddress, &size, input.baseAddress, UInt(bytes.count), 6)
      }
    }
    guard status == 0 else { return nil }
    return Array(output.prefix(Int(size)))
  }

  /// A valid zlib stream without compression: stored blocks of up to 65,535 bytes.
  public static func stored(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    var start = 0
    repeat {
      let end = min(start + 65535, bytes.count)
      let length = UInt16(end - start)
      out.append(end == bytes.count ? 1 : 0)
      out += [UInt8(length & 255), UInt8(length >> 8), UInt8(~length & 255), UInt8(~length >> 8)]
      out += bytes[start..<end]
      start = end
    } while start < bytes.count
    var (a, b): (UInt32, UInt32) = (1, 0)
    for byte in bytes {
      a = (a + UInt32(byte)) % 65521
      b = (b + a) % 65521
    }
    let check = b << 16 | a
    return out + [
      UInt8(check >> 24), UInt8((check >> 16) & 255), UInt8((check >> 8) & 255),
      UInt8(check & 255),
    ]
  }

  public enum Problem: Error, Equatable {
    case unavailable
    case damaged(code: Int32)
  }

  /// Inflates raw deflate data (as in zip entries) that should give `size` bytes; data that
  /// is damaged, too short or longer than `size` is an error.
  public static func inflateRaw(_ input: [UInt8], size: Int) throws(Problem) -> [UInt8] {
    guard let library else { throw .unavailable }
    // z_stream on LP64: 14 fields, 112 bytes; only the buffer fields are touched here.
    let stream = UnsafeMutableRawPointer.allocate(byteCount: 112, alignment: 8)
    defer { stream.deallocate() }
    stream.initializeMemory(as: UInt8.self, repeating: 0, count: 112)
    guard library.inflateInit2(stream, -15, library.version(), 112) == 0 else {
      throw .damaged(code: -2)
    }
    defer { _ = library.inflateEnd(stream) }
    var output = [UInt8](repeating: 0, count: max(size, 1))
    var input = input
    let status = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        stream.storeBytes(
          of: inBuffer.baseAddress, toByteOffset: 0, as: UnsafeMutablePointer<UInt8>?.self)
        stream.storeBytes(of: UInt32(inBuffer.count), toByteOffset: 8, as: UInt32.self)
        stream.storeBytes(
          of: outBuffer.baseAddress, toByteOffset: 24, as: UnsafeMutablePointer<UInt8>?.self)
        stream.storeBytes(of: UInt32(outBuffer.count), toByteOffset: 32, as: UInt32.self)
        return library.inflate(stream, 4)  // Z_FINISH
      }
    }
    let produced = Int(stream.load(fromByteOffset: 40, as: UInt.self))
    // Z_STREAM_END, or an empty entry whose output buffer is the 1-byte placeholder.
    guard status == 1 || (size == 0 && status == -5) else { throw .damaged(code: status) }
    guard produced == size else { throw .damaged(code: -3) }
    return Array(output.prefix(produced))
  }
}
