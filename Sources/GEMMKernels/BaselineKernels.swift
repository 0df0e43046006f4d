/// Tile kernels for any CPU the toolchain targets by default (SSE2 on x86-64, NEON on arm64):
/// 6 × 4 doubles or 6 × 8 floats per tile. Multiply-adds are fused where the baseline has
/// them (arm64) and separate on x86-64, whose baseline has no FMA.
public enum BaselineKernels {
  #if arch(arm64)
    static let fused = true
  #else
    static let fused = false
  #endif

  /// A 6 × 4 float64 tile (see `multiplyTile`).
  public static func double(
    depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
    c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
  ) {
    multiplyTile(
      SIMD2<Double>.self, depth: depth, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate,
      fused: fused)
  }

  /// A 6 × 8 float32 tile (see `multiplyTile`).
  public static func float(
    depth: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
    c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool
  ) {
    multiplyTile(
      SIMD4<Float>.self, depth: depth, a: a, b: b, c: c, ldc: ldc, accumulate: accumulate,
      fused: fused)
  }
}
