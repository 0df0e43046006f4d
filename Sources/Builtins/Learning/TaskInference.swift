import Interpreter
import Tensor

/// Which task a fit learns: the spec's `task=` when given, otherwise inferred from the target
/// column, as a new user would expect (a float is a quantity; an int with few values is a
/// class label, with many a quantity; bools and strings are classes). Mismatches between the
/// spec and the target are errors that say what to use instead.
enum TaskInference {
  /// An int target with at most this many distinct values is taken as classes.
  static let fewValues = 20

  /// The task, and a note worth printing when it was inferred from an int column.
  static func task(_ spec: ModelSpecValue, _ column: Column) throws(LearningError) -> (
    LearningTask, note: String?
  ) {
    let name = spec.spec.name
    let target = column.name
    let isNumeric = column.type == .int || column.type == .float
    if let task = spec.task {
      if task == .regression && !isNumeric {
        throw LearningError(
          LearningMessages.regressionNeedsNumbers(target, column.type), at: "target")
      }
      return (task, nil)
    }
    switch column.type {
    case .float:
      guard spec.spec.canRegress else {
        throw LearningError(LearningMessages.floatTargetForClassifier(target, name), at: "target")
      }
      return (.regression, nil)
    case .int:
      if !spec.spec.canRegress { return (.classification, nil) }
      if !spec.spec.canClassify { return (.regression, nil) }
      let (_, counts) = GroupIds.distinct(column)
      if counts.count <= fewValues {
        return (.classification, LearningMessages.intsAsClasses(target, counts.count, name))
      }
      return (.regression, LearningMessages.intsAsQuantity(target, counts.count, name))
    default:
      guard spec.spec.canClassify else {
        throw LearningError(
          LearningMessages.classTargetForRegressor(name, target, column.type), at: "target")
      }
      return (.classification, nil)
    }
  }

  /// The numeric target's values; missing values are an error.
  static func values(_ column: Column) throws(LearningError) -> [Double] {
    guard column.missingCount == 0 else {
      throw LearningError(
        LearningMessages.targetMissing(column.name, column.missingCount), at: "target")
    }
    switch column.storage {
    case .float(let values): return values
    case .int(let values): return values.map(Double.init)
    default:
      throw LearningError(
        LearningMessages.regressionTargetNotNumbers(column.name, column.type), at: "target")
    }
  }
}
