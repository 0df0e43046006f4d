/// Hyper-parameters as JSON, for model.json: every field a spec holds, so a loaded model
/// says exactly how it was trained and `reproduce` can compare like with like.
extension ClassifierSpec {
  public var json: JSON {
    switch self {
    case .linear(let options):
      return .object([("type", .string(name)), ("alpha", .number(options.alpha))])
    case .naiveBayes(let smoothing):
      return .object([("type", .string(name)), ("var_smoothing", .number(smoothing))])
    case .nearestNeighbors(let k, let weighted):
      return .object([
        ("type", .string(name)), ("k", .int(k)), ("distance_weighted", .bool(weighted)),
      ])
    case .logistic(let options):
      return .object([
        ("type", .string(name)), ("C", .number(options.c)),
        ("max_iter", .int(options.maxIterations)), ("tol", .number(options.tolerance)),
      ])
    case .tree(let options):
      return .object([("type", .string(name))] + Self.pairs(options))
    case .randomForest(let options):
      return .object([
        ("type", .string(name)), ("trees", .int(options.trees)),
        ("bootstrap", .bool(options.isBootstrap)),
        ("max_features", options.maxFeatures.map { .int($0) } ?? .null),
        ("tree", .object(Self.pairs(options.tree))),
      ])
    case .neuralNetwork(let options):
      return .object([
        ("type", .string(name)), ("hidden_layers", .array(options.hiddenLayers.map { .int($0) })),
        ("alpha", .number(options.alpha)),
        ("batch_size", options.batchSize.map { .int($0) } ?? .null),
        ("learning_rate", .number(options.learningRate)), ("epochs", .int(options.epochs)),
        ("early_stopping", .bool(options.isEarlyStopping)), ("tol", .number(options.tolerance)),
        ("patience", .int(options.patience)), ("seed", .int(Int(Int64(bitPattern: options.seed)))),
      ])
    }
  }

  private static func pairs(_ options: DecisionTree.Options) -> [(String, JSON)] {
    [
      ("criterion", .string(options.criterion.rawValue)),
      ("max_depth", options.maxDepth.map { .int($0) } ?? .null),
      ("min_samples_split", .int(options.minSamplesSplit)),
      ("min_samples_leaf", .int(options.minSamplesLeaf)),
      ("max_features", options.maxFeatures.map { .int($0) } ?? .null),
      ("seed", .int(Int(Int64(bitPattern: options.seed)))),
    ]
  }

  /// The spec a model.json describes; anything missing or of the wrong type is an error.
  public init(json: JSON) throws(ClassifierArchive.Problem) {
    let fields = Fields(json: json)
    switch try fields.string("type") {
    case "naive_bayes": self = .naiveBayes(varSmoothing: try fields.double("var_smoothing"))
    case "knn":
      self = .nearestNeighbors(
        k: try fields.int("k"), isDistanceWeighted: try fields.bool("distance_weighted"))
    case "logistic":
      self = .logistic(
        LogisticRegression.Options(
          c: try fields.double("C"), maxIterations: try fields.int("max_iter"),
          tolerance: try fields.double("tol")))
    case "linear": self = .linear(LinearRegression.Options(alpha: try fields.double("alpha")))
    case "tree": self = .tree(try Self.treeOptions(fields))
    case "random_forest":
      var options = RandomForest.Options()
      options.trees = try fields.int("trees")
      options.isBootstrap = try fields.bool("bootstrap")
      options.maxFeatures = try fields.optionalInt("max_features")
      options.tree = try Self.treeOptions(Fields(json: json["tree"] ?? .null))
      self = .randomForest(options)
    case "mlp":
      var options = NeuralNetwork.Options()
      options.hiddenLayers = try fields.ints("hidden_layers")
      options.alpha = try fields.double("alpha")
      options.batchSize = try fields.optionalInt("batch_size")
      options.learningRate = try fields.double("learning_rate")
      options.epochs = try fields.int("epochs")
      options.isEarlyStopping = try fields.bool("early_stopping")
      options.tolerance = try fields.double("tol")
      options.patience = try fields.int("patience")
      options.seed = UInt64(bitPattern: Int64(try fields.int("seed")))
      self = .neuralNetwork(options)
    case let other:
      throw ClassifierArchive.Problem(message: TensorMessages.archiveUnknownModel(other))
    }
  }

  private static func treeOptions(_ fields: Fields) throws(ClassifierArchive.Problem)
    -> DecisionTree.Options
  {
    var options = DecisionTree.Options()
    guard let criterion = DecisionTree.Criterion(rawValue: try fields.string("criterion")) else {
      throw ClassifierArchive.Problem(message: TensorMessages.archiveUnknownCriterion)
    }
    options.criterion = criterion
    options.maxDepth = try fields.optionalInt("max_depth")
    options.minSamplesSplit = try fields.int("min_samples_split")
    options.minSamplesLeaf = try fields.int("min_samples_leaf")
    options.maxFeatures = try fields.optionalInt("max_features")
    options.seed = UInt64(bitPattern: Int64(try fields.int("seed")))
    return options
  }
}

/// Typed reads of a JSON object's fields, each a clear error when absent or mistyped.
struct Fields {
  let json: JSON

  func value(_ key: String) throws(ClassifierArchive.Problem) -> JSON {
    guard let value = json[key] else {
      throw ClassifierArchive.Problem(message: TensorMessages.archiveFieldMissing(key))
    }
    return value
  }

  func string(_ key: String) throws(ClassifierArchive.Problem) -> String {
    guard let text = try value(key).string else { throw mistyped(key, .text) }
    return text
  }

  func int(_ key: String) throws(ClassifierArchive.Problem) -> Int {
    guard let number = try value(key).int else { throw mistyped(key, .int) }
    return number
  }

  func optionalInt(_ key: String) throws(ClassifierArchive.Problem) -> Int? {
    if case .null = try value(key) { return nil }
    return try int(key)
  }

  func double(_ key: String) throws(ClassifierArchive.Problem) -> Double {
    guard let number = try value(key).double else { throw mistyped(key, .number) }
    return number
  }

  func bool(_ key: String) throws(ClassifierArchive.Problem) -> Bool {
    guard let flag = try value(key).bool else { throw mistyped(key, .bool) }
    return flag
  }

  func ints(_ key: String) throws(ClassifierArchive.Problem) -> [Int] {
    guard let items = try value(key).array else { throw mistyped(key, .list) }
    let numbers = items.compactMap(\.int)
    guard numbers.count == items.count else { throw mistyped(key, .ints) }
    return numbers
  }

  private func mistyped(_ key: String, _ expected: TensorMessages.FieldKind)
    -> ClassifierArchive.Problem
  {
    ClassifierArchive.Problem(message: TensorMessages.archiveFieldMistyped(key, expected))
  }

}
