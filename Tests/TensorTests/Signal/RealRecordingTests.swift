import Foundation
import TestSupport
import XCTest

@testable import Tensor

/// Real recordings read in place from ../shared/fixtures/audio (PAMGuard's example sounds,
/// GPL-3.0); the expected numbers come from Python's struct module on the same bytes.
final class RealRecordingTests: XCTestCase {
  /// IEEE float 32-bit (format tag 3) with `fact` and `PEAK` chunks before `data`, which
  /// Python's wave module refuses.
  func testBlueWhaleFloat32WithExtraChunks() throws {
    let audio = try WAVReader.read(path: try SharedFixtures.path("audio/Blue_whale.wav"))
    XCTAssertEqual(audio.encoding, .float(bits: 32))
    XCTAssertEqual(audio.rate, 1000)
    XCTAssertEqual(audio.channels, 1)
    XCTAssertEqual(audio.frames, 11_168)
    XCTAssertEqual(
      Array(audio.samples.prefix(4)),
      [-0.0316162109375, -0.033203125, -0.034149169921875, -0.034698486328125])
    XCTAssertEqual(audio.samples.max(), -0.02093505859375)
    XCTAssertEqual(audio.samples.min(), -0.0732421875)
    // Every float32 sample is exact in a double, so the plain sum is exact too.
    XCTAssertEqual(audio.samples.reduce(0, +), -517.308349609375)
  }
}
