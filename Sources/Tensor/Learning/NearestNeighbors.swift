import Foundation

/// k-nearest-neighbour classification with Euclidean distance, as sklearn's
/// KNeighborsClassifier. With few features (≤ 15) distances are summed directly, as sklearn's
/// KD-tree does; with more, as `‖y‖² − 2x·y` from a matrix product, as sklearn's brute force
/// does. Distance ties at the k-th neighbour go to the earlier training row.
public struct NearestNeighbors: Classifier {
  public let classCount: Int
  let train: Matrix
  let labels: [Int]
  let k: Int
  let isDistanceWeighted: Bool
  /// The training matrix transposed (features × rows) and each row's squared norm.
  let transposed: [Double]
  let norms: [Double]
  /// Test rows per block of the matrix-product path.
  static let block = 256

  init(_ x: Matrix, _ y: [Int], classCount: Int, k: Int, isDistanceWeighted: Bool) {
    self.classCount = classCount
    train = x
    labels = y
    self.k = min(k, x.rows)
    self.isDistanceWeighted = isDistanceWeighted
    let (d, n) = (x.columns, x.rows)
    var transposed = [Double](repeating: 0, count: d > 15 ? d * n : 0)
    var norms = [Double](repeating: 0, count: d > 15 ? n : 0)
    if d > 15 {
      for t in 0..<n {
        for j in 0..<d {
          transposed[j * n + t] = x[t, j]
          norms[t] += x[t, j] * x[t, j]
        }
      }
    }
    self.transposed = transposed
    self.norms = norms
  }

  public func predict(_ x: Matrix) -> [Int] { probabilities(x).argmaxPerRow() }

  public func probabilities(_ x: Matrix) -> Matrix {
    let blocks = (x.rows + Self.block - 1) / Self.block
    let parts = Parallel.map(Array(0..<blocks)) { block -> Matrix in
      let rows = (block * Self.block)..<min(x.rows, (block + 1) * Self.block)
      return self.blockProbabilities(x, rows)
    }
    var out = Matrix(rows: 0, columns: classCount)
    for part in parts {
      out.values.append(contentsOf: part.values)
      out.rows += part.rows
    }
    return out
  }

  /// The neighbours (squared distance, training row) of each row in `rows`, nearest first.
  func neighbours(_ x: Matrix, _ rows: Range<Int>) -> [[(Double, Int)]] {
    let d = x.columns
    if d > 15 { return productNeighbours(x, rows) }
    return rows.map { row in
      var best = TopK(k)
      for t in 0..<train.rows {
        var sum = 0.0
        for j in 0..<d {
          let diff = x[row, j] - train[t, j]
          sum += diff * diff
        }
        best.offer(sum, t)
      }
      return best.items
    }
  }

  func productNeighbours(_ x: Matrix, _ rows: Range<Int>) -> [[(Double, Int)]] {
    let d = x.columns
    let n = train.rows
    let block = x.gathering(Array(rows))
    let products = GEMM.multiply(block.values, transposed, m: block.rows, k: d, n: n)
    return (0..<block.rows).map { i in
      var own = 0.0
      for j in 0..<d { own += block[i, j] * block[i, j] }
      var best = TopK(k)
      products.withUnsafeBufferPointer { p in
        for t in 0..<n { best.offer(norms[t] - 2 * p[i * n + t], t) }
      }
      return best.items.map { (max($0.0 + own, 0), $0.1) }
    }
  }

  func blockProbabilities(_ x: Matrix, _ rows: Range<Int>) -> Matrix {
    var out = Matrix(rows: rows.count, columns: classCount)
    for (i, found) in neighbours(x, rows).enumerated() {
      let hasExact = found.contains { $0.0 == 0 }
      var total = 0.0
      for (squared, t) in found {
        var weight = 1.0
        if isDistanceWeighted {
          weight = hasExact ? (squared == 0 ? 1 : 0) : 1 / squared.squareRoot()
        }
        out[i, labels[t]] += weight
        total += weight
      }
      for c in 0..<classCount { out[i, c] /= total }
    }
    return out
  }
}

/// The k smallest (distance, row) pairs seen, sorted; a later row with an equal distance does
/// not displace an earlier one.
struct TopK {
  let k: Int
  var items: [(Double, Int)] = []

  init(_ k: Int) {
    self.k = k
    items.reserveCapacity(k + 1)
  }

  @inline(__always)
  mutating func offer(_ distance: Double, _ row: Int) {
    if items.count == k, let last = items.last, !(distance < last.0) { return }
    var position = items.count
    while position > 0, distance < items[position - 1].0 { position -= 1 }
    items.insert((distance, row), at: position)
    if items.count > k { items.removeLast() }
  }
}
