#if arch(x86_64)
  import GEMMKernels

  /// Tile kernels compiled for AVX2 with FMA (Haswell and later; Package.swift gives this
  /// module `-target-cpu haswell`): 6 × 8 doubles or 6 × 16 floats in twelve ymm registers.
  /// Only called after the CPU was seen to have AVX2 and FMA.
  public enum AVX2Kernels {
    /// A 6 × 8 float64 tile (see `multiplyTile`).
    public static func double(
      depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
      c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
    ) {
      multiplyTile(
        SIMD4<Double>.self, depth: depth, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate,
        fused: true)
    }

    /// A 6 × 16 float32 tile (see `multiplyTile`).
    public static func float(
      depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
      c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
    ) {
      multiplyTile(
        SIMD8<Float>.self, depth: depth, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate,
        fused: true)
    }
  }
#endif
