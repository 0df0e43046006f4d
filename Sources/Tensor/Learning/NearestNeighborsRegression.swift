/// k-nearest-neighbour regression, as sklearn's KNeighborsRegressor: the mean target of the
/// k nearest training rows (weighted by 1/distance with distance weights; a row at distance 0
/// takes the mean of the exact matches). Neighbours are found as for classification.
extension NearestNeighbors: Regressor {
  init(_ x: Matrix, targets y: [Double], k: Int, isDistanceWeighted: Bool) {
    self.init(
      x, [Int](repeating: 0, count: x.rows), classCount: 1, k: k,
      isDistanceWeighted: isDistanceWeighted)
    targets = y
  }

  public func predictions(_ x: Matrix) -> [Double] {
    let blocks = (x.rows + Self.block - 1) / Self.block
    let parts = GEMM.singleThreaded {
      Parallel.map(Array(0..<blocks)) { block -> [Double] in
        let rows = (block * Self.block)..<min(x.rows, (block + 1) * Self.block)
        return self.blockPredictions(x, rows)
      }
    }
    return parts.flatMap { $0 }
  }

  func blockPredictions(_ x: Matrix, _ rows: Range<Int>) -> [Double] {
    let found = neighbours(x, rows)
    return (0..<rows.count).map { i in
      let slots = (i * k)..<(i * k + found.counts[i])
      let hasExact = slots.contains { found.distances[$0] == 0 }
      var (sum, total) = (0.0, 0.0)
      for slot in slots {
        let squared = found.distances[slot]
        var weight = 1.0
        if isDistanceWeighted {
          weight = hasExact ? (squared == 0 ? 1 : 0) : 1 / squared.squareRoot()
        }
        sum += weight * targets[found.rows[slot]]
        total += weight
      }
      return total > 0 ? sum / total : .nan
    }
  }
}
