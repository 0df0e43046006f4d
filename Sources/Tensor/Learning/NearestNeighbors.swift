import Foundation

/// k-nearest-neighbour classification with Euclidean distance, as sklearn's
/// KNeighborsClassifier. With few features (≤ 15) distances are summed directly, as sklearn's
/// KD-tree does; with more, as `‖y‖² − 2x·y` from matrix products over cache-sized tiles, as
/// sklearn's brute force does. Distance ties at the k-th neighbour go to the earlier training
/// row. Test rows are processed in fixed blocks, so results do not depend on threads.
public struct NearestNeighbors: Classifier {
  public let classCount: Int
  let train: Matrix
  let labels: [Int]
  /// The training targets of a regressor (empty for a classifier).
  var targets: [Double] = []
  let k: Int
  let isDistanceWeighted: Bool
  /// The training rows in tiles of `tile` rows, each transposed (features × tile rows).
  let tiles: [[Double]]
  /// With few features: the training matrix transposed (feature after feature), so eight
  /// training rows' distances are summed at once, each in the scalar order.
  let byFeature: [Double]
  /// Each training row's squared norm.
  let norms: [Double]
  /// Test rows per block, and training rows per tile, of the matrix-product path.
  static let block = 120
  static let tile = 1024

  init(_ x: Matrix, _ y: [Int], classCount: Int, k: Int, isDistanceWeighted: Bool) {
    self.classCount = classCount
    train = x
    labels = y
    self.k = min(k, x.rows)
    self.isDistanceWeighted = isDistanceWeighted
    let (d, n) = (x.columns, x.rows)
    let useProducts = d > 15
    tiles =
      !useProducts
      ? []
      : stride(from: 0, to: n, by: Self.tile).map { start in
        let count = min(Self.tile, n - start)
        var tile = [Double](repeating: 0, count: d * count)
        for t in 0..<count {
          for j in 0..<d { tile[j * count + t] = x[start + t, j] }
        }
        return tile
      }
    norms =
      !useProducts ? [] : (0..<n).map { t in (0..<d).reduce(0.0) { $0 + x[t, $1] * x[t, $1] } }
    var transposed = [Double](repeating: 0, count: useProducts ? 0 : n * d)
    if !useProducts {
      for t in 0..<n {
        for j in 0..<d { transposed[j * n + t] = x[t, j] }
      }
    }
    byFeature = transposed
  }

  public func predict(_ x: Matrix) -> [Int] { probabilities(x).argmaxPerRow() }

  public func probabilities(_ x: Matrix) -> Matrix {
    let blocks = (x.rows + Self.block - 1) / Self.block
    let parts = GEMM.singleThreaded {
      Parallel.map(Array(0..<blocks)) { block -> Matrix in
        let rows = (block * Self.block)..<min(x.rows, (block + 1) * Self.block)
        return self.blockProbabilities(x, rows)
      }
    }
    var out = Matrix(rows: 0, columns: classCount)
    out.values.reserveCapacity(x.rows * classCount)
    for part in parts {
      out.values.append(contentsOf: part.values)
      out.rows += part.rows
    }
    return out
  }

  /// The neighbours of each row in `rows`: k squared distances and training rows per row,
  /// nearest first.
  func neighbours(_ x: Matrix, _ rows: Range<Int>) -> Neighbours {
    if x.columns > 15 { return productNeighbours(x, rows) }
    var found = Neighbours(rows: rows.count, k: k)
    let (d, n) = (x.columns, train.rows)
    typealias Lanes = SIMD8<Double>
    var distances = [Double](repeating: 0, count: n)
    x.values.withUnsafeBufferPointer { xs in
      byFeature.withUnsafeBufferPointer { ts in
        distances.withUnsafeMutableBufferPointer { out in
          guard let ts = ts.baseAddress, let out = out.baseAddress else { return }
          let raw = UnsafeRawPointer(ts)
          for (i, row) in rows.enumerated() {
            // Each lane sums (x_j − t_j)² over j in order, as the scalar loop would.
            var t = 0
            while t + Lanes.scalarCount <= n {
              var sum = Lanes(repeating: 0)
              for j in 0..<d {
                let values = raw.loadUnaligned(
                  fromByteOffset: (j * n + t) * MemoryLayout<Double>.stride, as: Lanes.self)
                let diff = Lanes(repeating: xs[row * d + j]) - values
                sum += diff * diff
              }
              UnsafeMutableRawPointer(out + t).storeBytes(of: sum, as: Lanes.self)
              t += Lanes.scalarCount
            }
            while t < n {
              var sum = 0.0
              for j in 0..<d {
                let diff = xs[row * d + j] - ts[j * n + t]
                sum += diff * diff
              }
              out[t] = sum
              t += 1
            }
            for t in 0..<n where out[t] < found.worst[i] { found.offer(i, out[t], t) }
          }
        }
      }
    }
    return found
  }

  func productNeighbours(_ x: Matrix, _ rows: Range<Int>) -> Neighbours {
    let d = x.columns
    let m = rows.count
    var found = Neighbours(rows: m, k: k)
    var products = [Double](repeating: 0, count: m * Self.tile)
    let block = Array(x.values[(rows.lowerBound * d)..<(rows.upperBound * d)])
    block.withUnsafeBufferPointer { a in
      products.withUnsafeMutableBufferPointer { c in
        guard let a = a.baseAddress, let c = c.baseAddress else { return }
        for (index, tile) in tiles.enumerated() {
          let start = index * Self.tile
          let n = tile.count / max(d, 1)
          tile.withUnsafeBufferPointer { b in
            guard let b = b.baseAddress else { return }
            GEMM.multiply(a, b, into: c, m: m, k: d, n: n)
          }
          norms.withUnsafeBufferPointer { norms in
            guard let norms = norms.baseAddress else { return }
            for i in 0..<m { found.scan(i, norms: norms + start, products: c + i * n, n, start) }
          }
        }
      }
    }
    for i in 0..<m {
      var own = 0.0
      for j in 0..<d { own += block[i * d + j] * block[i * d + j] }
      for slot in 0..<found.counts[i] {
        found.distances[i * k + slot] = max(found.distances[i * k + slot] + own, 0)
      }
    }
    return found
  }

  func blockProbabilities(_ x: Matrix, _ rows: Range<Int>) -> Matrix {
    var out = Matrix(rows: rows.count, columns: classCount)
    let found = neighbours(x, rows)
    for i in 0..<rows.count {
      let slots = (i * k)..<(i * k + found.counts[i])
      let hasExact = slots.contains { found.distances[$0] == 0 }
      var total = 0.0
      for slot in slots {
        let squared = found.distances[slot]
        var weight = 1.0
        if isDistanceWeighted {
          weight = hasExact ? (squared == 0 ? 1 : 0) : 1 / squared.squareRoot()
        }
        out[i, labels[found.rows[slot]]] += weight
        total += weight
      }
      for c in 0..<classCount { out[i, c] /= total }
    }
    return out
  }
}

/// The k smallest (distance, training row) pairs of each of several rows, sorted; a later
/// training row at an equal distance does not displace an earlier one.
struct Neighbours {
  let k: Int
  var distances: [Double]
  var rows: [Int]
  var counts: [Int]
  /// The distance a candidate must beat: the k-th smallest so far, or +∞ until k are found.
  var worst: [Double]

  init(rows: Int, k: Int) {
    self.k = k
    distances = [Double](repeating: 0, count: rows * k)
    self.rows = [Int](repeating: 0, count: rows * k)
    counts = [Int](repeating: 0, count: rows)
    worst = [Double](repeating: .infinity, count: rows)
  }

  /// Offers row i the training rows `first..<first + n` at distances `norms[t] − 2·products[t]`
  /// (the squared distance less the row's own squared norm), in order. Eight at a time are
  /// compared with the current k-th distance; only a group with a nearer one is offered one by
  /// one, so a scan costs about one vector comparison per eight rows once k are found.
  mutating func scan(
    _ i: Int, norms: UnsafePointer<Double>, products: UnsafePointer<Double>, _ n: Int,
    _ first: Int
  ) {
    typealias Lanes = SIMD8<Double>
    let (normBytes, productBytes) = (UnsafeRawPointer(norms), UnsafeRawPointer(products))
    var t = 0
    while t + Lanes.scalarCount <= n {
      let offset = t * MemoryLayout<Double>.stride
      let distances =
        normBytes.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
        - 2 * productBytes.loadUnaligned(fromByteOffset: offset, as: Lanes.self)
      if any(distances .< Lanes(repeating: worst[i])) {
        for lane in 0..<Lanes.scalarCount { offer(i, distances[lane], first + t + lane) }
      }
      t += Lanes.scalarCount
    }
    while t < n {
      offer(i, norms[t] - 2 * products[t], first + t)
      t += 1
    }
  }

  @inline(__always)
  mutating func offer(_ i: Int, _ distance: Double, _ row: Int) {
    guard distance < worst[i] else { return }
    let base = i * k
    var position = min(counts[i], k - 1)
    while position > 0, distance < distances[base + position - 1] {
      distances[base + position] = distances[base + position - 1]
      rows[base + position] = rows[base + position - 1]
      position -= 1
    }
    distances[base + position] = distance
    rows[base + position] = row
    counts[i] = min(counts[i] + 1, k)
    if counts[i] == k { worst[i] = distances[base + k - 1] }
  }
}
