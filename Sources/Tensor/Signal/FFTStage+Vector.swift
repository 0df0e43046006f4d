/// Radix-4 and radix-2 passes four butterflies at a time (SIMD4), for spans that are a
/// multiple of 4: the same operations per value as the scalar passes, in vector registers.
extension FFTStage {
  @inline(__always)
  static func load(_ pointer: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Double>.self)
  }

  @inline(__always)
  static func store(_ value: SIMD4<Double>, _ pointer: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD4<Double>.self)
  }

  /// `(ar + i·ai)·(tr + i·ti)` four at a time.
  @inline(__always)
  static func rotate(
    _ ar: SIMD4<Double>, _ ai: SIMD4<Double>, _ tr: SIMD4<Double>, _ ti: SIMD4<Double>
  ) -> (SIMD4<Double>, SIMD4<Double>) {
    (ar * tr - ai * ti, ar * ti + ai * tr)
  }

  func radix4Vector(
    _ xr: UnsafeMutablePointer<Double>, _ xi: UnsafeMutablePointer<Double>,
    _ yr: UnsafeMutablePointer<Double>, _ yi: UnsafeMutablePointer<Double>, _ count: Int,
    _ twr: UnsafePointer<Double>, _ twi: UnsafePointer<Double>
  ) {
    let quarter = count / 4
    let blocks = quarter / span
    for block in 0..<blocks {
      let input = block * span
      let output = block * span * 4
      var k = 0
      while k < span {
        let j = input + k
        let a0r = Self.load(xr + j)
        let a0i = Self.load(xi + j)
        let (a1r, a1i) = Self.rotate(
          Self.load(xr + j + quarter), Self.load(xi + j + quarter), Self.load(twr + k),
          Self.load(twi + k))
        let (a2r, a2i) = Self.rotate(
          Self.load(xr + j + 2 * quarter), Self.load(xi + j + 2 * quarter),
          Self.load(twr + span + k), Self.load(twi + span + k))
        let (a3r, a3i) = Self.rotate(
          Self.load(xr + j + 3 * quarter), Self.load(xi + j + 3 * quarter),
          Self.load(twr + 2 * span + k), Self.load(twi + 2 * span + k))
        let t0r = a0r + a2r
        let t0i = a0i + a2i
        let t1r = a0r - a2r
        let t1i = a0i - a2i
        let t2r = a1r + a3r
        let t2i = a1i + a3i
        let t3r = a1r - a3r
        let t3i = a1i - a3i
        let o = output + k
        Self.store(t0r + t2r, yr + o)
        Self.store(t0i + t2i, yi + o)
        Self.store(t1r + t3i, yr + o + span)
        Self.store(t1i - t3r, yi + o + span)
        Self.store(t0r - t2r, yr + o + 2 * span)
        Self.store(t0i - t2i, yi + o + 2 * span)
        Self.store(t1r - t3i, yr + o + 3 * span)
        Self.store(t1i + t3r, yi + o + 3 * span)
        k += 4
      }
    }
  }

  func radix2Vector(
    _ xr: UnsafeMutablePointer<Double>, _ xi: UnsafeMutablePointer<Double>,
    _ yr: UnsafeMutablePointer<Double>, _ yi: UnsafeMutablePointer<Double>, _ count: Int,
    _ twr: UnsafePointer<Double>, _ twi: UnsafePointer<Double>
  ) {
    let half = count / 2
    let blocks = half / span
    for block in 0..<blocks {
      let input = block * span
      let output = block * span * 2
      var k = 0
      while k < span {
        let j = input + k
        let (br, bi) = Self.rotate(
          Self.load(xr + j + half), Self.load(xi + j + half), Self.load(twr + k),
          Self.load(twi + k))
        let ar = Self.load(xr + j)
        let ai = Self.load(xi + j)
        let o = output + k
        Self.store(ar + br, yr + o)
        Self.store(ai + bi, yi + o)
        Self.store(ar - br, yr + o + span)
        Self.store(ai - bi, yi + o + span)
        k += 4
      }
    }
  }
}
