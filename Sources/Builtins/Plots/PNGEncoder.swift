import Foundation
import Tensor

/// Writes 8-bit RGB PNG files. Compression uses the system zlib when it can be loaded
/// (it always can on Linux); without it the data goes in stored deflate blocks, which every
/// decoder reads too, only larger.
public enum PNGEncoder {
  public static func encode(width: Int, height: Int, rgb: [UInt8]) -> Data {
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
