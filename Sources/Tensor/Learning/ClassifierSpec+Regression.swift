/// Regression with the specs that support it: linear (least squares, ridge), trees, forests,
/// nearest neighbours and networks, each as its sklearn Regressor counterpart.
extension ClassifierSpec {
  /// Whether the spec can predict a quantity.
  public var canRegress: Bool {
    switch self {
    case .naiveBayes, .logistic: return false
    case .linear, .tree, .randomForest, .nearestNeighbors, .neuralNetwork: return true
    }
  }

  /// Whether the spec can predict classes.
  public var canClassify: Bool {
    if case .linear = self { return false }
    return true
  }

  /// Trains a regressor on features `x` and targets `y`.
  public func fitRegression(
    _ x: Matrix, _ y: [Double], progress: TrainingProgress? = nil
  ) throws(LearningError) -> any Regressor {
    guard x.rows > 0 else { throw LearningError(TensorMessages.learningNoRows) }
    guard x.columns > 0 else {
      throw LearningError(TensorMessages.learningNoFeatures, at: "features")
    }
    guard y.allSatisfy(\.isFinite) else {
      throw LearningError(TensorMessages.learningTargetNotFinite, at: "target")
    }
    switch self {
    case .linear(let options):
      return LinearRegression(x, y, options: options)
    case .tree(let options):
      return DecisionTree(x, targets: y, options: options)
    case .randomForest(let options):
      return RandomForest(x, targets: y, options: options, progress: progress)
    case .nearestNeighbors(let k, let weighted):
      return NearestNeighbors(x, targets: y, k: k, isDistanceWeighted: weighted)
    case .neuralNetwork(let options):
      try NeuralNetwork.checkMemory(inputs: x.columns, options: options)
      return NeuralNetwork(x, targets: y, options: options, progress: progress)
    case .naiveBayes, .logistic:
      throw LearningError(TensorMessages.learningClassifierForQuantity(name), at: "target")

    }
  }
}
