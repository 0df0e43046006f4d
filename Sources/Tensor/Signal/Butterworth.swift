import Foundation

/// A complex number, for filter design only.
struct Complex {
  var re: Double
  var im: Double

  static func + (a: Complex, b: Complex) -> Complex { Complex(re: a.re + b.re, im: a.im + b.im) }
  static func - (a: Complex, b: Complex) -> Complex { Complex(re: a.re - b.re, im: a.im - b.im) }
  static func * (a: Complex, b: Complex) -> Complex {
    Complex(re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re)
  }
  static func / (a: Complex, b: Complex) -> Complex {
    let d = b.re * b.re + b.im * b.im
    return Complex(re: (a.re * b.re + a.im * b.im) / d, im: (a.im * b.re - a.re * b.im) / d)
  }
  static func real(_ x: Double) -> Complex { Complex(re: x, im: 0) }

  /// The principal square root.
  var squareRoot: Complex {
    let r = hypot(re, im)
    let a = ((r + re) / 2).squareRoot()
    let b = ((r - re) / 2).squareRoot()
    return Complex(re: a, im: im < 0 ? -b : b)
  }
}

/// Butterworth IIR filters as scipy.signal.butter(N, Wn, btype, output="sos") designs them:
/// the analog prototype's poles on the unit circle, moved to the cutoff (lowpass, highpass)
/// or band (bandpass), pre-warped and mapped by the bilinear transform, then grouped in
/// second-order sections (conjugate poles together; the odd real pole, if any, alone).
public enum Butterworth {
  public enum Kind: String, Sendable, CaseIterable {
    case lowpass, highpass, bandpass
  }

  /// Second-order sections `[b0, b1, b2, a0, a1, a2]` (a0 = 1). `cutoffs` are fractions of
  /// the Nyquist frequency in (0, 1): one, or two (low < high) for bandpass.
  public static func sections(order: Int, cutoffs: [Double], kind: Kind) -> [[Double]] {
    let count = order
    let prototype = (0..<count).map { index -> Complex in
      let m = Double(-count + 1 + 2 * index)
      let angle = Double.pi * m / Double(2 * count)
      return Complex(re: -cos(angle), im: -sin(angle))
    }
    let warped = cutoffs.map { 4 * tan(Double.pi * $0 / 2) }
    var poles: [Complex]
    var zeros: [Complex] = []
    var gain = 1.0
    switch kind {
    case .lowpass:
      poles = prototype.map { $0 * .real(warped[0]) }
      gain = pow(warped[0], Double(count))
    case .highpass:
      poles = prototype.map { Complex.real(warped[0]) / $0 }
      zeros = [Complex](repeating: .real(0), count: count)
      let product = prototype.reduce(Complex.real(1)) { $0 * (Complex.real(0) - $1) }
      gain = (Complex.real(1) / product).re
    case .bandpass:
      let centre = (warped[0] * warped[1]).squareRoot()
      let width = warped[1] - warped[0]
      let scaled = prototype.map { $0 * .real(width / 2) }
      let shifts = scaled.map { ($0 * $0 - .real(centre * centre)).squareRoot }
      poles = zip(scaled, shifts).map { $0 + $1 } + zip(scaled, shifts).map { $0 - $1 }
      zeros = [Complex](repeating: .real(0), count: count)
      gain = pow(width, Double(count))
    }
    return bilinear(zeros: zeros, poles: poles, gain: gain)
  }

  /// The bilinear transform (fs = 2, as scipy designs normalised filters) and the grouping
  /// into sections; zeros at infinity go to z = −1.
  static func bilinear(zeros: [Complex], poles: [Complex], gain: Double) -> [[Double]] {
    let four = Complex.real(4)
    let numerator = zeros.reduce(Complex.real(1)) { $0 * (four - $1) }
    let denominator = poles.reduce(Complex.real(1)) { $0 * (four - $1) }
    let digitalGain = gain * (numerator / denominator).re
    let digitalZeros =
      zeros.map { (four + $0) / (four - $0) }
      + [Complex](repeating: .real(-1), count: poles.count - zeros.count)
    let digitalPoles = poles.map { (four + $0) / (four - $0) }
    return group(zeros: digitalZeros.map(\.re), poles: digitalPoles, gain: digitalGain)
  }

  /// Conjugate pole pairs (upper half-plane member kept) with two real zeros each, the
  /// sections ordered by pole radius so the sharpest resonance is filtered last; the gain
  /// goes into the first section.
  static func group(zeros: [Double], poles: [Complex], gain: Double) -> [[Double]] {
    let complexPoles = poles.filter { $0.im > 1e-14 }
      .sorted { hypot($0.re, $0.im) < hypot($1.re, $1.im) }
    var realPoles = poles.filter { abs($0.im) <= 1e-14 }.map(\.re).sorted { abs($0) < abs($1) }
    var remainingZeros = zeros.sorted()
    var sections: [[Double]] = []
    if realPoles.count % 2 == 1 {
      // An odd order's lone real pole: a first-order section.
      let zero = remainingZeros.removeLast()
      sections.append([1, -zero, 0, 1, -realPoles.removeFirst(), 0])
    }
    func zeroPair() -> (Double, Double) {
      (remainingZeros.removeFirst(), remainingZeros.removeLast())
    }
    while realPoles.count >= 2 {
      let (r1, r2) = (realPoles.removeFirst(), realPoles.removeFirst())
      let (z1, z2) = zeroPair()
      sections.append([1, -(z1 + z2), z1 * z2, 1, -(r1 + r2), r1 * r2])
    }
    for pole in complexPoles {
      let (z1, z2) = zeroPair()
      sections.append([
        1, -(z1 + z2), z1 * z2, 1, -2 * pole.re, pole.re * pole.re + pole.im * pole.im,
      ])
    }
    if !sections.isEmpty {
      for index in 0..<3 { sections[0][index] *= gain }
    }
    return sections
  }
}
