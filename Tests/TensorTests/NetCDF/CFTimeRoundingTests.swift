import XCTest

@testable import Tensor

/// The fast time decoding (exact product in two doubles) gives what cftime's extended
/// precision gives, or defers to it.
final class CFTimeRoundingTests: XCTestCase {
  func testFastPathAgreesWithExtendedPrecision() {
    var state: UInt64 = 7
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53)
    }
    let factors: [Int64] = [1, 1000, 1_000_000, 60_000_000, 3_600_000_000, 86_400_000_000]
    var fast = 0
    for factor in factors {
      for _ in 0..<20000 {
        let value = (next() - 0.3) * 1e5 / Double(factor / 1000 + 1) * 1000
        let rounded = (value * 144).rounded() / 144  // ten-minute steps in days, like moorings
        for x in [value, rounded] {
          let slow = CFTimeUnits.extendedScaled(x, factor)
          if let quick = CFTimeUnits.fastScaled(x, factor) {
            fast += 1
            XCTAssertEqual(quick, slow, "\(x) × \(factor)")
          }
        }
      }
    }
    XCTAssertGreaterThan(fast, 200_000, "the fast path should take almost every value")
  }
}
