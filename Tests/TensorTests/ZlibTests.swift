import Foundation
import Tensor
import XCTest

/// The system zlib by dlopen: compress, and inflate raw deflate data as zip entries hold it.
final class ZlibTests: XCTestCase {
  func testRawInflateRoundTripsAndRefusesDamage() throws {
    guard Zlib.isAvailable else {
      throw XCTSkip("libz.so.1 is not installed (Debian: zlib1g); deflate not checked")
    }
    let text = Array(String(repeating: "depth,temp\n10,-1.5\n", count: 500).utf8)
    let stream = try XCTUnwrap(Zlib.compress(text))
    XCTAssertLessThan(stream.count, text.count / 10)
    // A zlib stream is a 2-byte header, the raw deflate data and a 4-byte Adler-32.
    let raw = Array(stream[2..<(stream.count - 4)])
    XCTAssertEqual(try Zlib.inflateRaw(raw, size: text.count), text)
    XCTAssertThrowsError(try Zlib.inflateRaw(Array(raw.prefix(raw.count / 2)), size: text.count))
    XCTAssertThrowsError(try Zlib.inflateRaw(raw, size: text.count - 1))
    XCTAssertThrowsError(try Zlib.inflateRaw(raw, size: text.count + 1))
    XCTAssertThrowsError(try Zlib.inflateRaw([0xFF, 0xFF, 0xFF], size: 10))
    XCTAssertEqual(try Zlib.inflateRaw([0x03, 0x00], size: 0), [])
  }

  func testStoredBlocksAreAValidStream() throws {
    let bytes = (0..<70_000).map { UInt8($0 % 251) }
    let stored = Zlib.stored(bytes)
    XCTAssertEqual(stored.count, 2 + 2 * 5 + bytes.count + 4)
    guard Zlib.isAvailable else { return }
    XCTAssertEqual(
      try Zlib.inflateRaw(Array(stored[2..<(stored.count - 4)]), size: bytes.count), bytes)
  }
}
