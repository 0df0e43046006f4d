import Foundation
import Interpreter
import Tensor

/// A trained classifier with the preprocessing fitted on its training frame.
final class ModelValue: ObjectValue {
  let spec: ModelSpecValue
  let pipeline: FeaturePipeline
  let classes: ClassLabels
  let target: String
  let classifier: any Classifier
  /// Training rows per class.
  let trainingCounts: [Int]
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
    spec: ModelSpecValue, pipeline: FeaturePipeline, classes: ClassLabels, target: String,
    classifier: any Classifier, trainingCounts: [Int], seconds: Double, units: [String: String],
    scaling: FeaturePipeline.Scaling?, group: (name: String, values: Set<String>)?
  ) {
    self.spec = spec
    self.pipeline = pipeline
    self.classes = classes
    self.target = target
    self.classifier = classifier
    self.trainingCounts = trainingCounts
    self.seconds = seconds
    self.units = units
    self.scaling = scaling
    self.group = group
  }

  var typeName: String { "model" }
  var trainingRows: Int { trainingCounts.reduce(0, +) }
  var shortDescription: String { "<\(spec.spec.name) model, \(classes.count) classes>" }

  func display(width: Int) -> String {
    let features = pipeline.inputNames.map { name in units[name].map { "\(name) [\($0)]" } ?? name }
    return """
      \(spec.spec.name) model (\(spec.settings))
        target:   \(target), \(classes.count) classes: \(classes.names.joined(separator: ", "))
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
    case "classes": return .list(ListObject(classes.names.map { .string($0) }))
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
    ["classes", "features", "target", "rows", "seconds", "kind", "iterations"]
  }

  /// L-BFGS iterations (logistic) or epochs (mlp) the training ran, as sklearn's n_iter_.
  var iterations: Int? {
    switch classifier {
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
      throw args.error(error.message, at: parameter)
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
      throw self.error(error.message, at: named ?? fallback)
    }
  }
}
