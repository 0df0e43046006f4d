/// A fitted classifier: class probabilities for each row of a feature matrix, columns in
/// class-id order. `predict` is the argmax, ties to the smallest class (as sklearn).
public protocol Classifier: Sendable {
  var classCount: Int { get }
  /// An n × classCount matrix of probabilities.
  func probabilities(_ x: Matrix) -> Matrix
  /// The class id of each row.
  func predict(_ x: Matrix) -> [Int]
}

extension Classifier {
  /// The class id of each row.
  public func predict(_ x: Matrix) -> [Int] { probabilities(x).argmaxPerRow() }
}

/// What to train, with its hyper-parameters; `fit` trains a classifier, `fitRegression` a
/// regressor (ClassifierSpec+Regression.swift). Linear models only regress, naive Bayes and
/// logistic regression only classify.
public enum ClassifierSpec: Sendable {
  case naiveBayes(varSmoothing: Double)
  case nearestNeighbors(k: Int, isDistanceWeighted: Bool)
  case logistic(LogisticRegression.Options)
  case tree(DecisionTree.Options)
  case randomForest(RandomForest.Options)
  case neuralNetwork(NeuralNetwork.Options)
  case linear(LinearRegression.Options)

  /// The model's name as users write it.
  public var name: String {
    switch self {
    case .naiveBayes: return "naive_bayes"
    case .nearestNeighbors: return "knn"
    case .logistic: return "logistic"
    case .tree: return "tree"
    case .randomForest: return "random_forest"
    case .neuralNetwork: return "mlp"
    case .linear: return "linear"
    }
  }

  /// Trains on features `x` and class ids `y` (0..<classCount); forests and networks tell
  /// `progress` how far they are.
  public func fit(
    _ x: Matrix, _ y: [Int], classCount: Int, progress: TrainingProgress? = nil
  ) throws(LearningError) -> any Classifier {
    guard x.rows > 0 else { throw LearningError(TensorMessages.learningNoRows) }
    guard x.columns > 0 else {
      throw LearningError(TensorMessages.learningNoFeatures, at: "features")
    }
    guard classCount >= 2 else {
      throw LearningError(TensorMessages.learningOneClass, at: "target")
    }
    switch self {
    case .linear:
      throw LearningError(TensorMessages.learningLinearNeedsNumbers, at: "target")

    case .naiveBayes(let smoothing):
      return NaiveBayes(x, y, classCount: classCount, varSmoothing: smoothing)
    case .nearestNeighbors(let k, let weighted):
      return NearestNeighbors(x, y, classCount: classCount, k: k, isDistanceWeighted: weighted)
    case .logistic(let options):
      return LogisticRegression(x, y, classCount: classCount, options: options)
    case .tree(let options):
      return DecisionTree(x, y, classCount: classCount, options: options)
    case .randomForest(let options):
      return RandomForest(x, y, classCount: classCount, options: options, progress: progress)
    case .neuralNetwork(let options):
      try NeuralNetwork.checkMemory(inputs: x.columns, options: options)
      return NeuralNetwork(x, y, classCount: classCount, options: options, progress: progress)
    }
  }
}
