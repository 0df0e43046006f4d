/// A fitted classifier as named tensors, and back: what a model file stores of what was
/// learned. Hyper-parameters travel separately (ClassifierSpec+JSON); the tensors are
/// enough to predict exactly as before.
public enum ClassifierArchive {
  public struct Problem: Error {
    public let message: String

    public init(message: String) {
      self.message = message
    }
  }

  /// The learned parameters of `classifier`, named as the model card lists them.
  public static func entries(of classifier: any Sendable) -> [Safetensors.Entry] {
    switch classifier {
    case let model as LinearRegression:
      return [vector("coefficients", model.coefficients), vector("intercept", [model.intercept])]
    case let model as NearestNeighbors where !model.targets.isEmpty:
      return [matrix("train", model.train), vector("targets", model.targets)]
    case let model as NaiveBayes:
      return [
        matrix("means", model.means), matrix("variances", model.variances),
        vector("log_priors", model.logPriors),
      ]
    case let model as NearestNeighbors:
      return [
        matrix("train", model.train),
        Safetensors.Entry(name: "labels", shape: [model.labels.count], ints: model.labels),
      ]
    case let model as LogisticRegression:
      return [matrix("coefficients", model.coefficients), vector("intercepts", model.intercepts)]
    case let model as DecisionTree:
      return tree(model, prefix: "")
    case let model as RandomForest:
      return model.members.enumerated().flatMap { tree($1, prefix: "tree\($0).") }
    case let model as NeuralNetwork:
      return model.weights.indices.flatMap { layer in
        [
          Safetensors.Entry(
            name: "layer\(layer).weights", shape: [model.sizes[layer], model.sizes[layer + 1]],
            doubles: model.weights[layer]),
          vector("layer\(layer).biases", model.biases[layer]),
        ]
      }
    default:
      return []
    }
  }

  /// The classifier `spec` describes, with the parameters of `entries`; every shape is
  /// checked, so a damaged file is an error, not a wrong model.
  public static func restore(
    _ spec: ClassifierSpec, classCount: Int, featureCount: Int, entries: [Safetensors.Entry]
  ) throws(Problem) -> any Classifier {
    let tensors = Tensors(entries)
    let outputs = classCount <= 2 ? 1 : classCount
    switch spec {
    case .linear:
      throw Problem(message: TensorMessages.archiveRegressorNotClassifier)
    case .naiveBayes:
      return NaiveBayes(
        classCount: classCount,
        means: try tensors.matrix("means", classCount, featureCount),
        variances: try tensors.matrix("variances", classCount, featureCount),
        logPriors: try tensors.vector("log_priors", classCount))
    case .nearestNeighbors(let k, let weighted):
      let train = try tensors.matrix("train", nil, featureCount)
      let labels = try tensors.ints("labels", train.rows)
      guard labels.allSatisfy({ (0..<classCount).contains($0) }) else {
        throw Problem(message: TensorMessages.archiveLabelsOutside)
      }
      return NearestNeighbors(
        train, labels, classCount: classCount, k: k, isDistanceWeighted: weighted)
    case .logistic:
      return LogisticRegression(
        classCount: classCount,
        coefficients: try tensors.matrix("coefficients", outputs, featureCount),
        intercepts: try tensors.vector("intercepts", outputs))
    case .tree:
      return try tensors.tree(prefix: "", classCount: classCount, featureCount: featureCount)
    case .randomForest(let options):
      let members = try (0..<max(options.trees, 1)).map { (index: Int) throws(Problem) in
        try tensors.tree(
          prefix: "tree\(index).", classCount: classCount, featureCount: featureCount)
      }
      return RandomForest(classCount: classCount, members: members)
    case .neuralNetwork(let options):
      let (weights, biases, sizes) = try tensors.layers(
        [featureCount] + options.hiddenLayers + [outputs])
      return NeuralNetwork(classCount: classCount, sizes: sizes, weights: weights, biases: biases)
    }
  }

  /// The regressor `spec` describes, with the parameters of `entries`, shapes checked.
  public static func restoreRegressor(
    _ spec: ClassifierSpec, featureCount: Int, entries: [Safetensors.Entry]
  ) throws(Problem) -> any Regressor {
    let tensors = Tensors(entries)
    switch spec {
    case .linear:
      return LinearRegression(
        coefficients: try tensors.vector("coefficients", featureCount),
        intercept: try tensors.vector("intercept", 1)[0], rank: featureCount)
    case .nearestNeighbors(let k, let weighted):
      let train = try tensors.matrix("train", nil, featureCount)
      return NearestNeighbors(
        train, targets: try tensors.vector("targets", train.rows), k: k,
        isDistanceWeighted: weighted)
    case .tree:
      return try tensors.tree(prefix: "", classCount: 1, featureCount: featureCount)
    case .randomForest(let options):
      let members = try (0..<max(options.trees, 1)).map { (index: Int) throws(Problem) in
        try tensors.tree(prefix: "tree\(index).", classCount: 1, featureCount: featureCount)
      }
      return RandomForest(classCount: 1, members: members)
    case .neuralNetwork(let options):
      let (weights, biases, sizes) = try tensors.layers(
        [featureCount] + options.hiddenLayers + [1])
      return NeuralNetwork(
        classCount: 1, sizes: sizes, weights: weights, biases: biases, isRegression: true)
    case .naiveBayes, .logistic:
      throw Problem(message: TensorMessages.archiveClassifierNotRegressor(spec.name))
    }
  }

  static func matrix(_ name: String, _ matrix: Matrix) -> Safetensors.Entry {
    Safetensors.Entry(name: name, shape: [matrix.rows, matrix.columns], doubles: matrix.values)
  }

  static func vector(_ name: String, _ values: [Double]) -> Safetensors.Entry {
    Safetensors.Entry(name: name, shape: [values.count], doubles: values)
  }

  static func tree(_ tree: DecisionTree, prefix: String) -> [Safetensors.Entry] {
    [
      Safetensors.Entry(
        name: prefix + "features", shape: [tree.nodeCount], ints: tree.features.map(Int.init)),
      vector(prefix + "thresholds", tree.thresholds),
      Safetensors.Entry(
        name: prefix + "lefts", shape: [tree.nodeCount], ints: tree.lefts.map(Int.init)),
      Safetensors.Entry(
        name: prefix + "rights", shape: [tree.nodeCount], ints: tree.rights.map(Int.init)),
      Safetensors.Entry(
        name: prefix + "values", shape: [tree.nodeCount, tree.classCount], doubles: tree.values),
      vector(prefix + "importances", tree.importances),
    ]
  }

  /// The entries of a file by name, read with their expected shapes.
  struct Tensors {
    let byName: [String: Safetensors.Entry]

    init(_ entries: [Safetensors.Entry]) {
      var byName: [String: Safetensors.Entry] = [:]
      for entry in entries { byName[entry.name] = entry }
      self.byName = byName
    }

    func entry(_ name: String) throws(Problem) -> Safetensors.Entry {
      guard let entry = byName[name] else {
        throw Problem(message: TensorMessages.archiveTensorMissing(name))
      }
      return entry
    }

    func matrix(_ name: String, _ rows: Int?, _ columns: Int) throws(Problem) -> Matrix {
      let entry = try entry(name)
      guard entry.shape.count == 2, rows == nil || entry.shape[0] == rows,
        entry.shape[1] == columns, entry.dtype == .f64
      else { throw Problem(message: TensorMessages.archiveTensorShape(name, entry.shape)) }
      return Matrix(rows: entry.shape[0], columns: columns, values: entry.doubles)
    }

    func vector(_ name: String, _ count: Int) throws(Problem) -> [Double] {
      let entry = try entry(name)
      guard entry.shape == [count], entry.dtype == .f64 else {
        throw Problem(message: TensorMessages.archiveTensorLength(name, entry.shape, count))
      }
      return entry.doubles
    }

    /// A network's weights and biases for layer sizes `sizes`.
    func layers(_ sizes: [Int]) throws(Problem) -> ([[Double]], [[Double]], [Int]) {
      var weights: [[Double]] = []
      var biases: [[Double]] = []
      for layer in 0..<(sizes.count - 1) {
        weights.append(try matrix("layer\(layer).weights", sizes[layer], sizes[layer + 1]).values)
        biases.append(try vector("layer\(layer).biases", sizes[layer + 1]))
      }
      return (weights, biases, sizes)
    }

    func ints(_ name: String, _ count: Int) throws(Problem) -> [Int] {
      let entry = try entry(name)
      guard entry.shape == [count], let ints = entry.ints else {
        throw Problem(message: TensorMessages.archiveTensorLength(name, entry.shape, count))
      }
      return ints
    }

    func tree(prefix: String, classCount: Int, featureCount: Int) throws(Problem) -> DecisionTree {
      let nodes = try entry(prefix + "features").shape.first ?? 0
      let features = try ints(prefix + "features", nodes)
      let lefts = try ints(prefix + "lefts", nodes)
      let rights = try ints(prefix + "rights", nodes)
      // Every split names a real feature and children after itself: no cycles, no reads
      // outside the arrays when predicting.
      guard nodes >= 1, nodes <= Int(Int32.max) else {
        throw Problem(message: TensorMessages.archiveTreeSize(prefix, nodes))
      }
      for node in 0..<nodes {
        let isLeaf = features[node] < 0
        guard features[node] >= Int(Int32.min), isLeaf || features[node] < featureCount,
          isLeaf
            || (lefts[node] > node && lefts[node] < nodes && rights[node] > node
              && rights[node] < nodes)
        else { throw Problem(message: TensorMessages.archiveTreeBrokenNode(prefix, node)) }

      }
      var depths = [Int](repeating: 0, count: nodes)
      for node in 0..<nodes where features[node] >= 0 {
        depths[lefts[node]] = depths[node] + 1
        depths[rights[node]] = depths[node] + 1
      }
      var tree = DecisionTree(
        classCount: classCount, featureCount: featureCount,
        features: features.map { Int32($0) }, thresholds: try vector(prefix + "thresholds", nodes),
        // A leaf's children are never read; whatever the file holds there becomes -1.
        lefts: zip(features, lefts).map { $0 < 0 ? -1 : Int32($1) },
        rights: zip(features, rights).map { $0 < 0 ? -1 : Int32($1) },
        values: try matrix(prefix + "values", nodes, classCount).values,
        importances: try vector(prefix + "importances", featureCount))
      tree.depth = depths.max() ?? 0
      return tree
    }
  }
}

extension NaiveBayes {
  init(classCount: Int, means: Matrix, variances: Matrix, logPriors: [Double]) {
    self.classCount = classCount
    self.means = means
    self.variances = variances
    self.logPriors = logPriors
  }
}

extension LogisticRegression {
  init(classCount: Int, coefficients: Matrix, intercepts: [Double]) {
    self.classCount = classCount
    self.coefficients = coefficients
    self.intercepts = intercepts
    iterations = 0
    isConverged = true
  }
}

extension DecisionTree {
  init(
    classCount: Int, featureCount: Int, features: [Int32], thresholds: [Double], lefts: [Int32],
    rights: [Int32], values: [Double], importances: [Double]
  ) {
    self.classCount = classCount
    self.featureCount = featureCount
    self.features = features
    self.thresholds = thresholds
    self.lefts = lefts
    self.rights = rights
    self.values = values
    self.importances = importances
    depth = 0
  }
}

extension RandomForest {
  init(classCount: Int, members: [DecisionTree]) {
    self.classCount = classCount
    self.members = members
  }
}
