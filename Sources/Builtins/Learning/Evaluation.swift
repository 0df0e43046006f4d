import Interpreter
import Tensor

/// Scores a model on rows with known classes, and the warnings worth printing about them.
struct Evaluation {
  let metrics: Metrics
  let report: ReportValue
  let warnings: [String]

  init(_ model: ModelValue, _ frame: Frame, _ args: Arguments, at parameter: String) throws {
    guard let classifier = model.classifier else {
      throw args.error(.wrongTask, LearningMessages.regressorHasNoClasses, at: "model")
    }
    guard let column = frame.column(named: model.target) else {
      throw args.error(.noColumn, LearningMessages.noTargetToCompare(model.target), at: parameter)
    }
    var warnings: [String] = []
    let allIds = model.classes.ids(of: column)
    let kept = allIds.indices.filter { allIds[$0] >= 0 }
    if kept.count < allIds.count {
      warnings.append(LearningMessages.unseenClasses(allIds.count - kept.count))
    }
    guard !kept.isEmpty else { throw args.error(LearningMessages.noRowsToEvaluate, at: parameter) }
    let rows = kept.count == allIds.count ? frame : frame.gathering(kept)
    let truth = kept.map { allIds[$0] }
    let x = try model.matrix(rows, args, at: parameter)
    let probabilities = classifier.probabilities(x)
    let predicted = classifier.predict(x)
    metrics = Metrics(truth: truth, predicted: predicted, classCount: model.classes.count)
    var auc: (Double, Double)? = nil
    if let macro = Metrics.rocAUC(truth: truth, probabilities: probabilities, isWeighted: false),
      let weighted = Metrics.rocAUC(truth: truth, probabilities: probabilities, isWeighted: true)
    {
      auc = (macro, weighted)
    }
    report = ReportValue(
      metrics: metrics, names: model.classes.names,
      baseline: metrics.baseline(trainingCounts: model.trainingCounts), auc: auc)
    warnings += Evaluation.classWarnings(model, metrics)
    if let leak = Evaluation.groupWarning(model, frame) { warnings.append(leak) }
    self.warnings = warnings
  }

  static func classWarnings(_ model: ModelValue, _ metrics: Metrics) -> [String] {
    var warnings: [String] = []
    let names = model.classes.names
    let missing = names.indices.filter { metrics.support[$0] == 0 }.map { names[$0] }
    if !missing.isEmpty {
      warnings.append(LearningMessages.classWithoutTestRows(missing))
    }
    let counts = model.trainingCounts
    if let most = counts.indices.max(by: { counts[$0] < counts[$1] }),
      let least = counts.indices.min(by: { counts[$0] < counts[$1] }),
      counts[least] * 10 <= counts[most]
    {
      warnings.append(
        LearningMessages.imbalancedClasses(
          (names[most], counts[most]), (names[least], counts[least])))
    }
    return warnings
  }

  static func groupWarning(_ model: ModelValue, _ frame: Frame) -> String? {
    guard let group = model.group, let column = frame.column(named: group.name) else {
      return nil
    }
    let shared = Set(ModelTraining.texts(column).compactMap { $0 }).intersection(group.values)
    guard let example = shared.sorted().first else { return nil }
    return LearningMessages.groupsOnBothSides(group.name, shared.count, example)
  }
}
