import Foundation

/// Writes 8-bit RGB PNG files. Compression uses the system zlib when it can be loaded
/// (it always can on Linux); without it the data goes in stored deflate blocks, which every
/// decoder reads too, only larger.
enum PNGEncoder {
  static func encode(width: Int, height: Int, rgb: [UInt8]) -> Data {
    var raw = [UInt8]()
    raw.reserveCapacity((width * 3 + 1) * height)
    for row in 0..<height {
      raw.append(0)
      raw += rgb[(row * width * 3)..<((row + 1) * width * 3)]
    }
    var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var header: [UInt8] = []
    header += bigEndian(UInt32(width))
    header += bigEndian(UInt32(height))
    header += [8, 2, 0, 0, 0]
    chunk("IHDR", header, into: &png)
    chunk("IDAT", Zlib.compress(raw) ?? Zlib.stored(raw), into: &png)
    chunk("IEND", [], into: &png)
    return Data(png)
  }

  private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
    png += bigEndian(UInt32(data.count))
    let typed = Array(type.utf8) + data
    png += typed
    png += bigEndian(CRC32.checksum(typed))
  }

  static func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8((value >> 16) & 255), UInt8((value >> 8) & 255), UInt8(value & 255)]
  }
}

enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for byte in bytes { c = table[Int((c ^ UInt32(byte)) & 0xFF)] ^ (c >> 8) }
    return c ^ 0xFFFF_FFFF
  }
}

/// zlib streams: the system library's compress2 by dlopen, or stored blocks.
enum Zlib {
  private typealias Compress2 =
    @convention(c) (
      UnsafeMutablePointer<UInt8>?, UnsafeMutablePointer<UInt>?, UnsafePointer<UInt8>?, UInt, Int32
    ) -> Int32
  private typealias CompressBound = @convention(c) (UInt) -> UInt

  private static let functions: (Compress2, CompressBound)? = {
    guard let handle = dlopen("libz.so.1", RTLD_NOW) ?? dlopen("libz.so", RTLD_NOW),
      let compress = dlsym(handle, "compress2"), let bound = dlsym(handle, "compressBound")
    else { return nil }
    return (
      unsafeBitCast(compress, to: Compress2.self), unsafeBitCast(bound, to: CompressBound.self)
    )
  }()

  static func compress(_ bytes: [UInt8]) -> [UInt8]? {
    guard let (compress2, compressBound) = functions else { return nil }
    var size = compressBound(UInt(bytes.count))
    var output = [UInt8](repeating: 0, count: Int(size))
    let status = output.withUnsafeMutableBufferPointer { out in
      bytes.withUnsafeBufferPointer { input in
        compress2(out.baseAddress, &size, input.baseAddress, UInt(bytes.count), 6)
      }
    }
    guard status == 0 else { return nil }
    return Array(output.prefix(Int(size)))
  }

  /// A valid zlib stream without compression: stored blocks of up to 65,535 bytes.
  static func stored(_ bytes: [UInt8]) -> [UInt8] {
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
    return out + PNGEncoder.bigEndian(b << 16 | a)
  }
}
