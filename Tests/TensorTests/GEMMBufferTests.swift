import XCTest

@testable import Tensor

/// The buffer form of GEMM.multiply (transposes, accumulation) against a plain triple loop.
final class GEMMBufferTests: XCTestCase {
  static func naive(
    _ a: [Double], _ b: [Double], m: Int, k: Int, n: Int, transposeA: Bool, transposeB: Bool
  ) -> [Double] {
    (0..<(m * n)).map { index in
      let (i, j) = (index / n, index % n)
      return (0..<k).reduce(0.0) { sum, p in
        sum + (transposeA ? a[p * m + i] : a[i * k + p])
          * (transposeB ? b[j * k + p] : b[p * n + j])
      }
    }
  }

  func testTransposesAndAccumulationMatchTheDefinition() {
    let (m, k, n) = (7, 5, 3)
    let a = (0..<(m * k)).map { sin(Double($0)) }
    let b = (0..<(k * n)).map { cos(Double($0)) }
    for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
      let expected = Self.naive(
        a, b, m: m, k: k, n: n, transposeA: transposeA, transposeB: transposeB)
      var c = [Double](repeating: 1, count: m * n)
      a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
          c.withUnsafeMutableBufferPointer { pc in
            GEMM.multiply(
              pa.baseAddress!, pb.baseAddress!, into: pc.baseAddress!, m: m, k: k, n: n,
              transposeA: transposeA, transposeB: transposeB, accumulate: true)
          }
        }
      }
      for (got, want) in zip(c, expected) { XCTAssertEqual(got, want + 1, accuracy: 1e-12) }
    }
  }
}
