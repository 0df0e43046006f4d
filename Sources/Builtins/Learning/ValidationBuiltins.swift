import Interpreter
import Tensor

extension Builtins {
  static let validation: [Builtin] = [
    Builtin(
      "cross_validate", area: .learning,
      summary: "Trains and scores a model on each of k folds.",
      parameters: [
        Parameter("spec", .modelSpec, "What to train: logistic(), tree(), …"),
        Parameter("frame", .frame, "All the rows."),
      ] + ModelTraining.parameters + [
        Parameter("folds", .int, "How many folds.", default: .int(5)),
        Parameter(
          "group", .optional(.string), "A column whose rows stay in one fold (not a feature).",
          default: .null),
        Parameter(
          "shuffle", .bool, "Shuffle the folds; false gives sklearn's cross_val_score folds.",
          default: .bool(true)),
        Parameter("seed", .int, "Seeds the fold assignment.", default: .int(0)),
      ],
      returns: .crossValidation,
      details: "Folds are stratified by the target (or dealt by group), as kfold(). Each fold "
        + "is scored by a model fitted, preprocessing included, on the other folds only. "
        + "Prints accuracy, balanced accuracy and macro F1 per fold and their mean ± std "
        + "(population std); cv.accuracy, cv.accuracy_std, … and cv.folds (a frame) hold them. "
        + "A regression (fit's rules decide the task) is not stratified and prints R², MAE "
        + "and RMSE: cv.r2, cv.mae, cv.rmse and their _std.",
      examples: [
        Example(
          "d = frame(x=[1, 2, 3, 4, 10, 11, 12, 13], y=[0, 0, 0, 0, 1, 1, 1, 1])\ncross_validate(knn(k=1), d, target=\"y\", folds=2).accuracy",
          "1.0")
      ]
    ) { args in
      let training = try ModelTraining(args)
      let frame = try args.frame("frame")
      let k = try args.int("folds", atLeast: 2)
      guard k <= frame.rowCount else {
        throw args.error(
          .valueOutOfRange, LearningMessages.tooManyFolds(k, frame.rowCount), at: "folds")
      }
      guard let targetColumn = frame.column(named: training.target) else {
        throw args.error(
          .noColumn, FrameMessages.noColumn(training.target, frame.columnCount), at: "target")
      }
      let (task, note) = try args.learning(
        { () throws(LearningError) in try training.task(frame) }, at: "target")
      if let note { args.run.warnOnce("fit-task-\(training.target)", note) }
      var classes: [Int]? = nil
      if task == .classification {
        classes = try args.learning(
          { () throws(LearningError) in try ClassLabels.encode(targetColumn) }, at: "target"
        ).1
      }
      let group = args.isNull("group") ? nil : try args.string("group")
      let groups = try rowKeys(args, frame, "group")
      let folds = TrainTestSplit.folds(
        count: frame.rowCount, k: k, classes: groups == nil ? classes : nil, groups: groups,
        isShuffled: try args.bool("shuffle"), seed: try args.seed())
      var scores: [[Double]] = []
      for fold in 0..<k {
        let train = frame.gathering(folds.indices.filter { folds[$0] != fold })
        let test = frame.gathering(folds.indices.filter { folds[$0] == fold })
        let model = try args.learning(
          { () throws(LearningError) in try training.fit(train, group: group, task: task) },
          at: "frame")
        if task == .regression {
          let metrics = try RegressionEvaluation(model, test, args, at: "frame").report.metrics
          scores.append([metrics.r2, metrics.meanAbsoluteError, metrics.rootMeanSquaredError])
        } else {
          let metrics = try Evaluation(model, test, args, at: "frame").metrics
          scores.append([metrics.accuracy, metrics.balancedAccuracy, metrics.macro(metrics.f1)])
        }
      }
      let title =
        "\(k)-fold cross-validation of \(training.spec.spec.name)(\(training.spec.settings)) on \(frame.rowCount) rows"
      let names =
        task == .regression
        ? ["r2", "mae", "rmse"] : ["accuracy", "balanced_accuracy", "macro_f1"]
      return .object(CrossValidationValue(title: title, names: names, scores: scores))
    },
    Builtin(
      "feature_importance", area: .learning, summary: "How much each feature matters to a model.",
      parameters: [
        Parameter("model", .model, "A model from fit()."),
        Parameter(
          "permutation", .bool,
          "Measure the accuracy lost when a feature's values are "
            + "shuffled (any model; needs frame).", default: .bool(false)),
        Parameter(
          "frame", .optional(.frame), "Held-out rows with the target, for permutation.",
          default: .null),
        Parameter("repeats", .int, "Shuffles per feature, for permutation.", default: .int(5)),
        Parameter("seed", .int, "Seeds the shuffles.", default: .int(0)),
      ],
      returns: .frame,
      details: "Trees and forests: the impurity decrease each (encoded) feature brings, "
        + "normalised to sum to 1 (sklearn's feature_importances_). Logistic regression: the "
        + "coefficients, one column per class (one column for two classes); they compare "
        + "across features when the features are standardized. permutation=true: sklearn's "
        + "permutation_importance with accuracy, columns importance and std. Regressors: "
        + "trees and forests as above, linear() its coefficients (column coefficient); "
        + "permutation importance scores a regressor by R², as sklearn's.",
      examples: [
        Example(
          "d = frame(a=[1, 2, 3, 4], b=[5, 1, 5, 1], y=[0, 0, 1, 1])\nfeature_importance(fit(tree(), d, target=\"y\")).importance |> list()",
          "[1.0, 0.0]")
      ]
    ) { args in
      let model = try args.model("model")
      if try args.bool("permutation") {
        guard case .object(let value as FrameValue) = args.value("frame") else {
          throw args.error(LearningMessages.permutationNeedsRows, at: "permutation")
        }
        return .frame(try permutationFrame(model, value.frame, args))
      }
      return .frame(try builtInImportance(model, args))
    },
  ]

  static func importanceFrame(_ columns: [Column]) throws -> Frame {
    do throws(Frame.Problem) {
      return try Frame(columns: columns)
    } catch {
      throw RuntimeError(error.code, error.message)
    }
  }

  static func builtInImportance(_ model: ModelValue, _ args: Arguments) throws -> Frame {
    let names = Column(name: "feature", storage: .strings(model.pipeline.outputNames))
    switch model.classifier ?? model.regressor?.0 {
    case let linear as LinearRegression:
      return try importanceFrame([
        names, Column(name: "coefficient", storage: .float(linear.coefficients)),
      ])
    case let tree as DecisionTree:
      return try importanceFrame([
        names, Column(name: "importance", storage: .float(tree.importances)),
      ])
    case let forest as RandomForest:
      return try importanceFrame([
        names, Column(name: "importance", storage: .float(forest.importances)),
      ])
    case let logistic as LogisticRegression:
      let w = logistic.coefficients
      let labels = w.rows == 1 ? ["coefficient"] : model.classes.names
      let columns = labels.enumerated().map { k, label in
        Column(name: label, storage: .float((0..<w.columns).map { w[k, $0] }))
      }
      return try importanceFrame([names] + columns)
    default:
      throw args.error(LearningMessages.noBuiltInImportance(model.spec.spec.name), at: "model")
    }
  }

  static func permutationFrame(_ model: ModelValue, _ frame: Frame, _ args: Arguments) throws
    -> Frame
  {
    guard let column = frame.column(named: model.target) else {
      throw args.error(.noColumn, LearningMessages.noTarget(model.target), at: "frame")
    }
    let (repeats, seed) = (try args.int("repeats", atLeast: 1), try args.seed())
    let means: [Double]
    let stds: [Double]
    if let (regressor, _) = model.regressor {
      let values = Reduce.floats(column) ?? []
      let kept = values.indices.filter { !column.isMissing($0) && values[$0].isFinite }
      let x = try model.matrix(frame.gathering(kept), args, at: "frame")
      (means, stds) = PermutationImportance.compute(
        regressor, x, kept.map { values[$0] }, blocks: model.pipeline.outputRanges,
        repeats: repeats, seed: seed)
    } else if let classifier = model.classifier {
      let ids = model.classes.ids(of: column)
      let kept = ids.indices.filter { ids[$0] >= 0 }
      let x = try model.matrix(frame.gathering(kept), args, at: "frame")
      (means, stds) = PermutationImportance.compute(
        classifier, x, kept.map { ids[$0] }, blocks: model.pipeline.outputRanges,
        repeats: repeats, seed: seed)
    } else {
      return try importanceFrame([])
    }
    return try importanceFrame([
      Column(name: "feature", storage: .strings(model.pipeline.inputNames)),
      Column(name: "importance", storage: .float(means)),
      Column(name: "std", storage: .float(stds)),
    ])
  }
}
