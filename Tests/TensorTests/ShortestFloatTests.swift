import Foundation
import XCTest

@testable import Tensor

/// The byte formatters of write_csv against the Strings they replace: Swift's shortest
/// round-trip `description` for floats, `String(Int)`, and `ISOTime.text`.
final class ShortestFloatTests: XCTestCase {
  func testFloatsMatchDescription() {
    var random = SplitMix64(seed: 16)
    var values: [Double] = [
      0, -0.0, 1, -1, 0.1, 0.2 + 0.1, 1.09, 12.0, 100, 0.001, 0.0009999, 0.00012, 1e-5,
      1e15, 999_999_999_999_999.9, 123_456_789_012_345.6, 9_007_199_254_740_992, 1e16, 5e-324,
      .greatestFiniteMagnitude, .infinity, -.infinity, .nan, 2.5e-3, 34.025, 329.82, -1.8,
    ]
    for _ in 0..<20_000 {
      // Decimals of 1 to 17 digits at scales 10^-6 … 10^16, and raw bit patterns.
      let digits = Double(random.next() % 100_000_000_000_000_000)
      let scale = pow(10.0, Double(Int(random.next() % 23) - 22))
      values.append(digits * scale * (random.next() % 2 == 0 ? 1 : -1))
      values.append(Double(random.next() % 1_000_000) / 1000)
      values.append(Double(bitPattern: random.next()))
    }
    for value in values {
      XCTAssertEqual(ShortestFloat.text(value), value.description, "\(value.bitPattern)")
    }
  }

  func testIntegersMatchString() {
    var random = SplitMix64(seed: 3)
    let values =
      [0, 1, -1, 9, 10, -10, Int.max, Int.min]
      + (0..<5000).map { _ in
        Int(bitPattern: UInt(random.next())) >> Int(random.next() % 64)
      }
    for value in values {
      var bytes: [UInt8] = []
      ShortestFloat.appendInteger(value, to: &bytes)
      XCTAssertEqual(String(decoding: bytes, as: UTF8.self), String(value))
    }
  }

  func testTimesMatchISOTime() {
    var random = SplitMix64(seed: 5)
    var cache = ISOTimeBytes.DayCache()
    let limit: UInt64 = 1 << 60
    var values: [Int64] = [
      0, -1, 1, 86_400_000_000, -62_167_219_200_000_000, 253_402_300_800_000_000,
    ]
    for _ in 0..<5000 {
      let wide = Int64(bitPattern: random.next() % limit) - Int64(limit / 2)
      values.append(wide)
      values.append(1_546_300_800_000_000 + Int64(random.next() % 100_000) * 1_000_000)
    }
    for value in values {
      var bytes: [UInt8] = []
      ISOTimeBytes.append(value, &cache, to: &bytes)
      XCTAssertEqual(String(decoding: bytes, as: UTF8.self), ISOTime.text(value), "\(value)")
    }
  }
}
