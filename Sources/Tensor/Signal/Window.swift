import Foundation

/// Spectral windows as scipy.signal.get_window makes them: periodic ("DFT-even") by default,
/// i.e. the symmetric window of length M + 1 without its last sample. Cosine windows follow
/// scipy's recipe exactly (`Σ a_k cos(k·fac)` over `fac = linspace(−π, π, M')`), so values
/// match bit for bit.
public enum Window: Equatable, Sendable {
  case hann, hamming, blackman, boxcar
  case tukey(alpha: Double)
  case kaiser(beta: Double)

  /// The names `named(_:parameter:)` accepts.
  public static let names = ["hann", "hamming", "blackman", "boxcar", "tukey", "kaiser"]

  /// A window by its scipy name; `parameter` is Tukey's alpha (default 0.5) or Kaiser's beta
  /// (required by scipy; default 14 here is not offered — nil is an error).
  public static func named(_ name: String, parameter: Double?) -> Window? {
    switch name {
    case "hann", "hanning": return .hann
    case "hamming": return .hamming
    case "blackman": return .blackman
    case "boxcar", "rectangular", "ones": return .boxcar
    case "tukey": return .tukey(alpha: parameter ?? 0.5)
    case "kaiser": return parameter.map { .kaiser(beta: $0) }
    default: return nil
    }
  }

  /// `length` values, periodic unless `symmetric`.
  public func values(_ length: Int, symmetric: Bool = false) -> [Double] {
    guard length > 1 else { return [Double](repeating: 1, count: max(0, length)) }
    let extended = symmetric ? length : length + 1
    let full: [Double]
    switch self {
    case .hann: full = Window.cosine([0.5, 0.5], extended)
    case .hamming: full = Window.cosine([0.54, 0.46], extended)
    case .blackman: full = Window.cosine([0.42, 0.50, 0.08], extended)
    case .boxcar: full = [Double](repeating: 1, count: extended)
    case .tukey(let alpha):
      if alpha <= 0 { return [Double](repeating: 1, count: length) }
      if alpha >= 1 { return Window.hann.values(length, symmetric: symmetric) }
      full = Window.tukey(alpha, extended)
    case .kaiser(let beta): full = Window.kaiser(beta, extended)
    }
    return Array(full.prefix(length))
  }

  static func cosine(_ coefficients: [Double], _ count: Int) -> [Double] {
    let step = 2 * Double.pi / Double(count - 1)
    var fac = (0..<count).map { Double($0) * step + -Double.pi }
    fac[count - 1] = Double.pi
    var window = [Double](repeating: 0, count: count)
    for (k, a) in coefficients.enumerated() {
      for n in 0..<count { window[n] += a * cos(Double(k) * fac[n]) }
    }
    return window
  }

  static func tukey(_ alpha: Double, _ count: Int) -> [Double] {
    let m = Double(count - 1)
    let width = Int((alpha * m / 2).rounded(.down))
    return (0..<count).map { n -> Double in
      let x = Double(n)
      if n <= width { return 0.5 * (1 + cos(Double.pi * (-1 + 2.0 * x / alpha / m))) }
      if n >= count - width - 1 {
        return 0.5 * (1 + cos(Double.pi * (-2.0 / alpha + 1 + 2.0 * x / alpha / m)))
      }
      return 1
    }
  }

  static func kaiser(_ beta: Double, _ count: Int) -> [Double] {
    let alpha = Double(count - 1) / 2
    let denominator = besselI0(beta)
    return (0..<count).map { n in
      let r = (Double(n) - alpha) / alpha
      return besselI0(beta * (1 - r * r).squareRoot()) / denominator
    }
  }

  /// The modified Bessel function of the first kind, order 0, by its power series.
  static func besselI0(_ x: Double) -> Double {
    let quarter = x * x / 4
    var term = 1.0
    var sum = 1.0
    var k = 1.0
    while term > sum * 1e-17 {
      term *= quarter / (k * k)
      sum += term
      k += 1
    }
    return sum
  }
}
