import Foundation

/// Classification metrics as sklearn.metrics computes them, over class ids 0..<classCount:
/// the confusion matrix (rows = truth, columns = prediction), per-class precision, recall and
/// F1 from counts (0 where undefined, as `zero_division=0`), their macro and weighted means,
/// accuracy, balanced accuracy and one-vs-rest ROC AUC.
public struct Metrics: Sendable {
  public let classCount: Int
  /// confusion[t][p]: rows with true class t predicted as p.
  public let confusion: [[Int]]
  public let precision: [Double]
  public let recall: [Double]
  public let f1: [Double]
  public let support: [Int]
  /// Classes that occur in the truth or the predictions (sklearn's labels for averages).
  public let present: [Int]

  public init(truth: [Int], predicted: [Int], classCount: Int) {
    self.classCount = classCount
    var confusion = [[Int]](repeating: [Int](repeating: 0, count: classCount), count: classCount)
    for (t, p) in zip(truth, predicted) { confusion[t][p] += 1 }
    self.confusion = confusion
    let columnSums = (0..<classCount).map { p in confusion.reduce(0) { $0 + $1[p] } }
    support = confusion.map { $0.reduce(0, +) }
    let tp = (0..<classCount).map { confusion[$0][$0] }
    precision = (0..<classCount).map { Metrics.ratio(tp[$0], columnSums[$0]) }
    recall = (0..<classCount).map { [support] in Metrics.ratio(tp[$0], support[$0]) }
    f1 = (0..<classCount).map { [support] in
      Metrics.ratio(2 * tp[$0], 2 * tp[$0] + (columnSums[$0] - tp[$0]) + (support[$0] - tp[$0]))
    }
    present = (0..<classCount).filter { [support] in support[$0] > 0 || columnSums[$0] > 0 }
  }

  static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

  public var total: Int { support.reduce(0, +) }

  public var accuracy: Double {
    Metrics.ratio((0..<classCount).reduce(0) { $0 + confusion[$1][$1] }, total)
  }

  /// The mean recall over classes present in the truth.
  public var balancedAccuracy: Double {
    let classes = (0..<classCount).filter { support[$0] > 0 }
    return classes.reduce(0) { $0 + recall[$1] } / Double(max(classes.count, 1))
  }

  /// The accuracy of always predicting the most frequent class of `trainingCounts`.
  public func baseline(trainingCounts: [Int]) -> Double {
    let majority = trainingCounts.indices.max { trainingCounts[$0] < trainingCounts[$1] } ?? 0
    return Metrics.ratio(majority < classCount ? support[majority] : 0, total)
  }

  public func macro(_ values: [Double]) -> Double {
    present.reduce(0) { $0 + values[$1] } / Double(max(present.count, 1))
  }

  public func weighted(_ values: [Double]) -> Double {
    Double(present.reduce(0) { $0 + values[$1] * Double(support[$1]) }) / Double(max(total, 1))
  }

  /// One-vs-rest ROC AUC (binary: of class 1's scores) as roc_auc_score; `isWeighted` weights
  /// classes by prevalence. nil when a class has no positive or no negative rows.
  public static func rocAUC(truth: [Int], probabilities: Matrix, isWeighted: Bool) -> Double? {
    let k = probabilities.columns
    if k == 2 {
      return binaryAUC(
        (0..<truth.count).map { truth[$0] == 1 }, (0..<truth.count).map { probabilities[$0, 1] })
    }
    var sum = 0.0
    var weights = 0.0
    for c in 0..<k {
      let positives = truth.map { $0 == c }
      guard let auc = binaryAUC(positives, (0..<truth.count).map { probabilities[$0, c] }) else {
        return nil
      }
      let weight = isWeighted ? Double(positives.filter { $0 }.count) : 1
      sum += auc * weight
      weights += weight
    }
    return sum / weights
  }

  /// The Mann–Whitney statistic: the chance a positive outscores a negative, ties counting ½.
  static func binaryAUC(_ positive: [Bool], _ scores: [Double]) -> Double? {
    let order = scores.indices.sorted { scores[$0] < scores[$1] }
    let positives = positive.filter { $0 }.count
    let negatives = positive.count - positives
    guard positives > 0, negatives > 0 else { return nil }
    var rankSum = 0.0
    var i = 0
    while i < order.count {
      var j = i
      while j + 1 < order.count, scores[order[j + 1]] == scores[order[i]] { j += 1 }
      let midRank = Double(i + j) / 2 + 1
      for position in i...j where positive[order[position]] { rankSum += midRank }
      i = j + 1
    }
    let u = rankSum - Double(positives) * Double(positives + 1) / 2
    return u / (Double(positives) * Double(negatives))
  }

  /// sklearn's classification_report text (digits = 2) for the present classes.
  public func report(names: [String]) -> String {
    let rows = present.map { (names[$0], precision[$0], recall[$0], f1[$0], support[$0]) }
    let width = max(rows.map(\.0.count).max() ?? 0, "weighted avg".count, 2)
    func pad(_ text: String, _ size: Int) -> String {
      String(repeating: " ", count: max(0, size - text.count)) + text
    }
    func number(_ x: Double) -> String { pad(String(format: "%.2f", x), 9) }
    var text =
      pad("", width) + " "
      + ["precision", "recall", "f1-score", "support"]
      .map { " " + pad($0, 9) }.joined() + "\n\n"
    for row in rows {
      text +=
        pad(row.0, width) + " " + " " + number(row.1) + " " + number(row.2) + " "
        + number(row.3) + " " + pad(String(row.4), 9) + "\n"
    }
    text += "\n"
    text +=
      pad("accuracy", width) + " " + " " + pad("", 9) + " " + pad("", 9) + " "
      + number(accuracy) + " " + pad(String(total), 9) + "\n"
    for (label, average) in [("macro avg", macro), ("weighted avg", weighted)] {
      text +=
        pad(label, width) + " " + " " + number(average(precision)) + " "
        + number(average(recall)) + " " + number(average(f1)) + " " + pad(String(total), 9) + "\n"
    }
    return text
  }
}
