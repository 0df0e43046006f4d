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
    let result = GEMM.singleThreaded {
      solver.minimize([Double](repeating: 0, count: outputs * (d + 1))) { w in
        LogisticRegression.objective(w, x, y, outputs: outputs, penalty: penalty)
      }
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

  /// Σ ℓ_i and Σ ∂ℓ_i/∂w over `rows`: scores Z = X·Wᵀ + b and the gradient Rᵀ·X (R the
  /// residuals) as matrix products.
  static func partialLoss(
    _ w: [Double], _ x: Matrix, _ y: [Int], _ outputs: Int, _ rows: Range<Int>
  ) -> (Double, [Double]) {
    let d = x.columns
    let n = rows.count
    var gradient = [Double](repeating: 0, count: w.count)
    var scores = [Double](repeating: 0, count: n * outputs)
    var loss = 0.0
    x.values.withUnsafeBufferPointer { xs in
      w.withUnsafeBufferPointer { ws in
        scores.withUnsafeMutableBufferPointer { z in
          gradient.withUnsafeMutableBufferPointer { gs in
            guard let xBase = xs.baseAddress, let wBase = ws.baseAddress,
              let zBase = z.baseAddress, let gBase = gs.baseAddress
            else { return }
            let block = xBase + rows.lowerBound * d
            GEMM.multiply(block, wBase, into: zBase, m: n, k: d, n: outputs, transposeB: true)
            for i in 0..<n {
              let row = UnsafeMutableBufferPointer(start: zBase + i * outputs, count: outputs)
              for k in 0..<outputs { row[k] += ws[outputs * d + k] }
              loss += residuals(row, y[rows.lowerBound + i], outputs)
              for k in 0..<outputs { gs[outputs * d + k] += row[k] }
            }
            GEMM.multiply(
              zBase, block, into: gBase, m: outputs, k: n, n: d, transposeA: true,
              accumulate: true)
          }
        }
      }
    }
    return (loss, gradient)
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
    let outputs = coefficients.rows
    var z = [Double](repeating: 0, count: x.rows * outputs)
    x.values.withUnsafeBufferPointer { xs in
      coefficients.values.withUnsafeBufferPointer { ws in
        z.withUnsafeMutableBufferPointer { zs in
          guard let a = xs.baseAddress, let b = ws.baseAddress, let c = zs.baseAddress else {
            return
          }
          // One BLAS thread: with five outputs more threads only add start-up and spinning.
          GEMM.singleThreaded {
            GEMM.multiply(a, b, into: c, m: x.rows, k: x.columns, n: outputs, transposeB: true)
          }
        }
      }
    }
    var out = Matrix(rows: x.rows, columns: classCount)
    for row in 0..<x.rows {
      for c in 0..<outputs {
        let sum = z[row * outputs + c] + intercepts[c]
        if outputs == 1 {
          out[row, 0] = -sum / 2
          out[row, 1] = sum / 2
        } else {
          out[row, c] = sum
        }
      }
    }
    return out
  }
}
