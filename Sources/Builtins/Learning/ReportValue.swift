import Foundation
import Interpreter
import Tensor

/// What `evaluate` returns: sklearn's classification report with accuracy, balanced accuracy,
/// the majority-class baseline, ROC AUC and the labelled confusion matrix; each is a field.
final class ReportValue: ObjectValue {
  let metrics: Metrics
  let names: [String]
  let baseline: Double
  /// One-vs-rest ROC AUC, macro and weighted; nil without probabilities or with a class
  /// missing from the test rows.
  let auc: (macro: Double, weighted: Double)?

  init(metrics: Metrics, names: [String], baseline: Double, auc: (Double, Double)?) {
    self.metrics = metrics
    self.names = names
    self.baseline = baseline
    self.auc = auc
  }

  var typeName: String { "report" }
  var shortDescription: String {
    "<report accuracy \(String(format: "%.3f", metrics.accuracy)) on \(metrics.total) rows>"
  }

  func display(width: Int) -> String {
    var text = metrics.report(names: names) + "\n"
    text += "balanced accuracy  \(String(format: "%.3f", metrics.balancedAccuracy))\n"
    text += "majority baseline  \(String(format: "%.3f", baseline))\n"
    if let auc {
      let label = names.count == 2 ? "ROC AUC" : "ROC AUC (one-vs-rest, macro)"
      text += "\(label)  \(String(format: "%.3f", auc.macro))\n"
    }
    text += "\nconfusion matrix (rows: true class, columns: predicted)\n"
    if let frame = confusionFrame { text += FrameDisplay.frame(frame, width: width) }
    return String(text.hasSuffix("\n") ? text.dropLast() : text[...])
  }

  /// The confusion matrix as a frame: a `true` column of class names, then one int column per
  /// predicted class.
  var confusionFrame: Frame? {
    let counts = names.indices.map { p in
      Column(name: names[p], storage: .int(metrics.confusion.map { $0[p] }))
    }
    return try? Frame(columns: [Column(name: "true", storage: .strings(names))] + counts)
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "accuracy": return .float(metrics.accuracy)
    case "balanced_accuracy": return .float(metrics.balancedAccuracy)
    case "baseline": return .float(baseline)
    case "auc": return auc.map { .float($0.macro) } ?? .null
    case "auc_weighted": return auc.map { .float($0.weighted) } ?? .null
    case "confusion": return confusionFrame.map { .object(FrameValue($0)) } ?? .null
    case "macro_f1": return .float(metrics.macro(metrics.f1))
    case "weighted_f1": return .float(metrics.weighted(metrics.f1))
    case "rows": return .int(metrics.total)
    case "classes": return perClassFrame.map { .object(FrameValue($0)) } ?? .null
    default: return nil
    }
  }

  var memberNames: [String] {
    [
      "accuracy", "balanced_accuracy", "baseline", "auc", "auc_weighted", "confusion",
      "macro_f1", "weighted_f1", "rows", "classes",
    ]
  }

  /// Precision, recall, F1 and support per class, as a frame.
  var perClassFrame: Frame? {
    let columns = [
      Column(name: "class", storage: .strings(names)),
      Column(name: "precision", storage: .float(metrics.precision)),
      Column(name: "recall", storage: .float(metrics.recall)),
      Column(name: "f1", storage: .float(metrics.f1)),
      Column(name: "support", storage: .int(metrics.support)),
    ]
    return try? Frame(columns: columns)
  }
}
