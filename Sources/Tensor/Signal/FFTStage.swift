import Foundation

/// One pass of a Stockham autosort FFT: `N / radix` butterflies of `radix` points each.
/// Butterfly j reads `x[j + r·N/radix]`, multiplies by the twiddle `e^{-2πi·k·r/(span·radix)}`
/// (k = j mod span) and writes its DFT to `y[(j/span)·span·radix + k + r·span]`. After the
/// passes with spans 1, r₀, r₀r₁, … the output is in natural order.
///
/// The tables are plain pointers (no reference counting on the hot path), allocated once;
/// the owning plan frees them with `deallocate()`.
struct FFTStage: @unchecked Sendable {
  let radix: Int
  let span: Int
  /// Twiddles `[(r − 1)·span + k]` for r = 1..<radix.
  let twiddleRe: UnsafeMutablePointer<Double>
  let twiddleIm: UnsafeMutablePointer<Double>
  /// `e^{-2πi·q/radix}` for the generic butterfly.
  let rootRe: UnsafeMutablePointer<Double>
  let rootIm: UnsafeMutablePointer<Double>

  init(radix: Int, span: Int, count: Int) {
    self.radix = radix
    self.span = span
    let size = (radix - 1) * span
    twiddleRe = .allocate(capacity: size)
    twiddleIm = .allocate(capacity: size)
    let full = span * radix
    for r in 1..<radix {
      for k in 0..<span {
        let (re, im) = FFTStage.root((k * r) % full, of: full)
        twiddleRe[(r - 1) * span + k] = re
        twiddleIm[(r - 1) * span + k] = im
      }
    }
    rootRe = .allocate(capacity: radix)
    rootIm = .allocate(capacity: radix)
    for q in 0..<radix { (rootRe[q], rootIm[q]) = FFTStage.root(q, of: radix) }
  }

  func deallocate() {
    for table in [twiddleRe, twiddleIm, rootRe, rootIm] { table.deallocate() }
  }

  /// `e^{-2πi·m/n}`, with the angle folded into the first octant for accuracy.
  static func root(_ m: Int, of n: Int) -> (Double, Double) {
    if m == 0 { return (1, 0) }
    if 8 * m == n { return (sqrt(0.5), -sqrt(0.5)) }
    if 4 * m == n { return (0, -1) }
    if 2 * m == n { return (-1, 0) }
    if 4 * m == 3 * n { return (0, 1) }
    if 2 * m > n {
      let (re, im) = root(n - m, of: n)
      return (re, -im)
    }
    if 4 * m > n {
      let (re, im) = root(n - 2 * m, of: 2 * n)  // e^{-iπ/2}·… via symmetry about π/2
      return (-re, im)
    }
    let angle = -2 * Double.pi * Double(m) / Double(n)
    return (cos(angle), sin(angle))
  }

  func run(
    _ xr: UnsafeMutablePointer<Double>, _ xi: UnsafeMutablePointer<Double>,
    _ yr: UnsafeMutablePointer<Double>, _ yi: UnsafeMutablePointer<Double>, _ count: Int
  ) {
    let (twr, twi) = (UnsafePointer(twiddleRe), UnsafePointer(twiddleIm))
    let buffers = StageBuffers(xr: xr, xi: xi, yr: yr, yi: yi, twr: twr, twi: twi, count: count)
    switch radix {
    case 4 where span == 1 && count % 16 == 0: radix4First(buffers)
    case 4 where span % 4 == 0: radix4(SIMD4<Double>.self, buffers)
    case 2 where span % 4 == 0: radix2(SIMD4<Double>.self, buffers)
    case 4: radix4(Double.self, buffers)
    case 2: radix2(Double.self, buffers)
    case 3: radix3(xr, xi, yr, yi, count, twr, twi)
    default: generic(xr, xi, yr, yi, count, twr, twi)
    }
  }

  @inline(__always)
  private func radix3(
    _ xr: UnsafeMutablePointer<Double>, _ xi: UnsafeMutablePointer<Double>,
    _ yr: UnsafeMutablePointer<Double>, _ yi: UnsafeMutablePointer<Double>, _ count: Int,
    _ twr: UnsafePointer<Double>, _ twi: UnsafePointer<Double>
  ) {
    let third = count / 3
    let blocks = third / span
    let s = sqrt(3.0) / 2
    for block in 0..<blocks {
      let input = block * span
      let output = block * span * 3
      for k in 0..<span {
        let j = input + k
        var a1r = xr[j + third]
        var a1i = xi[j + third]
        var a2r = xr[j + 2 * third]
        var a2i = xi[j + 2 * third]
        if span > 1 {
          (a1r, a1i) = (a1r * twr[k] - a1i * twi[k], a1r * twi[k] + a1i * twr[k])
          let k2 = span + k
          (a2r, a2i) = (a2r * twr[k2] - a2i * twi[k2], a2r * twi[k2] + a2i * twr[k2])
        }
        let tr = a1r + a2r
        let ti = a1i + a2i
        let dr = a1r - a2r
        let di = a1i - a2i
        let mr = xr[j] - 0.5 * tr
        let mi = xi[j] - 0.5 * ti
        let o = output + k
        yr[o] = xr[j] + tr
        yi[o] = xi[j] + ti
        yr[o + span] = mr + s * di
        yi[o + span] = mi - s * dr
        yr[o + 2 * span] = mr - s * di
        yi[o + 2 * span] = mi + s * dr
      }
    }
  }

  /// Any radix: an O(radix²) DFT per butterfly (radices here are at most 31).
  private func generic(
    _ xr: UnsafeMutablePointer<Double>, _ xi: UnsafeMutablePointer<Double>,
    _ yr: UnsafeMutablePointer<Double>, _ yi: UnsafeMutablePointer<Double>, _ count: Int,
    _ twr: UnsafePointer<Double>, _ twi: UnsafePointer<Double>
  ) {
    let stride = count / radix
    let blocks = stride / span
    var vr = [Double](repeating: 0, count: radix)
    var vi = vr
    for block in 0..<blocks {
      for k in 0..<span {
        let j = block * span + k
        vr[0] = xr[j]
        vi[0] = xi[j]
        for r in 1..<radix {
          let (ar, ai) = (xr[j + r * stride], xi[j + r * stride])
          let t = (r - 1) * span + k
          let (wr, wi) = span > 1 ? (twr[t], twi[t]) : (1, 0)
          vr[r] = ar * wr - ai * wi
          vi[r] = ar * wi + ai * wr
        }
        let o = block * span * radix + k
        for q in 0..<radix {
          var sr = 0.0
          var si = 0.0
          for r in 0..<radix {
            let m = (q * r) % radix
            sr += vr[r] * rootRe[m] - vi[r] * rootIm[m]
            si += vr[r] * rootIm[m] + vi[r] * rootRe[m]
          }
          yr[o + q * span] = sr
          yi[o + q * span] = si
        }
      }
    }
  }
}
