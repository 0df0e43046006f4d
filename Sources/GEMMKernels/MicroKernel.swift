/// The register-blocked heart of the matrix product: a 6 × 2w tile of C (w the lanes of `V`)
/// held in twelve vector registers while `depth` rank-one updates stream through them.
///
/// `a` is a packed sliver of A, 6 values per step (A's six rows at that depth); `b` a packed
/// sliver of B, 2w values per step (B's 2w columns at that depth). Each C value sums its
/// `depth` products in depth order, so the result never depends on how C is cut into tiles or
/// spread over threads. The tile is written to `c` (row stride `ldc`), added to what is there
/// when `accumulate`. `fused` uses fused multiply-adds (one rounding per step): the callers
/// compiled for FMA hardware say so; elsewhere a fused add would be a library call per lane.
///
/// This is generic and inlinable so that each kernel module specialises it under its own
/// target CPU (GEMMKernelsAVX2, GEMMKernelsAVX512), where the vectors become ymm or zmm
/// registers. O(depth · 12) vector operations.
@inlinable @inline(__always)
public func multiplyTile<V: SIMD>(
  _ vector: V.Type, depth: Int, a: UnsafePointer<V.Scalar>, b: UnsafePointer<V.Scalar>,
  c: UnsafeMutablePointer<V.Scalar>, ldc: Int, accumulate: Bool, fused: Bool
) where V.Scalar: BinaryFloatingPoint {
  let w = V.scalarCount
  @inline(__always) func step(_ sum: V, _ x: V, _ y: V) -> V {
    fused ? sum.addingProduct(x, y) : sum + x * y
  }
  @inline(__always) func load(_ pointer: UnsafePointer<V.Scalar>) -> V {
    UnsafeRawPointer(pointer).loadUnaligned(as: V.self)
  }
  var (c00, c01, c10, c11, c20, c21) = (V(), V(), V(), V(), V(), V())
  var (c30, c31, c40, c41, c50, c51) = (V(), V(), V(), V(), V(), V())
  var (pa, pb) = (a, b)
  for _ in 0..<depth {
    let (b0, b1) = (load(pb), load(pb + w))
    var x = V(repeating: pa[0])
    (c00, c01) = (step(c00, x, b0), step(c01, x, b1))
    x = V(repeating: pa[1])
    (c10, c11) = (step(c10, x, b0), step(c11, x, b1))
    x = V(repeating: pa[2])
    (c20, c21) = (step(c20, x, b0), step(c21, x, b1))
    x = V(repeating: pa[3])
    (c30, c31) = (step(c30, x, b0), step(c31, x, b1))
    x = V(repeating: pa[4])
    (c40, c41) = (step(c40, x, b0), step(c41, x, b1))
    x = V(repeating: pa[5])
    (c50, c51) = (step(c50, x, b0), step(c51, x, b1))
    pa += 6
    pb += 2 * w
  }
  storeRow((c00, c01), to: c, accumulate: accumulate)
  storeRow((c10, c11), to: c + ldc, accumulate: accumulate)
  storeRow((c20, c21), to: c + 2 * ldc, accumulate: accumulate)
  storeRow((c30, c31), to: c + 3 * ldc, accumulate: accumulate)
  storeRow((c40, c41), to: c + 4 * ldc, accumulate: accumulate)
  storeRow((c50, c51), to: c + 5 * ldc, accumulate: accumulate)
}

/// `multiplyTile` with 12 rows: 24 accumulators, for CPUs with 32 vector registers
/// (AVX-512). Half the B loads per multiply-add, and twice the work per tile to hide the
/// latency of the fused multiply-adds. Same packing (12 values of A per step), same order of
/// every sum, so the same bits as two 6-row tiles. O(depth · 24) vector operations.
@inlinable @inline(__always)
public func multiplyTile12<V: SIMD>(
  _ vector: V.Type, depth: Int, a: UnsafePointer<V.Scalar>, b: UnsafePointer<V.Scalar>,
  c: UnsafeMutablePointer<V.Scalar>, ldc: Int, accumulate: Bool, fused: Bool
) where V.Scalar: BinaryFloatingPoint {
  let w = V.scalarCount
  @inline(__always) func step(_ sum: V, _ x: V, _ y: V) -> V {
    fused ? sum.addingProduct(x, y) : sum + x * y
  }
  @inline(__always) func load(_ pointer: UnsafePointer<V.Scalar>) -> V {
    UnsafeRawPointer(pointer).loadUnaligned(as: V.self)
  }
  var (c00, c01, c10, c11, c20, c21) = (V(), V(), V(), V(), V(), V())
  var (c30, c31, c40, c41, c50, c51) = (V(), V(), V(), V(), V(), V())
  var (c60, c61, c70, c71, c80, c81) = (V(), V(), V(), V(), V(), V())
  var (c90, c91, c100, c101, c110, c111) = (V(), V(), V(), V(), V(), V())
  var (pa, pb) = (a, b)
  for _ in 0..<depth {
    let (b0, b1) = (load(pb), load(pb + w))
    var x = V(repeating: pa[0])
    (c00, c01) = (step(c00, x, b0), step(c01, x, b1))
    x = V(repeating: pa[1])
    (c10, c11) = (step(c10, x, b0), step(c11, x, b1))
    x = V(repeating: pa[2])
    (c20, c21) = (step(c20, x, b0), step(c21, x, b1))
    x = V(repeating: pa[3])
    (c30, c31) = (step(c30, x, b0), step(c31, x, b1))
    x = V(repeating: pa[4])
    (c40, c41) = (step(c40, x, b0), step(c41, x, b1))
    x = V(repeating: pa[5])
    (c50, c51) = (step(c50, x, b0), step(c51, x, b1))
    x = V(repeating: pa[6])
    (c60, c61) = (step(c60, x, b0), step(c61, x, b1))
    x = V(repeating: pa[7])
    (c70, c71) = (step(c70, x, b0), step(c71, x, b1))
    x = V(repeating: pa[8])
    (c80, c81) = (step(c80, x, b0), step(c81, x, b1))
    x = V(repeating: pa[9])
    (c90, c91) = (step(c90, x, b0), step(c91, x, b1))
    x = V(repeating: pa[10])
    (c100, c101) = (step(c100, x, b0), step(c101, x, b1))
    x = V(repeating: pa[11])
    (c110, c111) = (step(c110, x, b0), step(c111, x, b1))
    pa += 12
    pb += 2 * w
  }
  storeRow((c00, c01), to: c, accumulate: accumulate)
  storeRow((c10, c11), to: c + ldc, accumulate: accumulate)
  storeRow((c20, c21), to: c + 2 * ldc, accumulate: accumulate)
  storeRow((c30, c31), to: c + 3 * ldc, accumulate: accumulate)
  storeRow((c40, c41), to: c + 4 * ldc, accumulate: accumulate)
  storeRow((c50, c51), to: c + 5 * ldc, accumulate: accumulate)
  storeRow((c60, c61), to: c + 6 * ldc, accumulate: accumulate)
  storeRow((c70, c71), to: c + 7 * ldc, accumulate: accumulate)
  storeRow((c80, c81), to: c + 8 * ldc, accumulate: accumulate)
  storeRow((c90, c91), to: c + 9 * ldc, accumulate: accumulate)
  storeRow((c100, c101), to: c + 10 * ldc, accumulate: accumulate)
  storeRow((c110, c111), to: c + 11 * ldc, accumulate: accumulate)
}

/// Writes two vectors to consecutive places at `target`, added to what is there when
/// `accumulate`.
@inlinable @inline(__always)
public func storeRow<V: SIMD>(
  _ row: (V, V), to target: UnsafeMutablePointer<V.Scalar>, accumulate: Bool
) where V.Scalar: FloatingPoint {
  let raw = UnsafeMutableRawPointer(target)
  let stride = MemoryLayout<V>.stride
  var (first, second) = row
  if accumulate {
    first += raw.loadUnaligned(as: V.self)
    second += raw.loadUnaligned(fromByteOffset: stride, as: V.self)
  }
  raw.storeBytes(of: first, as: V.self)
  raw.storeBytes(of: second, toByteOffset: stride, as: V.self)
}
