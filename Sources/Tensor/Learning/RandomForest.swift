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
    self.init(TreeData(x, y), classCount: classCount, options: options, progress: progress)
  }

  /// A regression forest (squared error trees) on targets `y`; its predictions are the mean
  /// of the trees', as sklearn's RandomForestRegressor.
  init(_ x: Matrix, targets y: [Double], options: Options, progress: TrainingProgress? = nil) {
    var own = options
    own.tree.criterion = .squaredError
    self.init(TreeData(x, targets: y), classCount: 1, options: own, progress: progress)
  }

  init(_ data: TreeData, classCount: Int, options: Options, progress: TrainingProgress?) {
    self.classCount = classCount
    let x = (rows: data.rows, columns: data.featureCount)
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
      progress?.step(TensorMessages.progressTreesBuilt, of: treeSeeds.count)

      return tree
    }
  }

  /// The mean of the trees' probabilities, in fixed row blocks on all cores; each row sums
  /// its trees in order, so the result does not depend on threads.
  public func probabilities(_ x: Matrix) -> Matrix {
    let features = x.values.map { Float($0) }
    let block = 1024
    let k = classCount
    let parts = Parallel.map(Array(stride(from: 0, to: x.rows, by: block))) { start in
      let rows = start..<min(x.rows, start + block)
      var out = [Double](repeating: 0, count: rows.count * k)
      features.withUnsafeBufferPointer { f in
        out.withUnsafeMutableBufferPointer { o in
          guard let f = f.baseAddress, let o = o.baseAddress else { return }
          for tree in members { tree.accumulate(f, columns: x.columns, rows: rows, into: o) }
        }
      }
      return out
    }
    let count = Double(members.count)
    return Matrix(rows: x.rows, columns: k, values: parts.flatMap { $0 }.map { $0 / count })
  }

  public func predict(_ x: Matrix) -> [Int] { probabilities(x).argmaxPerRow() }
}
