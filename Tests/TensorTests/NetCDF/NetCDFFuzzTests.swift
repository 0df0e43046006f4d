import Foundation
import Tensor
import TestSupport
import XCTest

/// Real files with bytes flipped, cut or repeated (deterministic; HDF5 files only cut): opening and reading every
/// variable must give values or a NetCDFError, never a crash or a hang.
final class NetCDFFuzzTests: XCTestCase {
  /// splitmix64: the same mutations on every run.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
  }

  private func mutate(_ bytes: [UInt8], _ random: inout Random, headerBytes: Int) -> [UInt8] {
    var bytes = bytes
    switch random.below(4) {
    case 0:
      for _ in 0..<(1 + random.below(8)) {
        bytes[random.below(min(headerBytes, bytes.count))] = UInt8(random.below(256))
      }
    case 1: bytes = Array(bytes.prefix(random.below(bytes.count)))
    case 2:
      // A count or size field set to a huge value.
      let at = 4 * random.below(min(headerBytes, bytes.count) / 4)
      for k in 0..<4 where at + k < bytes.count { bytes[at + k] = k == 0 ? 0x7F : 0xFF }
    default:
      let at = random.below(bytes.count)
      bytes.insert(contentsOf: bytes[at..<min(at + 64, bytes.count)], at: at)
    }
    return bytes
  }

  private func fuzz(
    _ name: String, seed: UInt64, count: Int, headerBytes: Int, onlyCuts: Bool = false
  ) throws {
    guard NetCDFFile.isAvailable else { throw XCTSkip("libnetcdf is not installed (libnetcdf19)") }
    let path = try SharedFixtures.path("netcdf/\(name)")
    let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var random = Random(state: seed)
    let target = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-fuzz-\(UUID().uuidString).nc").path
    defer { unlink(target) }
    var opened = 0
    for _ in 0..<count {
      let bytes =
        onlyCuts
        ? Array(original.prefix(random.below(original.count)))
        : mutate(original, &random, headerBytes: headerBytes)
      _ = FileManager.default.createFile(atPath: target, contents: Data(bytes))
      do {
        let file = try NetCDFFile(path: target)
        for variable in file.root.variables {
          let raw = try file.read(variable)
          _ = CFDecoder.decode(variable, raw, shape: variable.shape)
        }
        opened += 1
      } catch {
        XCTAssertFalse(error.message.isEmpty)
      }
    }
    XCTAssertLessThan(opened, count, "some mutations must be refused")
  }

  func testMutatedClassicFiles() throws {
    try fuzz("D1901119_001.nc", seed: 20, count: 150, headerBytes: 8000)
    try fuzz("ct108-300-13_prof.nc", seed: 21, count: 100, headerBytes: 6000)
  }

  /// HDF5 files are only cut here: flipped bytes inside HDF5's own structures can crash the
  /// HDF5 library itself (see docs/netcdf.md), which no caller can catch.
  func testCutHDF5Files() throws {
    try fuzz("ru29-20140101T0942.nc", seed: 22, count: 60, headerBytes: 0, onlyCuts: true)
  }
}
