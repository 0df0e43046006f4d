/// A random forest as sklearn's RandomForestClassifier: each tree grows on a bootstrap sample
/// (drawn counts used as row weights) trying `maxFeatures` features per split, and the forest's
/// probabilities are the mean of the trees'. Tree i's seed is the i-th draw of a generator
/// seeded with the forest's seed, so the forest is the same whatever the number of threads.
public struct RandomForest: Classifier {
  public struct Options: Sendable {
    public var trees = 100
    public var isBootstrap = true
    /// Features tried per split; nil for √features (sklearn's "sqrt").
    public var maxFeatures: Int? = nil
    public var tree = DecisionTree.Options()

    public init() {}
  }

  public let classCount: Int
  public let members: [DecisionTree]
  public var importances: [Double] {
    guard let first = members.first else { return [] }
    var sum = [Double](repeating: 0, count: first.featureCount)
    for tree in members {
      for (j, value) in tree.importances.enumerated() { sum[j] += value }
    }
    return sum.map { $0 / Double(members.count) }
  }

  init(
    _ x: Matrix, _ y: [Int], classCount: Int, options: Options,
    progress: TrainingProgress? = nil
  ) {
    self.classCount = classCount
    let data = TreeData(x, y)
    var seeds = RandomGenerator(seed: options.tree.seed)
    let treeSeeds = (0..<max(options.trees, 1)).map { _ in seeds.next() }
    let treeOptions = {
      var own = options.tree
      own.maxFeatures = options.maxFeatures ?? max(1, Int(Double(x.columns).squareRoot()))
      return own
    }()
    let n = x.rows
    members = Parallel.map(treeSeeds) { seed in
      var random = RandomGenerator(seed: seed)
      var weights = [Double](repeating: options.isBootstrap ? 0 : 1, count: n)
      if options.isBootstrap {
        for _ in 0..<n { weights[random.below(n)] += 1 }
      }
      var own = treeOptions
      own.seed = random.next()
      let tree = DecisionTree(data, weights: weights, classCount: classCount, options: own)
      progress?.step("trees built", of: treeSeeds.count)
      return tree
    }
  }

  public func probabilities(_ x: Matrix) -> Matrix {
    let parts = Parallel.map(members) { $0.probabilities(x) }
    var out = Matrix(rows: x.rows, columns: classCount)
    for part in parts {
      for i in out.values.indices { out.values[i] += part.values[i] }
    }
    let count = Double(members.count)
    for i in out.values.indices { out.values[i] /= count }
    return out
  }

  public func predict(_ x: Matrix) -> [Int] { probabilities(x).argmaxPerRow() }
}
