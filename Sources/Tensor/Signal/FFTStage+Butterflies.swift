/// Values a butterfly works on: one Double, or four in a vector register (SIMD4) when the
/// span is a multiple of 4. The butterflies are written once over either; each value goes
/// through the same operations in both.
protocol FFTLanes {
  static var width: Int { get }
  static func + (a: Self, b: Self) -> Self
  static func - (a: Self, b: Self) -> Self
  static func * (a: Self, b: Self) -> Self
  static func load(_ pointer: UnsafePointer<Double>) -> Self
  func store(_ pointer: UnsafeMutablePointer<Double>)
}

extension Double: FFTLanes {
  static var width: Int { 1 }
  @inline(__always) static func load(_ pointer: UnsafePointer<Double>) -> Double { pointer.pointee }
  @inline(__always) func store(_ pointer: UnsafeMutablePointer<Double>) { pointer.pointee = self }
}

extension SIMD4: FFTLanes where Scalar == Double {
  static var width: Int { 4 }
  @inline(__always) static func load(_ pointer: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Double>.self)
  }
  @inline(__always) func store(_ pointer: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: self, as: SIMD4<Double>.self)
  }
}

/// The pointers of one pass: input x, output y, twiddles tw (`[(r − 1)·span + k]`).
struct StageBuffers {
  let xr: UnsafeMutablePointer<Double>
  let xi: UnsafeMutablePointer<Double>
  let yr: UnsafeMutablePointer<Double>
  let yi: UnsafeMutablePointer<Double>
  let twr: UnsafePointer<Double>
  let twi: UnsafePointer<Double>
  let count: Int

  /// Input `j` times twiddle `t`: `(a + ib)·(c + id)`. Span 1 has twiddles (1, 0), which
  /// change nothing.
  @inline(__always)
  func rotated<V: FFTLanes>(_: V.Type, _ j: Int, _ t: Int) -> (V, V) {
    let (a, b) = (V.load(xr + j), V.load(xi + j))
    let (c, d) = (V.load(twr + t), V.load(twi + t))
    return (a * c - b * d, a * d + b * c)
  }

  @inline(__always)
  func put<V: FFTLanes>(_ re: V, _ im: V, at index: Int) {
    re.store(yr + index)
    im.store(yi + index)
  }
}

extension FFTStage {
  @inline(__always)
  func radix4<V: FFTLanes>(_ lanes: V.Type, _ b: StageBuffers) {
    let quarter = b.count / 4
    for block in 0..<(quarter / span) {
      var k = 0
      while k < span {
        let j = block * span + k
        let (a0r, a0i) = (V.load(b.xr + j), V.load(b.xi + j))
        let (a1r, a1i): (V, V) = b.rotated(V.self, j + quarter, k)
        let (a2r, a2i): (V, V) = b.rotated(V.self, j + 2 * quarter, span + k)
        let (a3r, a3i): (V, V) = b.rotated(V.self, j + 3 * quarter, 2 * span + k)
        let (t0r, t0i, t1r, t1i) = (a0r + a2r, a0i + a2i, a0r - a2r, a0i - a2i)
        let (t2r, t2i, t3r, t3i) = (a1r + a3r, a1i + a3i, a1r - a3r, a1i - a3i)
        let o = block * span * 4 + k
        b.put(t0r + t2r, t0i + t2i, at: o)
        b.put(t1r + t3i, t1i - t3r, at: o + span)
        b.put(t0r - t2r, t0i - t2i, at: o + 2 * span)
        b.put(t1r - t3i, t1i + t3r, at: o + 3 * span)
        k += V.width
      }
    }
  }

  @inline(__always)
  func radix2<V: FFTLanes>(_ lanes: V.Type, _ b: StageBuffers) {
    let half = b.count / 2
    for block in 0..<(half / span) {
      var k = 0
      while k < span {
        let j = block * span + k
        let (ar, ai) = (V.load(b.xr + j), V.load(b.xi + j))
        let (br, bi): (V, V) = b.rotated(V.self, j + half, k)
        let o = block * span * 2 + k
        b.put(ar + br, ai + bi, at: o)
        b.put(ar - br, ai - bi, at: o + span)
        k += V.width
      }
    }
  }
}

extension FFTStage {
  /// The first radix-4 pass (span 1, no twiddles) four butterflies at a time across blocks:
  /// butterfly j writes `y[4j ..< 4j + 4]`, so four of them fill 16 consecutive values after
  /// a 4 × 4 transpose. Needs `count` to be a multiple of 16.
  func radix4First(_ b: StageBuffers) {
    let quarter = b.count / 4
    var j = 0
    while j < quarter {
      let (a0r, a0i) = (SIMD4<Double>.load(b.xr + j), SIMD4<Double>.load(b.xi + j))
      let (a1r, a1i) = (
        SIMD4<Double>.load(b.xr + j + quarter), SIMD4<Double>.load(b.xi + j + quarter)
      )
      let (a2r, a2i) = (
        SIMD4<Double>.load(b.xr + j + 2 * quarter), SIMD4<Double>.load(b.xi + j + 2 * quarter)
      )
      let (a3r, a3i) = (
        SIMD4<Double>.load(b.xr + j + 3 * quarter), SIMD4<Double>.load(b.xi + j + 3 * quarter)
      )
      let (t0r, t0i, t1r, t1i) = (a0r + a2r, a0i + a2i, a0r - a2r, a0i - a2i)
      let (t2r, t2i, t3r, t3i) = (a1r + a3r, a1i + a3i, a1r - a3r, a1i - a3i)
      FFTStage.storeTransposed(t0r + t2r, t1r + t3i, t0r - t2r, t1r - t3i, b.yr + 4 * j)
      FFTStage.storeTransposed(t0i + t2i, t1i - t3r, t0i - t2i, t1i + t3r, b.yi + 4 * j)
      j += 4
    }
  }

  /// Rows a, b, c, d (lane l = butterfly j + l) stored as `[a0, b0, c0, d0, a1, b1, …]`.
  @inline(__always)
  static func storeTransposed(
    _ a: SIMD4<Double>, _ b: SIMD4<Double>, _ c: SIMD4<Double>, _ d: SIMD4<Double>,
    _ target: UnsafeMutablePointer<Double>
  ) {
    let ab01 = SIMD4(lowHalf: a.lowHalf, highHalf: b.lowHalf)
    let cd01 = SIMD4(lowHalf: c.lowHalf, highHalf: d.lowHalf)
    let ab23 = SIMD4(lowHalf: a.highHalf, highHalf: b.highHalf)
    let cd23 = SIMD4(lowHalf: c.highHalf, highHalf: d.highHalf)
    SIMD4(lowHalf: ab01.evenHalf, highHalf: cd01.evenHalf).store(target)
    SIMD4(lowHalf: ab01.oddHalf, highHalf: cd01.oddHalf).store(target + 4)
    SIMD4(lowHalf: ab23.evenHalf, highHalf: cd23.evenHalf).store(target + 8)
    SIMD4(lowHalf: ab23.oddHalf, highHalf: cd23.oddHalf).store(target + 12)
  }
}
