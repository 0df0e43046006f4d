import Foundation
import Interpreter
import Lang
import Tensor

/// What a model learned: a classifier with its classes and training rows per class, or a
/// regressor with a summary of its training target.
enum Learned {
  case classes(any Classifier, ClassLabels, counts: [Int])
  case quantity(any Regressor, TargetSummary)
}

/// A regression target's training rows, mean (the baseline prediction) and unit.
struct TargetSummary {
  let rows: Int
  let mean: Double
  let unit: String?
}

/// A trained classifier or regressor with the preprocessing fitted on its training frame.
final class ModelValue: ObjectValue {
  let spec: ModelSpecValue
  let pipeline: FeaturePipeline
  let learned: Learned
  let target: String
  let seconds: Double
  /// Units of the input features, by name.
  let units: [String: String]
  let scaling: FeaturePipeline.Scaling?
  /// The grouping column and the groups of the training rows, for the leakage warning.
  let group: (name: String, values: Set<String>)?
  /// How the training features were made from recordings ({spectrum, features} recipes),
  /// when they came from frame_features: predict repeats it on a new signal.
  var featureExtraction: JSON?

  init(
    spec: ModelSpecValue, pipeline: FeaturePipeline, learned: Learned, target: String,
    seconds: Double, units: [String: String],
    scaling: FeaturePipeline.Scaling?, group: (name: String, values: Set<String>)?
  ) {
    self.spec = spec
    self.pipeline = pipeline
    self.learned = learned
    self.target = target
    self.seconds = seconds
    self.units = units
    self.scaling = scaling
    self.group = group
  }

  /// The classifier, when the model predicts classes.
  var classifier: (any Classifier)? {
    if case .classes(let classifier, _, _) = learned { return classifier }
    return nil
  }

  /// The regressor and its target summary, when the model predicts a quantity.
  var regressor: (any Regressor, TargetSummary)? {
    if case .quantity(let regressor, let summary) = learned { return (regressor, summary) }
    return nil
  }

  var task: LearningTask { classifier == nil ? .regression : .classification }

  /// The classes (none for a regressor).
  var classes: ClassLabels {
    if case .classes(_, let classes, _) = learned { return classes }
    return .string([])
  }

  /// Training rows per class (none for a regressor).
  var trainingCounts: [Int] {
    if case .classes(_, _, let counts) = learned { return counts }
    return []
  }

  var typeName: String { "model" }
  var trainingRows: Int { regressor?.1.rows ?? trainingCounts.reduce(0, +) }
  var shortDescription: String {
    task == .regression
      ? "<\(spec.spec.name) regression model>"
      : "<\(spec.spec.name) model, \(classes.count) classes>"
  }

  var targetLine: String {
    guard let (_, summary) = regressor else {
      return "\(target), \(classes.count) classes: \(classes.names.joined(separator: ", "))"
    }
    let unit = summary.unit.map { " [\($0)]" } ?? ""
    return "\(target)\(unit), a quantity (regression; training mean "
      + "\(RegressionReportValue.amount(summary.mean)))"
  }

  func display(width: Int) -> String {
    let features = pipeline.inputNames.map { name in units[name].map { "\(name) [\($0)]" } ?? name }
    return """
      \(spec.spec.name) model (\(spec.settings))
        target:   \(targetLine)
        features: \(features.joined(separator: ", "))\(scalingNote)
        trained on \(trainingRows) rows in \(String(format: "%.3f", seconds)) s
      """
  }

  var scalingNote: String {
    switch scaling {
    case .standard: return " (standardized)"
    case .minmax: return " (scaled to 0–1)"
    case nil: return ""
    }
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "classes":
      return task == .regression ? .null : .list(ListObject(classes.names.map { .string($0) }))
    case "task": return .string(task.rawValue)
    case "features": return .list(ListObject(pipeline.inputNames.map { .string($0) }))
    case "target": return .string(target)
    case "rows": return .int(trainingRows)
    case "seconds": return .float(seconds)
    case "kind": return .string(spec.spec.name)
    case "iterations": return iterations.map { .int($0) } ?? .null
    default: return nil
    }
  }

  var memberNames: [String] {
    ["classes", "features", "target", "rows", "seconds", "kind", "iterations", "task"]
  }

  /// L-BFGS iterations (logistic) or epochs (mlp) the training ran, as sklearn's n_iter_.
  var iterations: Int? {
    switch classifier ?? regressor?.0 {
    case let logistic as LogisticRegression: return logistic.iterations
    case let network as NeuralNetwork: return network.epochsRun
    default: return nil
    }
  }

  /// The features of `frame` as the model's matrix.
  func matrix(_ frame: Frame, _ args: Arguments, at parameter: String) throws -> Matrix {
    do throws(LearningError) {
      return try pipeline.transform(frame)
    } catch {
      throw args.error(error.message, at: parameter).coded(error.kind.code)
    }
  }
}

extension Arguments {
  /// The trained model bound to a parameter.
  func model(_ name: String) throws -> ModelValue {
    try object(name, ModelValue.self)
  }

  /// Runs a learning step, reporting its problems at the argument they name.
  func learning<T>(_ body: () throws(LearningError) -> T, at fallback: String) throws -> T {
    do throws(LearningError) {
      return try body()
    } catch {
      let named = error.parameter.flatMap { name in
        builtin.parameters.contains { $0.name == name } ? name : nil
      }
      throw self.error(error.message, at: named ?? fallback).coded(error.kind.code)
    }
  }
}

extension LearningError.Kind {
  /// The error id of the kind; nil leaves the learning area's own.
  var code: ErrorCode? {
    switch self {
    case .invalid: return nil
    case .noColumn: return .noColumn
    case .tooLarge: return .outOfMemory
    }
  }
}
