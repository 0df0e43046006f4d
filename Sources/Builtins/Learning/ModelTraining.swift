import Foundation
import Interpreter
import Tensor

/// How `fit` and `cross_validate` train: the settings they share, read from the arguments.
struct ModelTraining {
  let spec: ModelSpecValue
  let target: String
  let features: [String]?
  let scaling: FeaturePipeline.Scaling?
  let impute: FeaturePipeline.Imputation?
  let encode: Bool
  /// A notebook's progress display, when the run has one.
  let display: (any ProgressDisplay)?

  /// The parameters both builtins declare after the frame.
  static let parameters: [Parameter] = [
    Parameter(
      "target", .string,
      "The column to predict: classes (int, bool or string) or a quantity (float, or int with "
        + "many values)."),
    Parameter(
      "features", .optional(.listOf(.string)), "The feature columns; nil for every other column.",
      default: .null),
    Parameter(
      "standardize", .bool,
      "Scale each feature to mean 0, std 1 (population std, fitted on "
        + "the training rows).", default: .bool(false)),
    Parameter(
      "minmax", .bool, "Scale each feature to the range 0 to 1 of the training rows.",
      default: .bool(false)),
    Parameter(
      "impute", .optional(.choice(["mean", "median", "most_frequent"])),
      "Fill missing feature values from the training rows; nil makes them an error.",
      default: .null),
    Parameter("encode", .bool, "One-hot encode string features.", default: .bool(true)),
  ]

  init(_ args: Arguments, spec: String = "spec") throws {
    self.spec = try args.modelSpec(spec)
    display = args.run.progressDisplay
    target = try args.string("target")
    features =
      args.isNull("features")
      ? nil
      : try args.strings("features")
    let (standardize, minmax) = (try args.bool("standardize"), try args.bool("minmax"))
    if standardize && minmax {
      throw args.error(LearningMessages.twoScalings, at: "minmax")
    }
    scaling = standardize ? .standard : (minmax ? .minmax : nil)
    impute =
      args.isNull("impute")
      ? nil : FeaturePipeline.Imputation(rawValue: try args.string("impute"))
    encode = try args.bool("encode")
  }

  /// The task of a fit on `frame`, and a note worth printing about how it was inferred.
  func task(_ frame: Frame) throws(LearningError) -> (LearningTask, note: String?) {
    guard let column = frame.column(named: target) else {
      throw LearningError(LearningMessages.noColumn(target), at: "target")
    }
    return try TaskInference.task(spec, column)
  }

  /// Fits on `frame` for `task`; `group` names a column whose training values the model
  /// remembers.
  func fit(_ frame: Frame, group: String? = nil, task: LearningTask) throws(LearningError)
    -> ModelValue
  {
    guard let targetColumn = frame.column(named: target) else {
      throw LearningError(LearningMessages.noColumn(target), at: "target")
    }
    let names = features ?? frame.names.filter { $0 != target && $0 != group }
    if names.contains(target) {
      throw LearningError(LearningMessages.targetIsFeature(target), at: "features")
    }
    let start = Date()
    let (pipeline, matrix) = try FeaturePipeline.fit(
      frame, features: names, scaling: scaling, impute: impute, encode: encode)
    let terminal = TerminalProgress.make(display: display)
    defer { terminal?.0.finish() }
    let learned: Learned
    switch task {
    case .classification:
      let (classes, ids) = try ClassLabels.encode(targetColumn)
      let classifier = try spec.spec.fit(
        matrix, ids, classCount: classes.count, progress: terminal?.1)
      var counts = [Int](repeating: 0, count: classes.count)
      for id in ids { counts[id] += 1 }
      learned = .classes(classifier, classes, counts: counts)
    case .regression:
      let y = try TaskInference.values(targetColumn)
      let regressor = try spec.spec.fitRegression(matrix, y, progress: terminal?.1)
      let mean = y.reduce(0, +) / Double(max(y.count, 1))
      learned = .quantity(
        regressor, TargetSummary(rows: y.count, mean: mean, unit: targetColumn.unit))
    }
    var units: [String: String] = [:]
    for name in names { units[name] = frame.column(named: name)?.unit }
    let model = ModelValue(
      spec: spec, pipeline: pipeline, learned: learned, target: target,
      seconds: Date().timeIntervalSince(start), units: units, scaling: scaling,
      group: try group.map { name throws(LearningError) in (name, try Self.groupValues(frame, name))
      })
    model.featureExtraction = frame.metadata.last { $0.key == "feature_extraction" }
      .flatMap { try? JSON.parse($0.value) }
    return model
  }

  /// The distinct values of a grouping column, as text.
  static func groupValues(_ frame: Frame, _ name: String) throws(LearningError) -> Set<String> {
    guard let column = frame.column(named: name) else {
      throw LearningError(LearningMessages.noColumn(name), at: "group")
    }
    return Set(texts(column).compactMap { $0 })
  }

  /// Each row's value as text (nil when missing), to compare groups across frames.
  static func texts(_ column: Column) -> [String?] {
    let values: [String]
    switch column.storage {
    case .string(let codes, let dictionary): values = codes.map { dictionary[Int($0)] }
    case .int(let ints): values = ints.map(String.init)
    case .float(let floats): values = floats.map { String($0) }
    case .bool(let flags): values = flags.map(String.init)
    case .time(let times): values = times.map(String.init)
    }
    return values.enumerated().map { column.isMissing($0.offset) ? nil : $0.element }
  }
}
