import Foundation
import GEMMKernels

#if arch(x86_64)
  import GEMMKernelsAVX2
  import GEMMKernelsAVX512
#endif

/// One tile kernel of the built-in matrix product: it multiplies a packed sliver of A (`rows`
/// rows) by a packed sliver of B (`columns` columns) over a depth, into a tile of C (see
/// `multiplyTile`).
struct TileKernel<E>: Sendable {
  typealias Multiply =
    @Sendable (
      _ depth: Int, _ a: UnsafePointer<E>, _ b: UnsafePointer<E>, _ c: UnsafeMutablePointer<E>,
      _ ldc: Int, _ accumulate: Bool
    ) -> Void

  /// The instruction set it was compiled for: "avx512", "avx2" or "baseline".
  let name: String
  /// Rows of C per tile (6, or 12 where there are 32 vector registers).
  let rows: Int
  /// Columns of C per tile (two SIMD vectors).
  let columns: Int
  let multiply: Multiply
}

/// The element types the built-in matrix product handles, with their tile kernels.
protocol GEMMElement: TensorElement {
  /// The kernels this CPU can run, fastest first; the last is always "baseline".
  static var tileKernels: [TileKernel<Self>] { get }
  /// The kernel the product uses (`chosenKernel()`, read once).
  static var tileKernel: TileKernel<Self> { get }
}

extension GEMMElement {
  /// The kernel the product uses: the fastest this CPU runs, or the one that
  /// AWISH_GEMM_KERNEL names (avx512, avx2, baseline) when the CPU has it, to measure or test
  /// the others.
  static func chosenKernel(_ environment: [String: String] = ProcessInfo.processInfo.environment)
    -> TileKernel<Self>
  {
    let kernels = tileKernels
    if let wanted = environment["AWISH_GEMM_KERNEL"],
      let kernel = kernels.first(where: { $0.name == wanted })
    {
      return kernel
    }
    return kernels[0]
  }
}

extension Double: GEMMElement {
  static let tileKernel = chosenKernel()
  static let tileKernels: [TileKernel<Double>] = {
    var kernels: [TileKernel<Double>] = []
    #if arch(x86_64)
      if CPUFeatures.hasAVX512 {
        kernels.append(
          TileKernel(name: "avx512", rows: 12, columns: 16, multiply: AVX512Kernels.double))
      }
      if CPUFeatures.hasAVX2 {
        kernels.append(TileKernel(name: "avx2", rows: 6, columns: 8, multiply: AVX2Kernels.double))
      }
    #endif
    kernels.append(
      TileKernel(name: "baseline", rows: 6, columns: 4, multiply: BaselineKernels.double))
    return kernels
  }()
}

extension Float: GEMMElement {
  static let tileKernel = chosenKernel()
  static let tileKernels: [TileKernel<Float>] = {
    var kernels: [TileKernel<Float>] = []
    #if arch(x86_64)
      if CPUFeatures.hasAVX512 {
        kernels.append(
          TileKernel(name: "avx512", rows: 12, columns: 32, multiply: AVX512Kernels.float))
      }
      if CPUFeatures.hasAVX2 {
        kernels.append(TileKernel(name: "avx2", rows: 6, columns: 16, multiply: AVX2Kernels.float))
      }
    #endif
    kernels.append(
      TileKernel(name: "baseline", rows: 6, columns: 8, multiply: BaselineKernels.float))
    return kernels
  }()
}
