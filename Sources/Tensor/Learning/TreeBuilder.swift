import Foundation

/// Grows a DecisionTree depth first (an explicit stack, so deep trees cannot overflow the
/// call stack). Node `samples[start..<end]` holds the rows of positive weight that reach it.
/// A node's statistics are its class weights, or for regression (squared error, as sklearn's
/// DecisionTreeRegressor) its weight, weighted sum and weighted sum of squares of the target.
struct TreeBuilder {
  let data: TreeData
  let weights: [Double]
  let classCount: Int
  let options: DecisionTree.Options
  var random: RandomGenerator
  var samples: [Int32]
  var order: [Int]
  /// Sorted (key << 32 | row) pairs of the feature being scanned and of the best one so far.
  var scratch: [UInt64] = []
  var best: [UInt64] = []
  /// The radix sort's second buffer.
  var spare: [UInt64] = []

  struct Pending {
    var start: Int
    var end: Int
    var depth: Int
    var parent: Int
    var isLeft: Bool
  }

  struct Split {
    var feature: Int
    var position: Int
    var threshold: Double
    var proxy: Double
  }

  init(data: TreeData, weights: [Double], classCount: Int, options: DecisionTree.Options) {
    self.data = data
    self.weights = weights
    self.classCount = classCount
    self.options = options
    random = RandomGenerator(seed: options.seed)
    samples = (0..<data.rows).filter { weights[$0] > 0 }.map { Int32($0) }
    order = Array(0..<data.featureCount)
  }

  var isRegression: Bool { options.criterion == .squaredError }

  /// The total weight of a node's statistics.
  func weight(_ stats: [Double]) -> Double { isRegression ? stats[0] : stats.reduce(0, +) }

  mutating func build(into tree: inout DecisionTree) {
    var stack = [Pending(start: 0, end: samples.count, depth: 0, parent: -1, isLeft: true)]
    while let item = stack.popLast() {
      let counts = classCounts(item.start, item.end)
      let total = weight(counts)
      let value =
        isRegression
        ? [counts[1] / max(total, .leastNonzeroMagnitude)]
        : counts.map { $0 / max(total, .leastNonzeroMagnitude) }
      let node = tree.addNode(value: value, depth: item.depth)
      if item.parent >= 0 { tree.attach(node, to: item.parent, isLeft: item.isLeft) }
      let impurity = Self.impurity(counts, total, options.criterion)
      guard !isLeaf(item, impurity), let split = findSplit(item.start, item.end, counts) else {
        continue
      }
      let middle = item.start + split.position + 1
      let (left, right) = (classCounts(item.start, middle), classCounts(middle, item.end))
      let (wl, wr) = (weight(left), weight(right))
      let gain =
        total * impurity - wl * Self.impurity(left, wl, options.criterion)
        - wr * Self.impurity(right, wr, options.criterion)
      tree.setSplit(node, feature: split.feature, threshold: split.threshold, gain: gain)
      stack.append(
        Pending(start: middle, end: item.end, depth: item.depth + 1, parent: node, isLeft: false))
      stack.append(
        Pending(start: item.start, end: middle, depth: item.depth + 1, parent: node, isLeft: true))
    }
  }

  func isLeaf(_ item: Pending, _ impurity: Double) -> Bool {
    let n = item.end - item.start
    if n < options.minSamplesSplit || n < 2 * options.minSamplesLeaf { return true }
    if let maxDepth = options.maxDepth, item.depth >= maxDepth { return true }
    return impurity <= Double.ulpOfOne
  }

  /// The node's statistics: class weights, or weight, Σwy and Σwy² for regression.
  func classCounts(_ start: Int, _ end: Int) -> [Double] {
    if isRegression {
      var stats = [0.0, 0.0, 0.0]
      for i in start..<end {
        let row = Int(samples[i])
        let (w, y) = (weights[row], data.targets[row])
        stats[0] += w
        stats[1] += w * y
        stats[2] += w * y * y
      }
      return stats
    }
    var counts = [Double](repeating: 0, count: classCount)
    for i in start..<end {
      let row = Int(samples[i])
      counts[Int(data.labels[row])] += weights[row]
    }
    return counts
  }

  static func impurity(_ counts: [Double], _ total: Double, _ criterion: DecisionTree.Criterion)
    -> Double
  {
    guard total > 0 else { return 0 }
    switch criterion {
    case .squaredError:
      let mean = counts[1] / total
      return max(counts[2] / total - mean * mean, 0)
    case .gini: return 1 - counts.reduce(0) { $0 + ($1 / total) * ($1 / total) }
    case .entropy:
      return counts.reduce(0) { $1 > 0 ? $0 - ($1 / total) * log2($1 / total) : $0 }
    }
  }

  /// The best split of the node, or nil when no feature has a valid one.
  mutating func findSplit(_ start: Int, _ end: Int, _ counts: [Double]) -> Split? {
    let featureCount = data.featureCount
    let limit = options.maxFeatures.map { min(max($0, 1), featureCount) } ?? featureCount
    var found: Split? = nil
    var visited = 0
    var index = 0
    while index < featureCount && visited < limit {
      let pick = index + random.below(featureCount - index)
      order.swapAt(index, pick)
      let feature = order[index]
      index += 1
      sortNode(feature, start, end)
      guard let first = scratch.first, let last = scratch.last, !isConstant(first, last) else {
        continue
      }
      visited += 1
      if let split = scan(feature, counts, current: found?.proxy ?? -.infinity) {
        found = split
        swap(&scratch, &best)
      }
    }
    guard let found else { return nil }
    for (i, pair) in best.enumerated() { samples[start + i] = Int32(truncatingIfNeeded: pair) }
    return found
  }

  func isConstant(_ first: UInt64, _ last: UInt64) -> Bool {
    Double(TreeData.value(UInt32(last >> 32))) <= Double(TreeData.value(UInt32(first >> 32))) + 1e-7
  }

  mutating func sortNode(_ feature: Int, _ start: Int, _ end: Int) {
    scratch.removeAll(keepingCapacity: true)
    let base = feature * data.rows
    data.keys.withUnsafeBufferPointer { keys in
      for i in start..<end {
        let row = Int(samples[i])
        scratch.append(UInt64(keys[base + row]) << 32 | UInt64(UInt32(row)))
      }
    }
    sortScratch()
  }

  /// Sorts the scratch pairs by value: a least-significant-digit radix sort over the four
  /// bytes of the value key (skipping bytes every key shares) for large nodes, the standard
  /// sort for small ones. Equal values keep their order, so the result is deterministic.
  mutating func sortScratch() {
    let n = scratch.count
    guard n >= 256 else {
      scratch.sort()
      return
    }
    if spare.count < n { spare = [UInt64](repeating: 0, count: n) }
    var isInSpare = false
    scratch.withUnsafeMutableBufferPointer { first in
      spare.withUnsafeMutableBufferPointer { second in
        guard var source = first.baseAddress, var target = second.baseAddress else { return }
        var counts = [Int](repeating: 0, count: 256)
        for pass in 0..<4 {
          let shift = UInt64(32 + 8 * pass)
          for i in 0..<256 { counts[i] = 0 }
          for i in 0..<n { counts[Int((source[i] >> shift) & 255)] += 1 }
          if counts.contains(n) { continue }
          var total = 0
          for i in 0..<256 {
            let count = counts[i]
            counts[i] = total
            total += count
          }
          for i in 0..<n {
            let bucket = Int((source[i] >> shift) & 255)
            target[counts[bucket]] = source[i]
            counts[bucket] += 1
          }
          swap(&source, &target)
          isInSpare.toggle()
        }
      }
    }
    if isInSpare {
      scratch.withUnsafeMutableBufferPointer { _ = $0.update(fromContentsOf: spare[0..<n]) }
    }
  }

  /// The best threshold of `feature` over the sorted scratch, if it beats `current`.
  func scan(_ feature: Int, _ counts: [Double], current: Double) -> Split? {
    let n = scratch.count
    let minLeaf = options.minSamplesLeaf
    var left = [Double](repeating: 0, count: counts.count)
    var leftWeight = 0.0
    let total = weight(counts)
    var bestProxy = current
    var found: Split? = nil
    var value = Double(TreeData.value(UInt32(scratch[0] >> 32)))
    for p in 0..<(n - 1) {
      let row = Int(UInt32(truncatingIfNeeded: scratch[p]))
      let w = weights[row]
      if isRegression {
        left[1] += w * data.targets[row]
      } else {
        left[Int(data.labels[row])] += w
      }
      leftWeight += w
      let next = Double(TreeData.value(UInt32(scratch[p + 1] >> 32)))
      defer { value = next }
      guard next > value + 1e-7, p + 1 >= minLeaf, n - p - 1 >= minLeaf else { continue }
      let proxy = self.proxy(left, leftWeight, counts, total - leftWeight)
      if proxy > bestProxy {
        bestProxy = proxy
        let threshold = Double(Float(value)) / 2 + Double(Float(next)) / 2
        found = Split(feature: feature, position: p, threshold: threshold, proxy: proxy)
      }
    }
    return found
  }

  /// −(w_L·I_L + w_R·I_R) up to a constant: larger is better.
  @inline(__always)
  func proxy(_ left: [Double], _ wl: Double, _ all: [Double], _ wr: Double) -> Double {
    var l = 0.0
    var r = 0.0
    switch options.criterion {
    case .squaredError:
      let right = all[1] - left[1]
      return left[1] * left[1] / wl + right * right / wr
    case .gini:
      for c in 0..<classCount {
        l += left[c] * left[c]
        r += (all[c] - left[c]) * (all[c] - left[c])
      }
      return l / wl + r / wr
    case .entropy:
      for c in 0..<classCount {
        if left[c] > 0 { l += left[c] * log(left[c] / wl) }
        let right = all[c] - left[c]
        if right > 0 { r += right * log(right / wr) }
      }
      return l + r
    }
  }
}
