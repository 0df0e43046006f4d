#if arch(x86_64)
  import GEMMKernels

  /// Tile kernels compiled for AVX-512 with F, CD, BW, DQ and VL (Skylake-SP and later; Package.swift gives
  /// this module `-target-cpu skylake-avx512`): 12 × 16 doubles or 12 × 32 floats in 24 zmm
  /// registers. Only called after the CPU was seen to have all five.
  public enum AVX512Kernels {
    /// A 12 × 16 float64 tile (see `multiplyTile12`).
    public static func double(
      depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
      c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
    ) {
      multiplyTile12(
        SIMD8<Double>.self, depth: depth, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate,
        fused: true)
    }

    /// A 12 × 32 float32 tile (see `multiplyTile12`).
    public static func float(
      depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
      c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
      multiplyTile12(
        SIMD16<Float>.self, depth: depth, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate,
        fused: true)
    }
  }
#endif
