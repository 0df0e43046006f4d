/// A fitted regressor: one predicted value for each row of a feature matrix.
public protocol Regressor: Sendable {
  /// The predicted value of each row.
  func predictions(_ x: Matrix) -> [Double]
}

/// What a model learns: classes (classification) or a quantity (regression).
public enum LearningTask: String, Sendable, CaseIterable {
  case classification, regression
}

extension DecisionTree: Regressor {
  /// The mean target of the leaf each row falls in (a regression tree has one value a node).
  public func predictions(_ x: Matrix) -> [Double] { probabilities(x).values }
}

extension RandomForest: Regressor {
  /// The mean of the trees' predictions, in tree order.
  public func predictions(_ x: Matrix) -> [Double] { probabilities(x).values }
}
