import Foundation
import XCTest

@testable import Tensor

/// Classifiers against scikit-learn on the same explicit splits of iris, wine, breast cancer,
/// digits and penguins (Reference/make_learning_reference.py wrote the numbers).
final class LearningReferenceTests: XCTestCase {
  struct Outcome: Decodable {
    let accuracy: Double
    let predictions: [Int]?
    let coef: [[Double]]?
    let intercept: [Double]?
    let proba: [[Double]]?
  }

  struct Scores: Decodable {
    let confusion: [[Int]]
    let precision: [Double]
    let recall: [Double]
    let f1: [Double]
    let support: [Int]
    let balanced_accuracy: Double
    let report: String
    let auc_macro: Double
    let auc_weighted: Double
  }

  struct Reference: Decodable {
    let X: [[Double]]
    let y: [Int]
    let train: [Int]
    let test: [Int]
    let logistic_tight: Outcome
    let logistic: Outcome
    let naive_bayes: Outcome
    let knn_uniform: Outcome
    let knn_distance: Outcome
    let tree: Outcome
    let random_forest: Outcome
    let mlp: Outcome
    let metrics: Scores
    let cv_unshuffled: [[Int]]
  }

  static let names = ["iris", "wine", "breast_cancer", "digits", "penguins"]

  static func load(_ name: String) throws -> Reference {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/learning/\(name).json")
    return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
  }

  /// Raw and standardized train/test matrices of a reference.
  struct Prepared {
    let rawTrain: Matrix
    let rawTest: Matrix
    let train: Matrix
    let test: Matrix
    let yTrain: [Int]
    let yTest: [Int]
    let classCount: Int
  }

  static func prepare(_ r: Reference) -> Prepared {
    let d = r.X[0].count
    let all = Matrix(rows: r.X.count, columns: d, values: r.X.flatMap { $0 })
    let rawTrain = all.gathering(r.train)
    let rawTest = all.gathering(r.test)
    let scaling = Standardizer.fit(rawTrain)
    func scaled(_ m: Matrix) -> Matrix {
      var out = m
      for row in 0..<m.rows {
        for (j, s) in scaling.enumerated() { out[row, j] = (m[row, j] - s.mean) / s.scale }
      }
      return out
    }
    return Prepared(
      rawTrain: rawTrain, rawTest: rawTest, train: scaled(rawTrain), test: scaled(rawTest),
      yTrain: r.train.map { r.y[$0] }, yTest: r.test.map { r.y[$0] },
      classCount: (r.y.max() ?? 0) + 1)
  }

  static func accuracy(_ predicted: [Int], _ truth: [Int]) -> Double {
    Double(zip(predicted, truth).filter { $0 == $1 }.count) / Double(truth.count)
  }

  func fitted(_ spec: ClassifierSpec, _ p: Prepared, raw: Bool = false) throws -> [Int] {
    let model = try spec.fit(raw ? p.rawTrain : p.train, p.yTrain, classCount: p.classCount)
    return model.predict(raw ? p.rawTest : p.test)
  }

  func testNaiveBayesPredictionsAreSklearns() throws {
    for name in Self.names {
      let r = try Self.load(name)
      let p = Self.prepare(r)
      let predicted = try fitted(.naiveBayes(varSmoothing: 1e-9), p, raw: true)
      XCTAssertEqual(predicted, r.naive_bayes.predictions, name)
    }
  }

  func testNearestNeighbourPredictionsAreSklearns() throws {
    for name in Self.names {
      let r = try Self.load(name)
      let p = Self.prepare(r)
      let uniform = try fitted(.nearestNeighbors(k: 5, isDistanceWeighted: false), p)
      XCTAssertEqual(uniform, r.knn_uniform.predictions, name)
      let distance = try fitted(.nearestNeighbors(k: 5, isDistanceWeighted: true), p)
      XCTAssertEqual(distance, r.knn_distance.predictions, name)
    }
  }

  func testLogisticCoefficientsMatchATightSklearnFit() throws {
    for name in Self.names {
      let r = try Self.load(name)
      let p = Self.prepare(r)
      let options = LogisticRegression.Options(c: 1, maxIterations: 10000, tolerance: 1e-10)
      let model = LogisticRegression(p.train, p.yTrain, classCount: p.classCount, options: options)
      let coef = try XCTUnwrap(r.logistic_tight.coef)
      var largest = 0.0
      for (k, row) in coef.enumerated() {
        for (j, value) in row.enumerated() {
          largest = max(largest, abs(model.coefficients[k, j] - value))
        }
      }
      for (k, value) in (r.logistic_tight.intercept ?? []).enumerated() {
        largest = max(largest, abs(model.intercepts[k] - value))
      }
      XCTAssertLessThan(largest, 1e-4, name)
      let defaults = try fitted(.logistic(.init(maxIterations: 1000)), p)
      XCTAssertEqual(Self.accuracy(defaults, p.yTest), r.logistic.accuracy, accuracy: 0.02, name)
    }
  }

  func testTreeForestAccuracyIsWithinTwoPointsOfSklearn() throws {
    for name in Self.names {
      let r = try Self.load(name)
      let p = Self.prepare(r)
      var treeAccuracy = 0.0
      for seed in 0..<5 {
        var options = DecisionTree.Options()
        options.seed = UInt64(seed)
        treeAccuracy += Self.accuracy(try fitted(.tree(options), p), p.yTest) / 5
      }
      XCTAssertEqual(treeAccuracy, r.tree.accuracy, accuracy: 0.02, "\(name) tree")
      let forest = try fitted(.randomForest(RandomForest.Options()), p)
      XCTAssertEqual(
        Self.accuracy(forest, p.yTest), r.random_forest.accuracy, accuracy: 0.02, "\(name) forest")
    }
  }

  func testMetricsOnSklearnsPredictionsAreSklearns() throws {
    for name in Self.names {
      let r = try Self.load(name)
      let p = Self.prepare(r)
      let predicted = try XCTUnwrap(r.logistic.predictions)
      let metrics = Metrics(truth: p.yTest, predicted: predicted, classCount: p.classCount)
      XCTAssertEqual(metrics.confusion, r.metrics.confusion, name)
      XCTAssertEqual(metrics.precision, r.metrics.precision, name)
      XCTAssertEqual(metrics.recall, r.metrics.recall, name)
      XCTAssertEqual(metrics.support, r.metrics.support, name)
      for (a, b) in zip(metrics.f1, r.metrics.f1) { XCTAssertEqual(a, b, accuracy: 1e-15, name) }
      XCTAssertEqual(metrics.balancedAccuracy, r.metrics.balanced_accuracy, accuracy: 1e-15)
      let names = (0..<p.classCount).map { "c\($0)" }
      XCTAssertEqual(metrics.report(names: names), r.metrics.report, name)
      let proba = try XCTUnwrap(r.logistic.proba)
      let matrix = Matrix(rows: proba.count, columns: p.classCount, values: proba.flatMap { $0 })
      let macro = Metrics.rocAUC(truth: p.yTest, probabilities: matrix, isWeighted: false)
      let weighted = Metrics.rocAUC(truth: p.yTest, probabilities: matrix, isWeighted: true)
      XCTAssertEqual(try XCTUnwrap(macro), r.metrics.auc_macro, accuracy: 1e-12, name)
      XCTAssertEqual(try XCTUnwrap(weighted), r.metrics.auc_weighted, accuracy: 1e-12, name)
    }
  }

  func testNeuralNetworkAccuracyIsWithinTwoPointsOfSklearn() throws {
    for name in Self.names {
      let r = try Self.load(name)
      let p = Self.prepare(r)
      var options = NeuralNetwork.Options()
      options.hiddenLayers = [64]
      options.epochs = 300
      let predicted = try fitted(.neuralNetwork(options), p)
      XCTAssertEqual(Self.accuracy(predicted, p.yTest), r.mlp.accuracy, accuracy: 0.02, name)
    }
  }

  func testUnshuffledStratifiedFoldsAreSklearns() throws {
    for name in Self.names {
      let r = try Self.load(name)
      let folds = TrainTestSplit.folds(
        count: r.y.count, k: 5, classes: r.y, groups: nil, isShuffled: false, seed: 0)
      let tests = (0..<5).map { f in folds.indices.filter { folds[$0] == f } }
      XCTAssertEqual(tests, r.cv_unshuffled, name)
    }
  }
}
