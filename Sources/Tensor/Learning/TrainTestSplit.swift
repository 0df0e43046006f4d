/// Train/test splits and k-fold assignments of row positions, reproducible from a seed.
///
/// Stratified splits keep each class's share on both sides (largest remainders decide the
/// rounding, as sklearn's `_approximate_mode`). Group splits keep every row of a group on one
/// side: whole groups are shuffled and dealt out. Rows keep their original order on each side.
public enum TrainTestSplit {
  /// Positions of the training and test rows.
  public struct Split: Sendable, Equatable {
    public var train: [Int]
    public var test: [Int]
  }

  /// The number of test rows for a fraction of `count` (rounded up, as sklearn).
  public static func testCount(_ count: Int, fraction: Double) -> Int {
    min(count, max(0, Int((fraction * Double(count)).rounded(.up))))
  }

  /// Splits `count` rows; `classes` (a class id per row) stratifies, `groups` (a group id per
  /// row) keeps groups together. With groups the test side gets whole groups until it holds
  /// at least the requested share of rows.
  public static func split(
    count: Int, testFraction: Double, classes: [Int]?, groups: [Int]?, seed: UInt64
  ) -> Split {
    var random = RandomGenerator(seed: seed)
    var isTest = [Bool](repeating: false, count: count)
    let wanted = testCount(count, fraction: testFraction)
    if let groups {
      var taken = 0
      for group in shuffledGroups(groups, &random) where taken < wanted {
        for row in group { isTest[row] = true }
        taken += group.count
      }
    } else if let classes {
      let members = membersByClass(classes)
      let shares = apportion(members.map(\.count), total: wanted, &random)
      for (rows, share) in zip(members, shares) {
        var order = rows
        random.shuffle(&order)
        for row in order.prefix(share) { isTest[row] = true }
      }
    } else {
      var order = Array(0..<count)
      random.shuffle(&order)
      for row in order.prefix(wanted) { isTest[row] = true }
    }
    return Split(
      train: (0..<count).filter { !isTest[$0] }, test: (0..<count).filter { isTest[$0] })
  }

  /// The fold (0..<k) of each row, as sklearn's KFold, StratifiedKFold and GroupKFold with
  /// our generator for the shuffles. Plain folds are contiguous runs of the (shuffled) rows,
  /// the first `count % k` one row longer. Stratified folds give fold i the count of each
  /// class that `sorted(classes)[i::k]` holds, and deal a class's (shuffled) fold labels to its
  /// rows in row order. Group folds deal whole groups, largest first, to the smallest fold.
  /// Unshuffled, the folds are exactly sklearn's.
  public static func folds(
    count: Int, k: Int, classes: [Int]?, groups: [Int]?, isShuffled: Bool, seed: UInt64
  ) -> [Int] {
    var random = RandomGenerator(seed: seed)
    if let groups { return groupFolds(groups, k: k, isShuffled: isShuffled, &random) }
    if let classes { return stratifiedFolds(classes, k: k, isShuffled: isShuffled, &random) }
    var order = Array(0..<count)
    if isShuffled { random.shuffle(&order) }
    var fold = [Int](repeating: 0, count: count)
    var position = 0
    for f in 0..<k {
      let size = count / k + (f < count % k ? 1 : 0)
      for row in order[position..<(position + size)] { fold[row] = f }
      position += size
    }
    return fold
  }

  static func groupFolds(
    _ groups: [Int], k: Int, isShuffled: Bool, _ random: inout RandomGenerator
  ) -> [Int] {
    var fold = [Int](repeating: 0, count: groups.count)
    var members = membersByClass(groups)
    if isShuffled { random.shuffle(&members) }
    var sizes = [Int](repeating: 0, count: k)
    let dealt = members.enumerated()
      .sorted { ($0.element.count, $1.offset) > ($1.element.count, $0.offset) }
    for (_, rows) in dealt {
      let target = sizes.indices.min { sizes[$0] < sizes[$1] } ?? 0
      sizes[target] += rows.count
      for row in rows { fold[row] = target }
    }
    return fold
  }

  static func stratifiedFolds(
    _ classes: [Int], k: Int, isShuffled: Bool, _ random: inout RandomGenerator
  ) -> [Int] {
    // Classes numbered in order of first appearance, as sklearn encodes them.
    var number: [Int: Int] = [:]
    let encoded = classes.map { id in
      if let n = number[id] { return n }
      number[id] = number.count
      return number.count - 1
    }
    let sorted = encoded.sorted()
    var allocation = [[Int]](repeating: [Int](repeating: 0, count: number.count), count: k)
    for (position, c) in sorted.enumerated() { allocation[position % k][c] += 1 }
    var fold = [Int](repeating: 0, count: classes.count)
    for (c, rows) in membersByClass(encoded).enumerated() {
      var labels = (0..<k).flatMap { f in [Int](repeating: f, count: allocation[f][c]) }
      if isShuffled { random.shuffle(&labels) }
      for (row, label) in zip(rows, labels) { fold[row] = label }
    }
    return fold
  }

  /// Row positions of each class id, in row order.
  static func membersByClass(_ classes: [Int]) -> [[Int]] {
    var members = [[Int]](repeating: [], count: (classes.max() ?? -1) + 1)
    for (row, id) in classes.enumerated() where id >= 0 { members[id].append(row) }
    return members.filter { !$0.isEmpty }
  }

  /// The rows of each group, groups in a shuffled order.
  static func shuffledGroups(_ groups: [Int], _ random: inout RandomGenerator) -> [[Int]] {
    var members = membersByClass(groups)
    random.shuffle(&members)
    return members
  }

  /// Splits `total` over classes proportionally to `counts`: floors first, then the
  /// remaining units to the largest fractional remainders (ties in a random order).
  static func apportion(_ counts: [Int], total: Int, _ random: inout RandomGenerator) -> [Int] {
    let all = max(counts.reduce(0, +), 1)
    let exact = counts.map { Double($0) * Double(total) / Double(all) }
    var shares = exact.map { Int($0.rounded(.down)) }
    var shuffled = Array(counts.indices)
    random.shuffle(&shuffled)
    let remainder = { (index: Int) in exact[index] - Double(shares[index]) }
    let order = shuffled.enumerated().sorted {
      (remainder($0.element), $1.offset) > (remainder($1.element), $0.offset)
    }.map(\.element)
    var left = total - shares.reduce(0, +)
    for index in order where left > 0 && shares[index] < counts[index] {
      shares[index] += 1
      left -= 1
    }
    return shares
  }
}
