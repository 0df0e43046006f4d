import XCTest

@testable import Tensor

/// Which path matrix products take: the built-in kernels wherever there is an AVX2 or
/// AVX-512 one, a BLAS on baseline-only CPUs or when AWISH_BLAS asks for it.
final class GEMMPathTests: XCTestCase {
  func testBuiltInKernelsArePreferredOverBLAS() {
    XCTAssertFalse(GEMM.prefersLibrary([:], bestKernel: "avx512"))
    XCTAssertFalse(GEMM.prefersLibrary([:], bestKernel: "avx2"))
    XCTAssertTrue(GEMM.prefersLibrary([:], bestKernel: "baseline"))
    XCTAssertTrue(GEMM.prefersLibrary(["AWISH_BLAS": "1"], bestKernel: "avx512"))
    XCTAssertFalse(GEMM.prefersLibrary(["AWISH_BLAS": "0"], bestKernel: "avx512"))
    XCTAssertFalse(GEMM.prefersLibrary(["AWISH_GEMM_KERNEL": "baseline"], bestKernel: "baseline"))
  }

  func testDefaultProductIsTheBuiltInOneOnSIMDMachines() throws {
    guard Double.tileKernels[0].name != "baseline", !GEMM.prefersLibrary else {
      throw XCTSkip("this CPU has no AVX2/AVX-512 kernel, or AWISH_BLAS is set")
    }
    var random = SplitMix64(seed: 4)
    let (m, k, n) = (70, 130, 90)
    let a = (0..<m * k).map { _ in Double(random.next() % 1000) / 7 }
    let b = (0..<k * n).map { _ in Double(random.next() % 1000) / 11 }
    let product = GEMM.multiply(a, b, m: m, k: k, n: n)
    XCTAssertEqual(product, GEMM.multiply(a, b, m: m, k: k, n: n, useBLAS: false))
    XCTAssertTrue(GEMM.implementation.hasPrefix("built-in"))
  }
}
