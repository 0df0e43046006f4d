import Foundation
import Interpreter
import Tensor

/// What `cross_validate` returns: scores per fold and their mean ± std (population std, as
/// numpy's default).
final class CrossValidationValue: ObjectValue {
  let title: String
  /// Per fold: accuracy, balanced accuracy, macro F1.
  let scores: [(accuracy: Double, balanced: Double, macroF1: Double)]

  init(title: String, scores: [(Double, Double, Double)]) {
    self.title = title
    self.scores = scores
  }

  var typeName: String { "cross-validation" }
  var shortDescription: String { "<cross-validation, \(scores.count) folds>" }

  static func meanAndStd(_ values: [Double]) -> (Double, Double) {
    let mean = values.reduce(0, +) / Double(max(values.count, 1))
    let variance =
      values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(values.count, 1))
    return (mean, variance.squareRoot())
  }

  var columns: [(String, [Double])] {
    [
      ("accuracy", scores.map(\.accuracy)), ("balanced_accuracy", scores.map(\.balanced)),
      ("macro_f1", scores.map(\.macroF1)),
    ]
  }

  func display(width: Int) -> String {
    var text = title + "\nfold  accuracy  balanced_accuracy  macro_f1\n"
    for (i, s) in scores.enumerated() {
      text += String(format: "%4d  %8.3f  %17.3f  %8.3f\n", i, s.accuracy, s.balanced, s.macroF1)
    }
    let parts = columns.map { name, values in
      let (mean, std) = Self.meanAndStd(values)
      return
        "\(name.replacingOccurrences(of: "_", with: " ")) \(String(format: "%.3f ± %.3f", mean, std))"
    }
    return text + "mean ± std: " + parts.joined(separator: ", ")
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    if name == "folds" {
      let frameColumns =
        [Column(name: "fold", storage: .int(Array(scores.indices)))]
        + columns.map { Column(name: $0.0, storage: .float($0.1)) }
      return (try? Frame(columns: frameColumns)).map { .object(FrameValue($0)) }
    }
    for (column, values) in columns {
      if name == column { return .float(Self.meanAndStd(values).0) }
      if name == column + "_std" { return .float(Self.meanAndStd(values).1) }
    }
    return nil
  }

  var memberNames: [String] {
    ["folds"] + columns.flatMap { [$0.0, $0.0 + "_std"] }
  }
}
