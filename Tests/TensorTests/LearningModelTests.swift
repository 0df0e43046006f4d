import XCTest

@testable import Tensor

/// Model behaviours the sklearn comparisons do not cover: determinism, progress reports,
/// binary outputs.
final class LearningModelTests: XCTestCase {
  /// Two interleaved noisy classes on a 3-feature grid.
  static func data(_ rows: Int) -> (Matrix, [Int]) {
    var random = RandomGenerator(seed: 11)
    var x = Matrix(rows: rows, columns: 3)
    var y: [Int] = []
    for row in 0..<rows {
      let label = row % 3
      for j in 0..<3 { x[row, j] = Double(label) + random.normal() }
      y.append(label)
    }
    return (x, y)
  }

  func testForestIsIdenticalOnEveryFitAndReportsEachTree() throws {
    let (x, y) = Self.data(300)
    var options = RandomForest.Options()
    options.trees = 12
    var messages: [String] = []
    let progress = TrainingProgress { messages.append($0) }
    let a = try ClassifierSpec.randomForest(options).fit(x, y, classCount: 3, progress: progress)
    let b = try ClassifierSpec.randomForest(options).fit(x, y, classCount: 3)
    XCTAssertEqual(a.probabilities(x).values, b.probabilities(x).values)
    XCTAssertEqual(messages.count, 12)
    XCTAssertEqual(messages.last, "trees built 12/12")
  }

  func testNetworkReportsEpochsAndIsReproducible() throws {
    let (x, y) = Self.data(120)
    var options = NeuralNetwork.Options()
    options.hiddenLayers = [8]
    options.epochs = 5
    var messages: [String] = []
    let a = try ClassifierSpec.neuralNetwork(options)
      .fit(x, y, classCount: 3, progress: TrainingProgress { messages.append($0) })
    let b = try ClassifierSpec.neuralNetwork(options).fit(x, y, classCount: 3)
    XCTAssertEqual(a.probabilities(x).values, b.probabilities(x).values)
    XCTAssertEqual(messages.count, 5)
    XCTAssertTrue(messages[0].hasPrefix("epoch 1/5, loss "))
  }

  func testBinaryModelsGiveTwoProbabilityColumns() throws {
    let (x, labels) = Self.data(90)
    let y = labels.map { $0 == 2 ? 1 : 0 }
    let specs: [ClassifierSpec] = [
      .logistic(.init()), .neuralNetwork(.init()), .naiveBayes(varSmoothing: 1e-9),
    ]
    for spec in specs {
      let p = try spec.fit(x, y, classCount: 2).probabilities(x)
      XCTAssertEqual(p.columns, 2, spec.name)
      for row in 0..<p.rows { XCTAssertEqual(p[row, 0] + p[row, 1], 1, accuracy: 1e-12) }
    }
  }
}
