import Foundation
import XCTest

@testable import Tensor

final class FFTTests: XCTestCase {
  /// The DFT by its definition, in long sums (the reference for every length).
  func naive(_ re: [Double], _ im: [Double]) -> ([Double], [Double]) {
    let n = re.count
    var outRe = [Double](repeating: 0, count: n)
    var outIm = outRe
    for k in 0..<n {
      for t in 0..<n {
        let angle = -2 * Double.pi * Double((k * t) % n) / Double(n)
        outRe[k] += re[t] * cos(angle) - im[t] * sin(angle)
        outIm[k] += re[t] * sin(angle) + im[t] * cos(angle)
      }
    }
    return (outRe, outIm)
  }

  func signal(_ n: Int, seed: UInt64) -> ([Double], [Double]) {
    var state = seed
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53) - 0.5
    }
    return ((0..<n).map { _ in next() }, (0..<n).map { _ in next() })
  }

  func testEveryKindOfLengthMatchesTheDefinition() {
    // powers of two and four, small mixed factors, primes (Bluestein), prime powers.
    for n in [1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 30, 37, 49, 64, 97, 100, 120, 210, 256, 343, 1000] {
      let (re, im) = signal(n, seed: UInt64(n))
      var outRe = re
      var outIm = im
      FFTPlan.plan(n).transform(re: &outRe, im: &outIm)
      let (expectRe, expectIm) = naive(re, im)
      let scale = Double(n).squareRoot()
      for k in 0..<n {
        XCTAssertEqual(outRe[k], expectRe[k], accuracy: 1e-12 * scale, "n=\(n) k=\(k)")
        XCTAssertEqual(outIm[k], expectIm[k], accuracy: 1e-12 * scale, "n=\(n) k=\(k)")
      }
    }
  }

  func testInverseUndoesForward() {
    for n in [8, 45, 101, 1024] {
      let (re, im) = signal(n, seed: 7)
      var a = re
      var b = im
      let plan = FFTPlan.plan(n)
      plan.transform(re: &a, im: &b)
      plan.transform(re: &a, im: &b, inverse: true)
      for k in 0..<n {
        XCTAssertEqual(a[k] / Double(n), re[k], accuracy: 1e-13)
        XCTAssertEqual(b[k] / Double(n), im[k], accuracy: 1e-13)
      }
    }
  }

  func testRealTransformMatchesComplexOneAndInverts() {
    for n in [1, 2, 6, 9, 16, 30, 31, 512, 1000] {
      let (x, _) = signal(n, seed: 3)
      let plan = RealFFT.plan(n)
      var re = [Double](repeating: 0, count: plan.bins)
      var im = re
      var work = [Double](repeating: 0, count: plan.workCount)
      var back = [Double](repeating: 0, count: n)
      x.withUnsafeBufferPointer { input in
        re.withUnsafeMutableBufferPointer { r in
          im.withUnsafeMutableBufferPointer { i in
            work.withUnsafeMutableBufferPointer { w in
              plan.forward(
                input.baseAddress!, re: r.baseAddress!, im: i.baseAddress!, work: w.baseAddress!)
            }
          }
        }
      }
      let (expectRe, expectIm) = naive(x, [Double](repeating: 0, count: n))
      for k in 0..<plan.bins {
        XCTAssertEqual(re[k], expectRe[k], accuracy: 1e-12, "n=\(n) k=\(k)")
        XCTAssertEqual(im[k], expectIm[k], accuracy: 1e-12, "n=\(n) k=\(k)")
      }
      re.withUnsafeBufferPointer { r in
        im.withUnsafeBufferPointer { i in
          back.withUnsafeMutableBufferPointer { b in
            plan.inverse(re: r.baseAddress!, im: i.baseAddress!, output: b.baseAddress!)
          }
        }
      }
      for t in 0..<n { XCTAssertEqual(back[t], x[t], accuracy: 1e-13) }
    }
  }

  func testPlansAreCachedPerLength() {
    XCTAssertTrue(FFTPlan.plan(360) === FFTPlan.plan(360))
    XCTAssertTrue(RealFFT.plan(360) === RealFFT.plan(360))
  }
}
