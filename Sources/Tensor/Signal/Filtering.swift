import Foundation

/// scipy.signal's `sosfilt`, `sosfilt_zi` and `sosfiltfilt` (padtype "odd", default padlen),
/// and `resample_poly` with its default Kaiser (β = 5) anti-aliasing filter.
public enum Filtering {
  /// Why a filter could not run.
  public enum Problem: Error, Equatable {
    /// The signal must be longer than the edge padding: (needed, got).
    case tooShort(Int, Int)
  }

  /// Zero-phase filtering: forward then backward through the sections, after extending both
  /// ends by `3·(2·sections + 1 − first-order sections)` samples with odd symmetry, starting
  /// each pass in the steady state for its first sample.
  public static func filtfilt(_ x: [Double], sections: [[Double]]) throws(Problem) -> [Double] {
    let firstOrder = min(
      sections.filter { $0[2] == 0 }.count, sections.filter { $0[5] == 0 }.count)
    let edge = 3 * (2 * sections.count + 1 - firstOrder)
    guard x.count > edge else { throw .tooShort(edge + 1, x.count) }
    var extended = [Double]()
    extended.reserveCapacity(x.count + 2 * edge)
    if let first = x.first, let last = x.last {
      for n in stride(from: edge, to: 0, by: -1) { extended.append(2 * first - x[n]) }
      extended += x
      for n in 0..<edge { extended.append(2 * last - x[x.count - 2 - n]) }
    }
    let zi = steadyState(sections)
    var y = filter(extended, sections, zi, start: extended.first ?? 0)
    y.reverse()
    y = filter(y, sections, zi, start: y.first ?? 0)
    y.reverse()
    return Array(y[edge..<(y.count - edge)])
  }

  /// `sosfilt_zi`: each section's state for a unit step at steady state, scaled by the DC
  /// gain of the sections before it.
  static func steadyState(_ sections: [[Double]]) -> [(Double, Double)] {
    var scale = 1.0
    return sections.map { s in
      let (b0, b1, b2, a1, a2) = (s[0], s[1], s[2], s[4], s[5])
      // (I − Aᵀ)·zi = b[1:] − a[1:]·b0 with I − Aᵀ = [[1 + a1, −1], [a2, 1]].
      let r0 = b1 - a1 * b0
      let r1 = b2 - a2 * b0
      let determinant = (1 + a1) + a2
      let z0 = (r0 + r1) / determinant
      let z1 = r1 - a2 * z0
      defer { scale *= (b0 + b1 + b2) / (s[3] + a1 + a2) }
      return (scale * z0, scale * z1)
    }
  }

  /// `sosfilt` (direct form II transposed per section) from the states `zi · start`.
  static func filter(
    _ x: [Double], _ sections: [[Double]], _ zi: [(Double, Double)], start: Double
  ) -> [Double] {
    var y = x
    for (section, state) in zip(sections, zi) {
      let (b0, b1, b2, a1, a2) = (section[0], section[1], section[2], section[4], section[5])
      var z0 = state.0 * start
      var z1 = state.1 * start
      for n in y.indices {
        let input = y[n]
        let output = b0 * input + z0
        z0 = b1 * input - a1 * output + z1
        z1 = b2 * input - a2 * output
        y[n] = output
      }
    }
    return y
  }

  /// `resample_poly(x, up, down)`: upsample by `up`, low-pass with a Kaiser-windowed sinc
  /// of `20·max(up, down) + 1` taps (cutoff 1/max(up, down) of Nyquist), downsample by `down`;
  /// `ceil(N·up/down)` samples, aligned as scipy aligns them.
  public static func resample(_ x: [Double], up: Int, down: Int) -> [Double] {
    let divisor = gcd(up, down)
    let up = up / divisor
    let down = down / divisor
    if up == 1, down == 1 { return x }
    let outputCount = (x.count * up) / down + ((x.count * up) % down == 0 ? 0 : 1)
    let rate = max(up, down)
    let halfLength = 10 * rate
    var taps = lowpassTaps(2 * halfLength + 1, cutoff: 1 / Double(rate)).map { $0 * Double(up) }
    let prePad = down - halfLength % down
    var postPad = 0
    let preRemove = (halfLength + prePad) / down
    func length(_ taps: Int) -> Int { ((x.count - 1) * up + taps - 1) / down + 1 }
    while length(taps.count + prePad + postPad) < outputCount + preRemove { postPad += 1 }
    taps = [Double](repeating: 0, count: prePad) + taps + [Double](repeating: 0, count: postPad)
    return (preRemove..<(preRemove + outputCount)).map { n in
      upfirdnSample(taps, x, up: up, at: n * down)
    }
  }

  /// Output sample `t` of convolving the `up`-fold zero-stuffed signal with `taps`.
  static func upfirdnSample(_ taps: [Double], _ x: [Double], up: Int, at t: Int) -> Double {
    var sum = 0.0
    var k = t % up
    while k < taps.count {
      let index = (t - k) / up
      if index < 0 { break }
      if index < x.count { sum += taps[k] * x[index] }
      k += up
    }
    return sum
  }

  /// `firwin(count, cutoff, window=("kaiser", 5.0))`: a windowed sinc scaled to unit DC gain.
  static func lowpassTaps(_ count: Int, cutoff: Double) -> [Double] {
    let alpha = 0.5 * Double(count - 1)
    let window = Window.kaiser(beta: 5).values(count, symmetric: true)
    var taps = (0..<count).map { n -> Double in
      let m = Double(n) - alpha
      let x = cutoff * m
      let sinc = x == 0 ? 1 : sin(Double.pi * x) / (Double.pi * x)
      return cutoff * sinc * window[n]
    }
    let sum = taps.reduce(0, +)
    for n in taps.indices { taps[n] /= sum }
    return taps
  }

  static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
