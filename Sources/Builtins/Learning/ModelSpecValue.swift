import Interpreter
import Tensor

/// A model to train, with its hyper-parameters: what `logistic()`, `tree()`, `linear()` and
/// the other model builtins return and `fit` and `cross_validate` take. `task` is the task the
/// spec was told (`task="regression"`); nil lets fit infer it from the target column.
final class ModelSpecValue: ObjectValue {
  let spec: ClassifierSpec
  /// The hyper-parameters as written, e.g. `C=1, max_iter=100, tol=0.0001`.
  let settings: String
  let task: LearningTask?

  init(_ spec: ClassifierSpec, settings: [(String, String)], task: LearningTask? = nil) {
    self.spec = spec
    self.task = task
    let all = settings + (task.map { [("task", "\"\($0.rawValue)\"")] } ?? [])
    self.settings = all.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
  }

  /// A spec with its settings text as a model file saved it.
  init(_ spec: ClassifierSpec, savedSettings: String, task: LearningTask? = nil) {
    self.spec = spec
    self.settings = savedSettings
    self.task = task
  }

  var typeName: String { "model spec" }
  var shortDescription: String { "<\(spec.name)(\(settings))>" }
  func display(width: Int) -> String {
    "\(spec.name)(\(settings)) — untrained; fit(spec, frame, target=…)"
  }
}

extension Arguments {
  /// The model spec bound to a parameter.
  func modelSpec(_ name: String) throws -> ModelSpecValue {
    try object(name, ModelSpecValue.self)
  }

  /// The `task` parameter of a model builtin: nil when not given.
  func task() throws -> LearningTask? {
    isNull("task") ? nil : LearningTask(rawValue: try string("task"))
  }

  /// An int parameter that must be at least `minimum`.
  func int(_ name: String, atLeast minimum: Int) throws -> Int {
    try int(name, in: minimum...Int.max)
  }

  /// A positive float parameter.
  func positive(_ name: String) throws -> Double {
    let value = try double(name)
    guard value > 0, value.isFinite else {
      throw error(.valueOutOfRange, LearningMessages.notPositive(name), at: name)
    }
    return value
  }

  /// A seed parameter as the generator's 64 bits.
  func seed(_ name: String = "seed") throws -> UInt64 {
    UInt64(bitPattern: Int64(try int(name)))
  }
}
