import Interpreter
import Tensor

extension Builtins {
  static let fitting: [Builtin] = [
    Builtin(
      "fit", area: .learning, summary: "Trains a classifier or a regressor on a frame.",
      parameters: [
        Parameter("spec", .modelSpec, "What to train: logistic(), tree(), knn(), …"),
        Parameter("frame", .frame, "The training rows."),
      ] + ModelTraining.parameters + [
        Parameter(
          "group", .optional(.string),
          "A grouping column (station, cruise): evaluate() warns "
            + "when test rows share a group with these rows. It is not a feature.",
          default: .null)
      ],
      returns: .model,
      details: "The task follows the spec's task= or, when absent, the target: a float "
        + "target is a quantity to predict (regression), a bool or string target holds classes "
        + "(its distinct values, sorted), an int target is classes when it has at most 20 "
        + "distinct values and a quantity otherwise (a note says which was chosen). "
        + "linear() only regresses, logistic() and naive_bayes() only classify; a mismatch "
        + "is an error. The preprocessing named here (imputation, one-hot "
        + "encoding, standardization) is fitted on this frame only and stored in the model, "
        + "so predict() and evaluate() apply the same steps to new rows. A training that "
        + "runs longer than a second shows its progress (trees built, epochs and loss) on the "
        + "terminal, or in a notebook as a display that updates in place; nothing is shown "
        + "when standard error is not a terminal.",
      examples: [
        Example(
          "m = fit(naive_bayes(), frame(x=[1.0, 1.2, 3.0, 3.1], y=[\"a\", \"a\", \"b\", \"b\"]), target=\"y\")\nm.classes",
          "[\"a\", \"b\"]")
      ]
    ) { args in
      let training = try ModelTraining(args)
      let frame = try args.frame("frame")
      let group = args.isNull("group") ? nil : try args.string("group")
      let (task, note) = try args.learning(
        { () throws(LearningError) in try training.task(frame) }, at: "target")
      if let note { args.run.warnOnce("fit-task-\(training.target)", note) }
      SplitWarnings.beforeFit(args, frame, target: training.target, task: task)
      return .object(
        try args.learning(
          { () throws(LearningError) in try training.fit(frame, group: group, task: task) },
          at: "frame"))
    },
    Builtin(
      "predict", area: .learning,
      summary: "The class (or value, for a regressor) a model predicts for each row.",
      parameters: modelAndRows,
      returns: .column,
      details: "A classifier gives the class with the highest probability (ties go to the "
        + "first class); a regressor gives a float column in the target's unit. The column is "
        + "named after the target. A feature column in another unit than the model "
        + "was trained in is converted to it (an incompatible unit is an error).",
      examples: [
        Example(
          "m = fit(knn(k=1), frame(x=[1, 2, 10], y=[0, 0, 1]), target=\"y\")\nlist(predict(m, frame(x=[9, 0])))",
          "[1, 0]")
      ]
    ) { args in
      let (model, x) = try modelAndMatrix(args)
      if let (regressor, summary) = model.regressor {
        return .column(
          Column(
            name: model.target, storage: .float(regressor.predictions(x)), unit: summary.unit))
      }
      guard let classifier = model.classifier else { return .null }
      return .column(model.classes.column(named: model.target, ids: classifier.predict(x)))
    },
    Builtin(
      "predict_proba", area: .learning, summary: "Class probabilities for each row, as a frame.",
      parameters: modelAndRows,
      returns: .frame,
      details: "One float column per class, named after the class, in the order of m.classes.",
      examples: [
        Example(
          "m = fit(knn(k=2), frame(x=[1, 2, 10], y=[0, 0, 1]), target=\"y\")\nlist(predict_proba(m, frame(x=[9]))[\"1\"])",
          "[0.5]")
      ]
    ) { args in
      let (model, x) = try modelAndMatrix(args)
      guard let classifier = model.classifier else {
        throw args.error(
          .wrongTask, LearningMessages.regressorHasNoProbabilities, at: "model",
          help: LearningMessages.regressorHasNoProbabilitiesHelp)
      }
      return .frame(try probabilityFrame(model, classifier.probabilities(x)))
    },
  ]

  /// The parameters of predict and predict_proba.
  static let modelAndRows = [
    Parameter("model", .model, "A model from fit()."),
    Parameter(
      "frame", .oneOf([.frame, .signal]),
      "Rows with the model's feature columns; or a signal, when the model was trained on "
        + "frame_features of recordings (its features are then made the same way)."),
  ]

  /// The model and the preprocessed features of the frame, for predict and predict_proba.
  static func modelAndMatrix(_ args: Arguments) throws -> (ModelValue, Matrix) {
    let model = try args.model("model")
    if case .object(let signal as SignalValue) = args.value("frame") {
      // A recording: make its features as the training features were made.
      guard let recipe = model.featureExtraction, let spectrum = recipe["spectrum"],
        let features = recipe["features"]
      else {
        throw args.error(
          LearningMessages.notTrainedOnRecordings, at: "frame",
          help: LearningMessages.notTrainedOnRecordingsHelp)
      }
      let made = try SignalRecipe.replay(
        features, on: try SignalRecipe.replay(spectrum, on: .object(signal), args), args)
      guard case .object(let frame as FrameValue) = made else {
        throw args.error(LearningMessages.recipeGaveNoFrame, at: "frame")
      }
      return (model, try model.matrix(frame.frame, args, at: "frame"))
    }
    let inputs = try ModelUnits.inputs(try args.frame("frame"), model, args)
    return (model, try model.matrix(inputs, args, at: "frame"))
  }

  /// A frame with one column of probabilities per class.
  static func probabilityFrame(_ model: ModelValue, _ p: Matrix) throws -> Frame {
    let columns = model.classes.names.enumerated().map { c, name in
      Column(name: name, storage: .float((0..<p.rows).map { p[$0, c] }))
    }
    do throws(Frame.Problem) {
      return try Frame(columns: columns)
    } catch {
      throw RuntimeError(error.code, error.message)
    }
  }
}
