import Foundation
import Guards
import Tensor

/// The entries of a zip file (stored or deflated; no ZIP64, no encryption), read from its
/// central directory. Names that would escape a target folder (`..`, absolute paths) are
/// refused when the archive is opened, so nothing is extracted from a malicious archive.
struct ZipArchive {
  struct Entry {
    var name: String
    var method: UInt16
    var crc: UInt32
    var compressedSize: Int
    var size: Int
    var localHeader: Int
    var isFolder: Bool { name.hasSuffix("/") }
  }

  let bytes: [UInt8]
  private(set) var entries: [Entry] = []

  init(bytes: [UInt8]) throws {
    self.bytes = bytes
    guard let end = ZipArchive.endRecord(in: bytes) else {
      throw FetchError(ArchiveMessages.notAZip, code: .malformedFile)
    }
    let count = Int(read16(end + 10))
    var offset = Int(read32(end + 16))
    for _ in 0..<count {
      guard offset + 46 <= bytes.count, read32(offset) == 0x0201_4b50 else {
        throw FetchError(ArchiveMessages.zipDirectoryDamaged, code: .malformedFile)
      }
      let nameLength = Int(read16(offset + 28))
      let skip = nameLength + Int(read16(offset + 30)) + Int(read16(offset + 32))
      guard offset + 46 + nameLength <= bytes.count else {
        throw FetchError(ArchiveMessages.zipDirectoryDamaged, code: .malformedFile)
      }
      let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
      try ZipArchive.checkName(name)
      entries.append(
        Entry(
          name: name, method: read16(offset + 10), crc: read32(offset + 16),
          compressedSize: Int(read32(offset + 20)), size: Int(read32(offset + 24)),
          localHeader: Int(read32(offset + 42))))
      offset += 46 + skip
    }
    try ZipArchive.checkBounds(entries)
  }

  /// The most a zip may hold uncompressed, whatever memory there is.
  static let largestTotal = 4 << 30
  /// The highest overall compression ratio accepted once the contents pass 16 MiB: text
  /// compresses 5–20 times, a zip bomb a thousand.
  static let largestRatio = 200

  /// Refuses an archive whose entries claim, together, more than `largestTotal` bytes, more
  /// than memory can hold, or a compression ratio above `largestRatio` (a zip bomb), before
  /// anything is inflated. Inflating stops at each entry's claimed size, so the claims bound
  /// the work.
  static func checkBounds(_ entries: [Entry]) throws {
    var total = 0
    var compressed = 0
    for entry in entries {
      total = total.addingReportingOverflow(max(0, entry.size)).partialValue
      compressed = compressed.addingReportingOverflow(max(0, entry.compressedSize)).partialValue
    }
    guard total >= 0, total <= largestTotal else {
      throw FetchError(ArchiveMessages.zipTooLarge)
    }
    if total > 16 << 20, total / max(compressed, 1) > largestRatio {
      throw FetchError(
        ArchiveMessages.zipBomb(
          mebibytes: total / (1 << 20), kibibytes: compressed / 1024, ratio: largestRatio))
    }
    do {
      try MemoryBudget.check(bytes: total)
    } catch {
      throw FetchError(ArchiveMessages.unpacking(error.message))
    }
  }

  /// Refuses names that climb out of the folder they are extracted into.
  static func checkName(_ name: String) throws {
    let parts = name.replacingOccurrences(of: "\\", with: "/").split(separator: "/")
    if name.hasPrefix("/") || name.hasPrefix("\\") || parts.contains("..") || name.contains(":") {
      throw FetchError(ArchiveMessages.zipEscape(name), help: ArchiveMessages.zipEscapeHelp)
    }
  }

  /// The position of the end-of-central-directory record, searched from the end.
  static func endRecord(in bytes: [UInt8]) -> Int? {
    guard bytes.count >= 22 else { return nil }
    var position = bytes.count - 22
    let stop = max(0, bytes.count - 22 - 65_535)
    while position >= stop {
      if bytes[position] == 0x50, bytes[position + 1] == 0x4b, bytes[position + 2] == 5,
        bytes[position + 3] == 6
      {
        return position
      }
      position -= 1
    }
    return nil
  }

  /// The uncompressed bytes of `entry`, checked against its CRC.
  func contents(of entry: Entry) throws -> [UInt8] {
    let header = entry.localHeader
    guard header + 30 <= bytes.count, read32(header) == 0x0403_4b50 else {
      throw FetchError(ArchiveMessages.zipEntryDamaged(entry.name), code: .malformedFile)
    }
    let start = header + 30 + Int(read16(header + 26)) + Int(read16(header + 28))
    guard start + entry.compressedSize <= bytes.count else {
      throw FetchError(ArchiveMessages.zipEntryCut(entry.name), code: .malformedFile)
    }
    let data = Array(bytes[start..<(start + entry.compressedSize)])
    let result: [UInt8]
    switch entry.method {
    case 0: result = data
    case 8:
      do throws(Zlib.Problem) {
        result = try Zlib.inflateRaw(data, size: entry.size)
      } catch {
        throw error == .unavailable
          ? FetchError(ArchiveMessages.noZlib(entry.name), help: ArchiveMessages.noZlibHelp)
          : FetchError(ArchiveMessages.zipEntryDamaged(entry.name), code: .malformedFile)
      }
    default: throw FetchError(ArchiveMessages.zipCompression(entry.name, entry.method))
    }
    guard CRC32.checksum(result) == entry.crc, result.count == entry.size else {
      throw FetchError(ArchiveMessages.zipChecksum(entry.name), code: .malformedFile)
    }
    return result
  }

  private func read16(_ offset: Int) -> UInt16 {
    guard offset + 2 <= bytes.count else { return 0 }
    return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private func read32(_ offset: Int) -> UInt32 {
    guard offset + 4 <= bytes.count else { return 0 }
    return UInt32(read16(offset)) | UInt32(read16(offset + 2)) << 16
  }
}
