import Foundation

/// L2-regularised logistic regression as sklearn's LogisticRegression(solver="lbfgs"):
/// multinomial (softmax) with three or more classes, one sigmoid unit with two. Minimises
/// `(1/n) Σ ℓ_i + ‖W‖² / (2·C·n)` (intercepts not penalised) by L-BFGS from zero.
public struct LogisticRegression: Classifier {
  public struct Options: Sendable {
    public var c: Double
    public var maxIterations: Int
    public var tolerance: Double

    public init(c: Double = 1, maxIterations: Int = 100, tolerance: Double = 1e-4) {
      self.c = c
      self.maxIterations = maxIterations
      self.tolerance = tolerance
    }
  }

  public let classCount: Int
  /// outputs × features (outputs = 1 for two classes).
  public let coefficients: Matrix
  public let intercepts: [Double]
  public let iterations: Int
  public let isConverged: Bool
  /// Rows per piece of the parallel loss sum (fixed, so sums do not depend on threads).
  static let piece = 2048

  init(_ x: Matrix, _ y: [Int], classCount: Int, options: Options) {
    self.classCount = classCount
    let outputs = classCount <= 2 ? 1 : classCount
    let d = x.columns
    var solver = LBFGS()
    solver.maxIterations = options.maxIterations
    solver.gradientTolerance = options.tolerance
    let penalty = 1 / (options.c * Double(x.rows))
    let result = solver.minimize([Double](repeating: 0, count: outputs * (d + 1))) { w in
      LogisticRegression.objective(w, x, y, outputs: outputs, penalty: penalty)
    }
    coefficients = Matrix(
      rows: outputs, columns: d, values: Array(result.x[0..<(outputs * d)]))
    intercepts = Array(result.x[(outputs * d)...])
    iterations = result.iterations
    isConverged = result.isConverged
  }

  /// The loss and its gradient at parameters `w` (coefficients row by row, then intercepts).
  static func objective(
    _ w: [Double], _ x: Matrix, _ y: [Int], outputs: Int, penalty: Double
  ) -> (Double, [Double]) {
    let pieces = (x.rows + piece - 1) / piece
    let parts = Parallel.map(Array(0..<pieces)) { p in
      partialLoss(w, x, y, outputs, (p * piece)..<min(x.rows, (p + 1) * piece))
    }
    let n = Double(x.rows)
    var loss = 0.0
    var gradient = [Double](repeating: 0, count: w.count)
    for (partLoss, partGradient) in parts {
      loss += partLoss
      for i in gradient.indices { gradient[i] += partGradient[i] }
    }
    loss /= n
    let weights = outputs * x.columns
    for i in gradient.indices { gradient[i] /= n }
    for i in 0..<weights {
      loss += 0.5 * penalty * w[i] * w[i]
      gradient[i] += penalty * w[i]
    }
    return (loss, gradient)
  }

  /// Σ ℓ_i and Σ ∂ℓ_i/∂w over `rows`.
  static func partialLoss(
    _ w: [Double], _ x: Matrix, _ y: [Int], _ outputs: Int, _ rows: Range<Int>
  ) -> (Double, [Double]) {
    let d = x.columns
    var gradient = [Double](repeating: 0, count: w.count)
    var loss = 0.0
    var scores = [Double](repeating: 0, count: outputs)
    x.values.withUnsafeBufferPointer { xs in
      w.withUnsafeBufferPointer { ws in
        gradient.withUnsafeMutableBufferPointer { gs in
          scores.withUnsafeMutableBufferPointer { z in
            for row in rows {
              let features = xs.baseAddress.map { $0 + row * d }
              guard let features else { continue }
              for k in 0..<outputs {
                z[k] = ws[outputs * d + k] + dot(ws.baseAddress.map { $0 + k * d }, features, d)
              }
              loss += residuals(z, y[row], outputs)
              for k in 0..<outputs {
                let r = z[k]
                for j in 0..<d { gs[k * d + j] += r * features[j] }
                gs[outputs * d + k] += r
              }
            }
          }
        }
      }
    }
    return (loss, gradient)
  }

  /// Σ a[j]·b[j] over j < count, with four running sums so the additions overlap.
  @inline(__always)
  static func dot(_ a: UnsafePointer<Double>?, _ b: UnsafePointer<Double>, _ count: Int) -> Double {
    guard let a else { return 0 }
    var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
    var j = 0
    while j + 4 <= count {
      s0 += a[j] * b[j]
      s1 += a[j + 1] * b[j + 1]
      s2 += a[j + 2] * b[j + 2]
      s3 += a[j + 3] * b[j + 3]
      j += 4
    }
    while j < count {
      s0 += a[j] * b[j]
      j += 1
    }
    return (s0 + s1) + (s2 + s3)
  }

  /// Turns scores `z` into ∂ℓ/∂z (probability − indicator) and returns ℓ for class `label`.
  @inline(__always)
  static func residuals(_ z: UnsafeMutableBufferPointer<Double>, _ label: Int, _ outputs: Int)
    -> Double
  {
    if outputs == 1 {
      let score = z[0]
      let sign = label == 1 ? 1.0 : -1.0
      // log(1 + exp(−s·z)), computed without overflow.
      let margin = sign * score
      let loss = margin > 0 ? log1p(exp(-margin)) : -margin + log1p(exp(margin))
      let p = 1 / (1 + exp(-score))
      z[0] = p - (label == 1 ? 1 : 0)
      return loss
    }
    var top = -Double.infinity
    for k in 0..<outputs { top = max(top, z[k]) }
    let loss = top - z[label]
    var sum = 0.0
    for k in 0..<outputs {
      z[k] = exp(z[k] - top)
      sum += z[k]
    }
    for k in 0..<outputs { z[k] = z[k] / sum - (k == label ? 1 : 0) }
    return loss + log(sum)
  }

  public func predict(_ x: Matrix) -> [Int] { scores(x).argmaxPerRow() }

  public func probabilities(_ x: Matrix) -> Matrix {
    var out = scores(x)
    Softmax.normalizeRows(&out)
    return out
  }

  /// Decision scores per class (binary: −z/2 and z/2, whose softmax is the sigmoid pair).
  func scores(_ x: Matrix) -> Matrix {
    let d = x.columns
    let outputs = coefficients.rows
    var out = Matrix(rows: x.rows, columns: classCount)
    let k = classCount
    x.values.withUnsafeBufferPointer { xs in
      coefficients.values.withUnsafeBufferPointer { ws in
        out.values.withUnsafeMutableBufferPointer { o in
          for row in 0..<x.rows {
            for c in 0..<outputs {
              guard let features = xs.baseAddress.map({ $0 + row * d }) else { continue }
              let sum = intercepts[c] + Self.dot(ws.baseAddress.map { $0 + c * d }, features, d)
              if outputs == 1 {
                o[row * k] = -sum / 2
                o[row * k + 1] = sum / 2
              } else {
                o[row * k + c] = sum
              }
            }
          }
        }
      }
    }
    return out
  }
}
