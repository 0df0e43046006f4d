import Interpreter
import Tensor

extension Builtins {
  /// The constructors of model specs (naive_bayes(), logistic(), tree(), …), which fit() trains.
  static let modelSpecs: [Builtin] = [
    Builtin(
      "naive_bayes", area: .learning, summary: "A Gaussian naive Bayes classifier, to fit.",
      parameters: [
        Parameter(
          "var_smoothing", .number,
          "Share of the largest feature variance added to every "
            + "variance, for stability.", default: .float(1e-9))
      ],
      returns: .modelSpec,
      details: "As sklearn's GaussianNB: per-class means and population variances, priors "
        + "from the class frequencies of the training rows.",
      examples: [Example("naive_bayes()", "<naive_bayes(var_smoothing=1e-09)>")]
    ) { args in
      let smoothing = try args.double("var_smoothing")
      guard smoothing >= 0 else {
        throw args.error(
          .valueOutOfRange, LearningMessages.negative("var_smoothing"), at: "var_smoothing")
      }
      return .object(
        ModelSpecValue(
          .naiveBayes(varSmoothing: smoothing),
          settings: [("var_smoothing", FloatFormat.shortest(smoothing))]))
    },
    Builtin(
      "knn", area: .learning, summary: "A k-nearest-neighbours classifier, to fit.",
      parameters: [
        Parameter("k", .int, "How many neighbours vote.", default: .int(5)),
        Parameter(
          "weights", .choice(["uniform", "distance"]),
          "\"uniform\": one vote each; \"distance\": votes weighted by 1/distance.",
          default: .string("uniform")),
        taskParameter,
      ],
      returns: .modelSpec,
      details: "Euclidean distance, as sklearn's KNeighborsClassifier; standardize the features "
        + "(fit(…, standardize=true)) when their units differ. Vote ties go to the first class; "
        + "neighbours at equal distance are taken in training-row order. With a numeric "
        + "target it regresses, as KNeighborsRegressor: the (weighted) mean target of the "
        + "neighbours.",
      examples: [Example("knn(k=3)", "<knn(k=3, weights=\"uniform\")>")]
    ) { args in
      let k = try args.int("k", atLeast: 1)
      let weights = try args.string("weights")
      return .object(
        ModelSpecValue(
          .nearestNeighbors(k: k, isDistanceWeighted: weights == "distance"),
          settings: [("k", String(k)), ("weights", "\"\(weights)\"")], task: try args.task()))
    },
    Builtin(
      "logistic", area: .learning,
      summary: "A multinomial logistic regression classifier (L2, L-BFGS), to fit.",
      parameters: [
        Parameter(
          "C", .number, "Inverse regularisation strength; smaller is smoother.", default: .float(1)),
        Parameter("max_iter", .int, "The most L-BFGS iterations.", default: .int(100)),
        Parameter(
          "tol", .number, "Stop when no gradient component exceeds this.", default: .float(1e-4)),
      ],
      returns: .modelSpec,
      details: "Minimises sklearn's objective, mean log loss + ‖W‖²/(2·C·n) with unpenalised "
        + "intercepts, from zero: softmax over the classes (one sigmoid for two). The optimum "
        + "is sklearn's; how close a fit gets to it depends on tol.",
      examples: [Example("logistic(C=0.5)", "<logistic(C=0.5, max_iter=100, tol=0.0001)>")]
    ) { args in
      let options = LogisticRegression.Options(
        c: try args.positive("C"), maxIterations: try args.int("max_iter", atLeast: 1),
        tolerance: try args.positive("tol"))
      return .object(
        ModelSpecValue(
          .logistic(options),
          settings: [
            ("C", FloatFormat.shortest(options.c)), ("max_iter", String(options.maxIterations)),
            ("tol", FloatFormat.shortest(options.tolerance)),
          ]))
    },
    Builtin(
      "linear", area: .learning,
      summary: "A linear regression (least squares, or ridge with alpha), to fit.",
      parameters: [
        Parameter(
          "alpha", .number, "The ridge penalty on the squared coefficients; 0 for least squares.",
          default: .float(0))
      ],
      returns: .modelSpec,
      details: "As sklearn's LinearRegression (alpha=0) and Ridge(alpha): the intercept is not "
        + "penalised; the solution comes from a QR factorisation and a singular value "
        + "decomposition (not gradient descent), so collinear features (a one-hot block with "
        + "the intercept) get the minimum-norm coefficients, as sklearn's. It predicts a "
        + "quantity: the target must be numeric. feature_importance(m) gives the coefficients.",
      examples: [
        Example(
          "m = fit(linear(), frame(x=[1.0, 2.0, 3.0], y=[3.0, 5.0, 7.0]), target=\"y\")\nlist(predict(m, frame(x=[4.0])))",
          "[9.0]")
      ]
    ) { args in
      let alpha = try args.double("alpha")
      guard alpha >= 0, alpha.isFinite else {
        throw args.error(.valueOutOfRange, LearningMessages.negative("alpha"), at: "alpha")
      }
      return .object(
        ModelSpecValue(
          .linear(LinearRegression.Options(alpha: alpha)),
          settings: [("alpha", FloatFormat.shortest(alpha))]))
    },
    Builtin(
      "tree", area: .learning,
      summary: "A decision tree classifier or regressor (CART), to fit.",
      parameters: treeParameters(
        maxFeatures: Parameter(
          "max_features", .optional(.int), "Features tried per split; nil for all.", default: .null)
      ) + [taskParameter],
      returns: .modelSpec,
      details: "As sklearn's DecisionTreeClassifier: features are compared as 32-bit floats, "
        + "visited in a random order at each split (the seed decides ties), thresholds are "
        + "midpoints and rows with x ≤ threshold go left. With a numeric target it regresses, "
        + "as DecisionTreeRegressor: splits minimise the squared error (criterion is then not "
        + "used) and a leaf predicts its rows' mean.",
      examples: [
        Example(
          "tree(max_depth=3)",
          "<tree(criterion=\"gini\", max_depth=3, min_samples_split=2, min_samples_leaf=1, max_features=nil, seed=0)>"
        )
      ]
    ) { args in
      let (options, settings) = try treeOptions(args)
      var all = settings
      all.insert(
        (
          "max_features", args.isNull("max_features") ? "nil" : String(try args.int("max_features"))
        ), at: 4)
      all.append(("seed", String(try args.int("seed"))))
      var withFeatures = options
      withFeatures.maxFeatures =
        args.isNull("max_features") ? nil : try args.int("max_features", atLeast: 1)
      return .object(ModelSpecValue(.tree(withFeatures), settings: all, task: try args.task()))
    },
    Builtin(
      "random_forest", area: .learning,
      summary: "A random forest classifier or regressor, to fit.",
      parameters: [Parameter("trees", .int, "How many trees.", default: .int(100))]
        + treeParameters(
          maxFeatures: Parameter(
            "max_features", .optional(.oneOf([.int, .choice(["sqrt"])])),
            "Features tried per split: \"sqrt\" (√features), an int, or "
              + "nil for all.", default: .string("sqrt")))
        + [
          Parameter(
            "bootstrap", .bool, "Train each tree on a bootstrap sample.", default: .bool(true)),
          taskParameter,
        ],
      returns: .modelSpec,
      details: "As sklearn's RandomForestClassifier: each tree sees a bootstrap sample (drawn "
        + "counts act as row weights) and tries max_features random features per split; "
        + "probabilities are the trees' mean. Trees train on all cores; each tree's seed comes "
        + "from the forest's, so the forest is the same whatever the number of threads. With a "
        + "numeric target it regresses, as RandomForestRegressor: squared-error trees whose "
        + "predictions are averaged (sklearn's regressor tries every feature per split by "
        + "default: pass max_features=nil for that).",
      examples: [
        Example(
          "random_forest(trees=50)",
          "<random_forest(trees=50, criterion=\"gini\", max_depth=nil, min_samples_split=2, min_samples_leaf=1, max_features=\"sqrt\", bootstrap=true, seed=0)>"
        )
      ]
    ) { args in
      var options = RandomForest.Options()
      options.trees = try args.int("trees", atLeast: 1)
      guard options.trees <= 100_000 else {
        throw args.error(.valueOutOfRange, LearningMessages.tooManyTrees(100_000), at: "trees")
      }
      options.isBootstrap = try args.bool("bootstrap")
      let (tree, settings) = try treeOptions(args)
      options.tree = tree
      var featuresText = "\"sqrt\""
      switch args.value("max_features") {
      case .string("sqrt"): options.maxFeatures = nil
      case .null:
        options.maxFeatures = Int.max
        featuresText = "nil"
      case .int:
        options.maxFeatures = try args.int("max_features", atLeast: 1)
        featuresText = String(options.maxFeatures ?? 0)
      default: throw args.kindError("max_features")
      }
      var all = [("trees", String(options.trees))] + settings
      all.append(("max_features", featuresText))
      all.append(("bootstrap", String(options.isBootstrap)))
      all.append(("seed", String(try args.int("seed"))))
      return .object(
        ModelSpecValue(.randomForest(options), settings: all, task: try args.task()))
    },
    Builtin(
      "mlp", area: .learning,
      summary: "A neural network classifier or regressor (multi-layer perceptron), to fit.",
      parameters: [
        Parameter(
          "hidden", .listOf(.bounded(1...100_000)), "Units per hidden layer.", default: .list),
        Parameter("alpha", .number, "L2 penalty on the weights.", default: .float(1e-4)),
        Parameter(
          "batch_size", .optional(.int), "Rows per mini-batch; nil for min(200, rows).",
          default: .null),
        Parameter("learning_rate", .number, "Adam's step size.", default: .float(1e-3)),
        Parameter("epochs", .int, "The most passes over the training rows.", default: .int(200)),
        Parameter(
          "early_stopping", .bool,
          "Hold out 10% of the rows and stop when their accuracy "
            + "stops improving.", default: .bool(false)),
        Parameter("tol", .number, "The improvement that counts.", default: .float(1e-4)),
        Parameter(
          "patience", .int, "Epochs without improvement before stopping.", default: .int(10)),
        Parameter("seed", .int, "Seeds the initial weights and the batch order.", default: .int(0)),
        taskParameter,
      ],
      returns: .modelSpec,
      details: "As sklearn's MLPClassifier(activation=\"relu\", solver=\"adam\"): ReLU hidden "
        + "layers (hidden=[] means one layer of 100), a softmax output, Glorot-uniform initial "
        + "weights, Adam on shuffled mini-batches. Standardize the features. With a numeric "
        + "target it regresses, as MLPRegressor: one identity output unit, half the mean "
        + "squared error as loss, and early stopping on the validation R².",
      examples: [
        Example(
          "mlp(hidden=[32, 16], epochs=50)",
          "<mlp(hidden=[32, 16], alpha=0.0001, batch_size=nil, learning_rate=0.001, epochs=50, early_stopping=false, tol=0.0001, patience=10, seed=0)>"
        )
      ]
    ) { args in
      var options = NeuralNetwork.Options()
      let hidden = try args.ints("hidden")
      options.hiddenLayers = hidden.isEmpty ? [100] : hidden
      options.alpha = try args.double("alpha")
      options.batchSize = args.isNull("batch_size") ? nil : try args.int("batch_size", atLeast: 1)
      options.learningRate = try args.positive("learning_rate")
      options.epochs = try args.int("epochs", atLeast: 1)
      options.isEarlyStopping = try args.bool("early_stopping")
      options.tolerance = try args.double("tol")
      options.patience = try args.int("patience", atLeast: 1)
      options.seed = try args.seed()
      let settings = [
        ("hidden", "[" + options.hiddenLayers.map(String.init).joined(separator: ", ") + "]"),
        ("alpha", FloatFormat.shortest(options.alpha)),
        ("batch_size", options.batchSize.map(String.init) ?? "nil"),
        ("learning_rate", FloatFormat.shortest(options.learningRate)),
        ("epochs", String(options.epochs)), ("early_stopping", String(options.isEarlyStopping)),
        ("tol", FloatFormat.shortest(options.tolerance)), ("patience", String(options.patience)),
        ("seed", String(try args.int("seed"))),
      ]
      return .object(
        ModelSpecValue(.neuralNetwork(options), settings: settings, task: try args.task()))
    },
  ]

  /// The `task` parameter of the models that classify and regress.
  static let taskParameter = Parameter(
    "task", .optional(.choice(["regression", "classification"])),
    "What to learn; nil infers it from the target column (float: regression; int, bool or "
      + "string: classification, except an int target with many values).", default: .null)

  /// The parameters trees and forests share.
  static func treeParameters(maxFeatures: Parameter) -> [Parameter] {
    [
      Parameter(
        "criterion", .choice(["gini", "entropy"]), "The impurity a split reduces.",
        default: .string("gini")),
      Parameter(
        "max_depth", .optional(.int), "The deepest level; nil for no limit.", default: .null),
      Parameter("min_samples_split", .int, "A node with fewer rows is a leaf.", default: .int(2)),
      Parameter(
        "min_samples_leaf", .int, "The fewest rows on each side of a split.", default: .int(1)),
      maxFeatures,
      Parameter(
        "seed", .int, "Seeds the random choices (feature order, bootstrap).", default: .int(0)),
    ]
  }

  /// Tree options from the shared parameters, and their settings text (without max_features
  /// and seed, which the callers place).
  static func treeOptions(_ args: Arguments) throws -> (DecisionTree.Options, [(String, String)]) {
    var options = DecisionTree.Options()
    options.criterion = DecisionTree.Criterion(rawValue: try args.string("criterion")) ?? .gini
    options.maxDepth = args.isNull("max_depth") ? nil : try args.int("max_depth", atLeast: 1)
    options.minSamplesSplit = try args.int("min_samples_split", atLeast: 2)
    options.minSamplesLeaf = try args.int("min_samples_leaf", atLeast: 1)
    options.seed = try args.seed()
    let settings = [
      ("criterion", "\"\(options.criterion.rawValue)\""),
      ("max_depth", options.maxDepth.map(String.init) ?? "nil"),
      ("min_samples_split", String(options.minSamplesSplit)),
      ("min_samples_leaf", String(options.minSamplesLeaf)),
    ]
    return (options, settings)
  }
}
