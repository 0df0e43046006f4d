import Foundation
import XCTest

@testable import Tensor

/// The built-in blocked product with every tile kernel this CPU runs (avx512, avx2,
/// baseline): against a plain triple loop on odd shapes (empty, 1×1, edges of every block),
/// with transposes and accumulation, float64 and float32; the same bits on 1, 2 and 3 threads.
final class GEMMKernelTests: XCTestCase {
  /// Shapes (m, k, n) that hit empty products, single tiles, partial tiles and the block
  /// edges (depth 256, rows 192, columns 3072).
  static let shapes = [
    (1, 1, 1), (7, 13, 5), (0, 3, 4), (3, 0, 4), (3, 4, 0), (6, 1, 16), (13, 300, 37),
    (25, 517, 19), (5, 3, 3100), (193, 40, 9),
  ]

  static func values<E: BinaryFloatingPoint>(_ count: Int, _ seed: Int) -> [E] {
    (0..<count).map { E(sin(Double($0 * 7 + seed)) + 0.25 * cos(Double($0 % 13))) }
  }

  /// op(A)·op(B) (+ C) summed in depth order in double precision.
  static func naive<E: BinaryFloatingPoint>(
    _ a: [E], _ b: [E], _ c: [E], m: Int, k: Int, n: Int, transposeA: Bool, transposeB: Bool,
    accumulate: Bool
  ) -> [Double] {
    let (a, b) = (a.map(Double.init), b.map(Double.init))
    var out = accumulate ? c.map(Double.init) : [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n {
        var sum = out[i * n + j]
        for p in 0..<k {
          sum +=
            (transposeA ? a[p * m + i] : a[i * k + p]) * (transposeB ? b[j * k + p] : b[p * n + j])
        }
        out[i * n + j] = sum
      }
    }
    return out
  }

  /// The blocked product of the same operands as `naive`, by `kernel` on `threads` threads.
  static func blocked<E: GEMMElement>(
    _ a: [E], _ b: [E], _ c: [E], m: Int, k: Int, n: Int, transposeA: Bool, transposeB: Bool,
    accumulate: Bool, kernel: TileKernel<E>, threads: Int
  ) -> [E] {
    var out = c
    a.withUnsafeBufferPointer { pa in
      b.withUnsafeBufferPointer { pb in
        out.withUnsafeMutableBufferPointer { pc in
          guard let pa = pa.baseAddress, let pb = pb.baseAddress, let pc = pc.baseAddress else {
            return
          }
          let aView = MatrixView(
            base: pa, rowStride: transposeA ? 1 : k, columnStride: transposeA ? m : 1)
          let bView = MatrixView(
            base: pb, rowStride: transposeB ? 1 : n, columnStride: transposeB ? k : 1)
          GEMM.blocked(
            aView, bView, into: pc, ldc: n, m: m, k: k, n: n, accumulate: accumulate,
            kernel: kernel, threads: threads)
        }
      }
    }
    return out
  }

  func checkAgainstNaive<E: GEMMElement>(_ type: E.Type, relativeTolerance: Double) {
    for kernel in E.tileKernels {
      for (m, k, n) in Self.shapes {
        for (transposeA, transposeB, accumulate) in [
          (false, false, false), (true, false, true), (false, true, false), (true, true, true),
        ] {
          let (a, b): ([E], [E]) = (Self.values(m * k, 1), Self.values(k * n, 2))
          let c: [E] = Self.values(m * n, 3)
          let got = Self.blocked(
            a, b, c, m: m, k: k, n: n, transposeA: transposeA, transposeB: transposeB,
            accumulate: accumulate, kernel: kernel, threads: 1)
          let want = Self.naive(
            a, b, c, m: m, k: k, n: n, transposeA: transposeA, transposeB: transposeB,
            accumulate: accumulate)
          XCTAssertEqual(got.count, want.count)
          let label = "\(kernel.name) \(m)×\(k)×\(n) \(transposeA) \(transposeB) \(accumulate)"
          // Every term is below 1.6 in magnitude: the error of a sum of k of them is below
          // k · 1.6² · the precision's epsilon, and well below with these values.
          let tolerance = relativeTolerance * Double(max(k, 1)) * 2.6
          for (x, y) in zip(got, want) where abs(Double(x) - y) > tolerance {
            XCTFail("\(label): \(x) vs \(y)")
            break
          }
        }
      }
    }
  }

  func testFloat64KernelsMatchTheDefinition() {
    checkAgainstNaive(Double.self, relativeTolerance: 1e-15)
  }

  func testFloat32KernelsMatchTheDefinition() {
    checkAgainstNaive(Float.self, relativeTolerance: 3e-7)
  }

  func checkThreadsGiveTheSameBits<E: GEMMElement>(_ type: E.Type) {
    // Many rows (threads take rows) and few rows (threads take columns).
    for (m, k, n) in [(200, 150, 140), (5, 300, 2800)] {
      let (a, b, c): ([E], [E], [E]) = (
        Self.values(m * k, 4), Self.values(k * n, 5), Self.values(m * n, 6)
      )
      XCTAssertGreaterThanOrEqual(m * k * n, GEMM.parallelWork)
      for kernel in E.tileKernels {
        let results = [1, 2, 3].map { threads in
          Self.blocked(
            a, b, c, m: m, k: k, n: n, transposeA: false, transposeB: false, accumulate: true,
            kernel: kernel, threads: threads)
        }
        XCTAssertEqual(results[0], results[1], "\(kernel.name) \(m)×\(k)×\(n), 1 vs 2 threads")
        XCTAssertEqual(results[0], results[2], "\(kernel.name) \(m)×\(k)×\(n), 1 vs 3 threads")
      }
    }
  }

  func testFloat64ThreadsGiveTheSameBits() {
    checkThreadsGiveTheSameBits(Double.self)
  }

  func testFloat32ThreadsGiveTheSameBits() {
    checkThreadsGiveTheSameBits(Float.self)
  }

  func testMatmulUsesTheChosenKernelOnBothCores() {
    // The array form (Tensor.matmul without a BLAS) against the one-thread blocked product.
    let (m, k, n) = (257, 301, 263)
    let (a, b): ([Double], [Double]) = (Self.values(m * k, 7), Self.values(k * n, 8))
    let product = GEMM.multiply(a, b, m: m, k: k, n: n, useBLAS: false)
    let single = Self.blocked(
      a, b, [Double](repeating: 0, count: m * n), m: m, k: k, n: n, transposeA: false,
      transposeB: false, accumulate: false, kernel: Double.tileKernel, threads: 1)
    XCTAssertEqual(product, single)
  }

  func testSplitCutsOnUnits() {
    XCTAssertEqual(GEMM.split(100, into: 2, unit: 6), [0..<48, 48..<100])
    XCTAssertEqual(GEMM.split(5, into: 2, unit: 6), [0..<5])
    XCTAssertEqual(GEMM.split(0, into: 2, unit: 6), [0..<0])
  }

  func testKernelChoiceFollowsTheCPUAndTheEnvironment() {
    XCTAssertEqual(Double.tileKernels.last?.name, "baseline")
    let names = Double.tileKernels.map(\.name)
    XCTAssertEqual(names.contains("avx512"), CPUFeatures.hasAVX512)
    XCTAssertEqual(names.contains("avx2"), CPUFeatures.hasAVX2)
    XCTAssertEqual(Double.chosenKernel(["AWISH_GEMM_KERNEL": "baseline"]).name, "baseline")
    XCTAssertEqual(Double.chosenKernel([:]).name, names[0])
    XCTAssertEqual(Float.chosenKernel(["AWISH_GEMM_KERNEL": "nonsense"]).name, names[0])
  }

  func testCPUInfoFlagsAreRead() {
    let text = "processor\t: 0\nflags\t\t: fpu avx2 fma avx512f\nbugs\t\t: spectre\n"
    XCTAssertEqual(CPUFeatures.flags(inCPUInfo: text), ["fpu", "avx2", "fma", "avx512f"])
    XCTAssertEqual(CPUFeatures.flags(inCPUInfo: "processor: 0\n"), [])
  }
}
