import Foundation

/// Least squares with an optional ridge penalty, as sklearn's LinearRegression (alpha 0) and
/// Ridge: features and target are centred, so the intercept is not penalised; the centred
/// features are reduced by a Householder QR to a small triangle R, whose singular value
/// decomposition (one-sided Jacobi, accurate to the last digits) gives
/// w = V·diag(σ/(σ² + α))·Uᵀ·Qᵀy. With alpha 0, singular values below
/// max(rows, features)·ε·σ_max count as zero: collinear features get the minimum-norm
/// solution, as numpy's and scipy's lstsq.
public struct LinearRegression: Regressor {
  public struct Options: Sendable, Equatable {
    /// The ridge penalty on ‖w‖²; 0 for ordinary least squares.
    public var alpha: Double

    public init(alpha: Double = 0) {
      self.alpha = alpha
    }
  }

  public let coefficients: [Double]
  public let intercept: Double
  /// How many directions of the features carried information (the numerical rank).
  public let rank: Int

  public init(coefficients: [Double], intercept: Double, rank: Int) {
    self.coefficients = coefficients
    self.intercept = intercept
    self.rank = rank
  }

  init(_ x: Matrix, _ y: [Double], options: Options) {
    let (n, p) = (x.rows, x.columns)
    // Column-major copy, centred on each column's mean.
    var a = [Double](repeating: 0, count: n * p)
    var means = [Double](repeating: 0, count: p)
    x.values.withUnsafeBufferPointer { xs in
      a.withUnsafeMutableBufferPointer { a in
        for row in 0..<n {
          for j in 0..<p { a[j * n + row] = xs[row * p + j] }
        }
        for j in 0..<p {
          let column = UnsafeBufferPointer(rebasing: a[(j * n)..<((j + 1) * n)])
          means[j] = Reduce.pairwiseSum(column) / Double(max(n, 1))
          for i in 0..<n { a[j * n + i] -= means[j] }
        }
      }
    }
    let yMean = Reduce.sum(y) / Double(max(n, 1))
    var b = y.map { $0 - yMean }
    let m = min(n, p)
    Self.householder(&a, &b, rows: n, columns: p)
    // The upper trapezoid R (m × p), column-major, and the first m entries of Qᵀy.
    var r = [Double](repeating: 0, count: m * p)
    for j in 0..<p {
      for i in 0..<min(j + 1, m) { r[j * m + i] = a[j * n + i] }
    }
    let c = Array(b[0..<m])
    let (v, sigmas) = Self.jacobi(&r, rows: m, columns: p)
    let largest = sigmas.max() ?? 0
    let cutoff = options.alpha > 0 ? 0 : Double(max(n, p)) * Double.ulpOfOne * largest
    var w = [Double](repeating: 0, count: p)
    var rank = 0
    for k in 0..<p where sigmas[k] > cutoff && sigmas[k] > 0 {
      rank += 1
      // r's column k is σ_k·u_k: u_kᵀc / σ_k · σ_k / (σ_k² + α) = (column·c) / (σ_k² + α).
      var dot = 0.0
      for i in 0..<m { dot += r[k * m + i] * c[i] }
      let scale = dot / (sigmas[k] * sigmas[k] + options.alpha)
      for j in 0..<p { w[j] += v[k * p + j] * scale }
    }
    coefficients = w
    intercept = yMean - zip(w, means).reduce(0) { $0 + $1.0 * $1.1 }
    self.rank = rank
  }

  public func predictions(_ x: Matrix) -> [Double] {
    let p = min(x.columns, coefficients.count)
    return x.values.withUnsafeBufferPointer { xs in
      coefficients.withUnsafeBufferPointer { w in
        (0..<x.rows).map { row in
          var sum = intercept
          for j in 0..<p { sum += w[j] * xs[row * x.columns + j] }
          return sum
        }
      }
    }
  }

  /// Householder QR in place on the column-major `a` (rows × columns), applying each
  /// reflection to `b` too: afterwards a's upper triangle is R and b is Qᵀb.
  static func householder(_ a: inout [Double], _ b: inout [Double], rows n: Int, columns p: Int) {
    a.withUnsafeMutableBufferPointer { a in
      b.withUnsafeMutableBufferPointer { b in householder(a, b, rows: n, columns: p) }
    }
  }

  static func householder(
    _ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>,
    rows n: Int, columns p: Int
  ) {
    let v = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(n, 1))
    defer { v.deallocate() }
    v.initialize(repeating: 0)
    guard let vs = v.baseAddress, let base = a.baseAddress, let bs = b.baseAddress else { return }
    for k in 0..<min(n, p) {
      let norm = dot(base + k * n + k, base + k * n + k, n - k).squareRoot()
      guard norm > 0 else { continue }
      let x0 = a[k * n + k]
      let alpha = x0 >= 0 ? -norm : norm
      for i in k..<n { v[i] = a[k * n + i] }
      v[k] -= alpha
      let vv = 2 * norm * (norm + abs(x0))
      guard vv > 0 else { continue }
      for j in (k + 1)..<max(p, k + 1) {
        let s = dot(vs + k, base + j * n + k, n - k)
        let f = 2 * s / vv
        for i in k..<n { a[j * n + i] -= f * v[i] }
      }
      let s = dot(vs + k, bs + k, n - k)
      let f = 2 * s / vv
      for i in k..<n { b[i] -= f * v[i] }
      a[k * n + k] = alpha
      for i in (k + 1)..<max(n, k + 1) { a[k * n + i] = 0 }
    }
  }

  /// Σ x_i·y_i over `count` values, in four interleaved partial sums (so the products
  /// vectorise) added at the end.
  static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, _ count: Int)
    -> Double
  {
    typealias Lanes = SIMD4<Double>
    var sum = Lanes(repeating: 0)
    var i = 0
    let (xr, yr) = (UnsafeRawPointer(x), UnsafeRawPointer(y))
    while i + Lanes.scalarCount <= count {
      let offset = i * MemoryLayout<Double>.stride
      sum +=
        xr.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
        * yr.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
      i += Lanes.scalarCount
    }
    var total = sum.sum()
    while i < count {
      total += x[i] * y[i]
      i += 1
    }
    return total
  }

  /// One-sided Jacobi SVD of the column-major `r` (rows × columns), in place: afterwards
  /// column k of r is σ_k·u_k. Returns V (column k at k·columns) and the σ_k.
  static func jacobi(_ r: inout [Double], rows m: Int, columns p: Int) -> ([Double], [Double]) {
    var v = [Double](repeating: 0, count: p * p)
    for j in 0..<p { v[j * p + j] = 1 }
    for _ in 0..<80 {
      var rotated = false
      for i in 0..<p {
        for j in (i + 1)..<max(p, i + 1) {
          var (alpha, beta, gamma) = (0.0, 0.0, 0.0)
          for k in 0..<m {
            let (x, y) = (r[i * m + k], r[j * m + k])
            alpha += x * x
            beta += y * y
            gamma += x * y
          }
          guard gamma != 0, abs(gamma) > Double.ulpOfOne * (alpha * beta).squareRoot() else {
            continue
          }
          rotated = true
          let zeta = (beta - alpha) / (2 * gamma)
          let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
          let cs = 1 / (1 + t * t).squareRoot()
          let sn = cs * t
          for k in 0..<m {
            let (x, y) = (r[i * m + k], r[j * m + k])
            r[i * m + k] = cs * x - sn * y
            r[j * m + k] = sn * x + cs * y
          }
          for k in 0..<p {
            let (x, y) = (v[i * p + k], v[j * p + k])
            v[i * p + k] = cs * x - sn * y
            v[j * p + k] = sn * x + cs * y
          }
        }
      }
      if !rotated { break }
    }
    let sigmas = (0..<p).map { k in
      (0..<m).reduce(0.0) { $0 + r[k * m + $1] * r[k * m + $1] }.squareRoot()
    }
    return (v, sigmas)
  }
}
