import Foundation
import Interpreter
import Tensor

/// What `cross_validate` returns: scores per fold and their mean ± std (population std, as
/// numpy's default).
final class CrossValidationValue: ObjectValue {
  let title: String
  /// The scores' names: accuracy, balanced_accuracy and macro_f1 for a classifier; r2, mae
  /// and rmse for a regressor.
  let names: [String]
  /// Per fold, one value per name.
  let scores: [[Double]]

  init(title: String, names: [String], scores: [[Double]]) {
    self.title = title
    self.names = names
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
    names.indices.map { k in (names[k], scores.map { $0[k] }) }
  }

  func display(width: Int) -> String {
    let widths = names.map { max($0.count, 8) }
    var text = title + "\nfold"
    for (name, width) in zip(names, widths) {
      text += "  " + String(repeating: " ", count: width - name.count) + name
    }
    text += "\n"
    for (i, fold) in scores.enumerated() {
      text += String(format: "%4d", i)
      for (value, width) in zip(fold, widths) { text += String(format: "  %\(width).3f", value) }
      text += "\n"
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
