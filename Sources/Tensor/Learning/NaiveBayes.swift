import Foundation

/// Gaussian naive Bayes as sklearn's GaussianNB: per-class means and population variances,
/// every variance widened by `varSmoothing` × the largest feature variance.
public struct NaiveBayes: Classifier {
  public let classCount: Int
  /// classCount × features.
  let means: Matrix
  let variances: Matrix
  let logPriors: [Double]

  init(_ x: Matrix, _ y: [Int], classCount: Int, varSmoothing: Double) {
    self.classCount = classCount
    let d = x.columns
    var means = Matrix(rows: classCount, columns: d)
    var variances = Matrix(rows: classCount, columns: d)
    var counts = [Double](repeating: 0, count: classCount)
    for (row, c) in y.enumerated() {
      counts[c] += 1
      for j in 0..<d { means[c, j] += x[row, j] }
    }
    for c in 0..<classCount where counts[c] > 0 {
      for j in 0..<d { means[c, j] /= counts[c] }
    }
    for (row, c) in y.enumerated() {
      for j in 0..<d {
        let deviation = x[row, j] - means[c, j]
        variances[c, j] += deviation * deviation
      }
    }
    let overall = NaiveBayes.largestVariance(x)
    for c in 0..<classCount {
      for j in 0..<d {
        variances[c, j] = variances[c, j] / max(counts[c], 1) + varSmoothing * overall
      }
    }
    self.means = means
    self.variances = variances
    let n = Double(y.count)
    logPriors = counts.map { log($0 / n) }
  }

  /// The largest population variance of any feature over all rows.
  static func largestVariance(_ x: Matrix) -> Double {
    var largest = 0.0
    for j in 0..<x.columns {
      var sum = 0.0
      for row in 0..<x.rows { sum += x[row, j] }
      let mean = sum / Double(max(x.rows, 1))
      var squares = 0.0
      for row in 0..<x.rows { squares += (x[row, j] - mean) * (x[row, j] - mean) }
      largest = max(largest, squares / Double(max(x.rows, 1)))
    }
    return largest
  }

  public func probabilities(_ x: Matrix) -> Matrix {
    var out = logLikelihoods(x)
    Softmax.normalizeRows(&out)
    return out
  }

  /// The argmax of the joint log likelihoods (not of the rounded probabilities).
  public func predict(_ x: Matrix) -> [Int] { logLikelihoods(x).argmaxPerRow() }

  /// Joint log likelihood of each row and class, in sklearn's order of operations.
  func logLikelihoods(_ x: Matrix) -> Matrix {
    let d = x.columns
    let k = classCount
    let logNorms = (0..<k).map { c in
      (0..<d).reduce(0.0) { $0 + log(2 * Double.pi * variances[c, $1]) } * -0.5
    }
    let block = 4096
    let parts = Parallel.map(Array(stride(from: 0, to: x.rows, by: block))) { start in
      let rows = start..<min(x.rows, start + block)
      var out = [Double](repeating: 0, count: rows.count * k)
      x.values.withUnsafeBufferPointer { xs in
        means.values.withUnsafeBufferPointer { mu in
          variances.values.withUnsafeBufferPointer { v in
            for (i, row) in rows.enumerated() {
              for c in 0..<k {
                var squares = 0.0
                for j in 0..<d {
                  let deviation = xs[row * d + j] - mu[c * d + j]
                  squares += deviation * deviation / v[c * d + j]
                }
                out[i * k + c] = logPriors[c] + (logNorms[c] - 0.5 * squares)
              }
            }
          }
        }
      }
      return out
    }
    return Matrix(rows: x.rows, columns: k, values: parts.flatMap { $0 })
  }

}

/// Row-wise softmax of log scores, stable (the row maximum is subtracted first).
enum Softmax {
  static func normalizeRows(_ m: inout Matrix) {
    let k = m.columns
    m.values.withUnsafeMutableBufferPointer { v in
      for row in 0..<m.rows {
        let base = row * k
        var top = -Double.infinity
        for c in 0..<k { top = max(top, v[base + c]) }
        var sum = 0.0
        for c in 0..<k {
          v[base + c] = exp(v[base + c] - top)
          sum += v[base + c]
        }
        for c in 0..<k { v[base + c] /= sum }
      }
    }
  }
}
