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
          "task=\"regression\" needs a numeric target; '\(target)' is \(column.type.rawValue)",
          at: "target")
      }
      return (task, nil)
    }
    switch column.type {
    case .float:
      guard spec.spec.canRegress else {
        throw LearningError(
          "the target '\(target)' holds floats (a quantity) and \(name)() is a classifier: "
            + "use linear(), tree(), random_forest(), knn() or mlp() to predict it, or bin it "
            + "into classes first", at: "target")
      }
      return (.regression, nil)
    case .int:
      if !spec.spec.canRegress { return (.classification, nil) }
      if !spec.spec.canClassify { return (.regression, nil) }
      let (_, counts) = GroupIds.distinct(column)
      if counts.count <= fewValues {
        return (
          .classification,
          "the target '\(target)' holds ints with \(counts.count) distinct values: "
            + "\(name)() learns them as classes; pass \(name)(task=\"regression\") to "
            + "predict a quantity"
        )
      }
      return (
        .regression,
        "the target '\(target)' holds ints with \(counts.count) distinct values: "
          + "\(name)() predicts it as a quantity (regression); pass "
          + "\(name)(task=\"classification\") to learn each value as a class"
      )
    default:
      guard spec.spec.canClassify else {
        throw LearningError(
          "\(name)() predicts a quantity and the target '\(target)' is "
            + "\(column.type.rawValue): use logistic(), tree(), random_forest(), knn(), "
            + "naive_bayes() or mlp() to learn classes", at: "target")
      }
      return (.classification, nil)
    }
  }

  /// The numeric target's values; missing values are an error.
  static func values(_ column: Column) throws(LearningError) -> [Double] {
    guard column.missingCount == 0 else {
      throw LearningError(
        "the target column '\(column.name)' has \(column.missingCount) missing values",
        at: "target")
    }
    switch column.storage {
    case .float(let values): return values
    case .int(let values): return values.map(Double.init)
    default:
      throw LearningError(
        "the target column '\(column.name)' is \(column.type.rawValue); regression needs "
          + "numbers", at: "target")
    }
  }
}
