import Foundation
import XCTest

@testable import Builtins

/// SHA-256 through libcrypto and through the built-in code (CPU SHA instructions and portable
/// C), against the NIST vectors
/// (FIPS 180-4 examples and the million-'a' message).
final class SHA256Tests: XCTestCase {
  static let vectors: [(String, [UInt8])] = [
    ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", []),
    ("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Array("abc".utf8)),
    (
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
      Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    ),
    (
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
      [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    ),
  ]

  func testBuiltinMatchesNIST() {
    for useCPUExtensions in [true, false] {
      for (expected, message) in Self.vectors {
        var hash = SHA256(useSystemLibrary: false, useCPUExtensions: useCPUExtensions)
        XCTAssertFalse(hash.usesSystemLibrary)
        Self.updateInPieces(&hash, message)
        XCTAssertEqual(hash.finish(), expected, "CPU extensions: \(useCPUExtensions)")
      }
    }
  }

  /// The CPU's SHA instructions and the portable C agree on every length around the block
  /// boundaries and on a long message (skipped where the CPU has no SHA extensions).
  func testCPUExtensionsMatchPortable() throws {
    guard BuiltinSHA256.cpuHasExtensions else {
      throw XCTSkip("this CPU has no SHA extensions; only the portable form runs here")
    }
    var seed: UInt64 = 7
    for length in Array(0...200) + [1_000, 65_536, 1_000_003] {
      let message = (0..<length).map { _ -> UInt8 in
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: seed >> 56)
      }
      var fast = SHA256(useSystemLibrary: false, useCPUExtensions: true)
      var portable = SHA256(useSystemLibrary: false, useCPUExtensions: false)
      Self.updateInPieces(&fast, message)
      portable.update(message)
      XCTAssertEqual(fast.finish(), portable.finish(), "length \(length)")
    }
  }

  /// Feeds `message` in pieces of growing, uneven sizes, so the streaming path is checked.
  static func updateInPieces(_ hash: inout SHA256, _ message: [UInt8]) {
    var offset = 0
    var piece = 1
    while offset < message.count {
      let end = min(message.count, offset + piece)
      hash.update(Array(message[offset..<end]))
      offset = end
      piece = piece * 3 + 1
    }
  }

  func testLibcryptoMatchesNIST() throws {
    guard LibCrypto.shared != nil else {
      throw XCTSkip("libcrypto.so.3 is not installed; the built-in SHA-256 is used")
    }
    for (expected, message) in Self.vectors {
      var hash = SHA256()
      XCTAssertTrue(hash.usesSystemLibrary)
      Self.updateInPieces(&hash, message)
      XCTAssertEqual(hash.finish(), expected)
    }
  }

  /// Hashing a 1 GiB file: run with AWISH_SHA256_FILE=/path/to/1GiB to measure (not part of
  /// the normal run: it needs the file and a quiet machine).
  func testFileThroughput() throws {
    guard let path = ProcessInfo.processInfo.environment["AWISH_SHA256_FILE"] else {
      throw XCTSkip("set AWISH_SHA256_FILE to a large file to measure SHA-256 throughput")
    }
    let start = Date()
    let digest = DataFileRecord.digest(of: path)
    let seconds = Date().timeIntervalSince(start)
    print("sha256 \(digest ?? "-") in \(String(format: "%.2f", seconds)) s")
    XCTAssertNotNil(digest)
  }
}
