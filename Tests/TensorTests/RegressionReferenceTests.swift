import Foundation
import TestSupport
import XCTest

@testable import Tensor

/// Regressors against scikit-learn on two real data sets (Reference/make_regression_reference.py
/// wrote the numbers): penguins' body mass from the bundled scripts/data/penguins.csv, and the
/// water temperature of POLARSTERN cruise ARK-XXII/1 from the PANGAEA file in
/// ../shared/fixtures, read in place (skipped, saying so, when absent). Linear and ridge
/// coefficients agree within 1e-8 (penguins' species one-hot is collinear with the intercept:
/// both give the minimum-norm answer); kNN predictions within 1e-9; trees (max_depth 6),
/// forests and networks in test R² within 0.02. (Fully grown trees are left out: which of
/// equally good splits wins depends on the random feature order, and sklearn's own test R²
/// then spreads from 0.67 to 0.74 over seeds on penguins.)
final class RegressionReferenceTests: XCTestCase {
  struct Linear: Decodable {
    let coef: [Double]
    let intercept: Double
    let r2: Double
  }

  struct Score: Decodable {
    let r2: Double
    let predictions: [Double]?
  }

  struct Reference: Decodable {
    let rows: Int
    let target_sum: Double
    let train: [Int]
    let test: [Int]
    let linear: Linear
    let ridge: Linear
    let tree: Score
    let forest: Score
    let knn: Score
    let mlp: Score
  }

  struct Prepared {
    let train: Matrix
    let test: Matrix
    let yTrain: [Double]
    let yTest: [Double]
    /// The features standardized with the training rows' mean and population std.
    let scaledTrain: Matrix
    let scaledTest: Matrix
  }

  static var root: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  static func load(_ name: String) throws -> Reference {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/regression/\(name).json")
    return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
  }

  /// Penguins: three measurements and species one-hot; body mass. Rows missing any dropped.
  static func penguins() throws -> ([[Double]], [Double]) {
    let text = try String(
      contentsOf: root.appendingPathComponent("scripts/data/penguins.csv"), encoding: .utf8)
    var lines = text.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = lines.removeFirst()
    let numeric = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    let columns = try (numeric + ["species", "body_mass_g"]).map { name in
      try XCTUnwrap(header.firstIndex(of: name), name)
    }
    var x: [[Double]] = []
    var y: [Double] = []
    for fields in lines {
      let values = columns.map { $0 < fields.count ? fields[$0] : "NA" }
      guard !values.contains("NA"), !values.contains("") else { continue }
      let measures = values[0..<3].compactMap(Double.init)
      guard measures.count == 3, let mass = Double(values[4]) else { continue }
      x.append(measures + ["Adelie", "Chinstrap", "Gentoo"].map { values[3] == $0 ? 1 : 0 })
      y.append(mass)
    }
    return (x, y)
  }

  /// ARK-XXII/1 meteorology: position, air temperature, dew point, pressure and wind speed;
  /// the water temperature. Rows missing any dropped.
  static func arkMeteorology() throws -> ([[Double]], [Double]) {
    let path = try SharedFixtures.path("pangaea/ARK-XXII_1_meteorology.txt")
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    let lines = text.components(separatedBy: "\n")
    let start = try XCTUnwrap(lines.firstIndex(of: "*/")) + 1
    let header = lines[start].components(separatedBy: "\t")
    let names = [
      "Latitude", "Longitude", "TTT [deg C]", "TdTdTd [deg C]", "PPPP [hPa]", "ff [m/s]",
      "Temp [deg C]",
    ]
    let columns = try names.map { try XCTUnwrap(header.firstIndex(of: $0), $0) }
    var x: [[Double]] = []
    var y: [Double] = []
    for line in lines[(start + 1)...] where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let fields = line.components(separatedBy: "\t")
      let values = columns.compactMap { $0 < fields.count ? Double(fields[$0]) : nil }
      guard values.count == columns.count else { continue }
      x.append(Array(values.dropLast()))
      y.append(values[values.count - 1])
    }
    return (x, y)
  }

  static func prepare(_ r: Reference, _ data: ([[Double]], [Double])) throws -> Prepared {
    let (x, y) = data
    XCTAssertEqual(x.count, r.rows, "the rows parsed differ from the reference's")
    XCTAssertEqual(y.reduce(0, +), r.target_sum, accuracy: 1e-6)
    let all = Matrix(rows: x.count, columns: x.first?.count ?? 0, values: x.flatMap { $0 })
    let (train, test) = (all.gathering(r.train), all.gathering(r.test))
    let scaling = Standardizer.fit(train)
    func scaled(_ m: Matrix) -> Matrix {
      var out = m
      for row in 0..<m.rows {
        for (j, s) in scaling.enumerated() { out[row, j] = (m[row, j] - s.mean) / s.scale }
      }
      return out
    }
    return Prepared(
      train: train, test: test, yTrain: r.train.map { y[$0] }, yTest: r.test.map { y[$0] },
      scaledTrain: scaled(train), scaledTest: scaled(test))
  }

  static func cases() throws -> [(String, Reference, Prepared)] {
    var out: [(String, Reference, Prepared)] = []
    let penguins = try load("penguins_mass")
    out.append(("penguins_mass", penguins, try prepare(penguins, try Self.penguins())))
    let ark = try load("ark_xxii_water_temp")
    out.append(("ark_xxii_water_temp", ark, try prepare(ark, try arkMeteorology())))
    return out
  }

  func r2(_ truth: [Double], _ predicted: [Double]) -> Double {
    RegressionMetrics(truth: truth, predicted: predicted, trainingMean: 0).r2
  }

  func testLinearAndRidgeCoefficientsAreSklearnsWithin1e8() throws {
    for (name, r, p) in try Self.cases() {
      for (alpha, expected) in [(0.0, r.linear), (1.0, r.ridge)] {
        let model = LinearRegression(p.train, p.yTrain, options: .init(alpha: alpha))
        XCTAssertEqual(model.coefficients.count, expected.coef.count, name)
        for (got, want) in zip(model.coefficients, expected.coef) {
          XCTAssertEqual(got, want, accuracy: 1e-8 * max(1, abs(want)), "\(name) alpha \(alpha)")
        }
        XCTAssertEqual(
          model.intercept, expected.intercept, accuracy: 1e-8 * max(1, abs(expected.intercept)),
          "\(name) alpha \(alpha)")
        XCTAssertEqual(r2(p.yTest, model.predictions(p.test)), expected.r2, accuracy: 1e-9, name)
      }
    }
  }

  func testTreeForestKnnAndNetworkR2AreSklearnsWithinTwoPoints() throws {
    for (name, r, p) in try Self.cases() {
      var treeOptions = DecisionTree.Options()
      treeOptions.maxDepth = 6
      let tree = DecisionTree(p.train, targets: p.yTrain, options: treeOptions)
      let treeR2 = r2(p.yTest, tree.predictions(p.test))
      XCTAssertEqual(treeR2, r.tree.r2, accuracy: 0.02, "\(name) tree")
      var forestOptions = RandomForest.Options()
      forestOptions.maxFeatures = Int.max
      let forest = RandomForest(p.train, targets: p.yTrain, options: forestOptions)
      let forestR2 = r2(p.yTest, forest.predictions(p.test))
      XCTAssertEqual(forestR2, r.forest.r2, accuracy: 0.02, "\(name) forest")
      let knn = NearestNeighbors(p.scaledTrain, targets: p.yTrain, k: 5, isDistanceWeighted: false)
      let knnPredictions = knn.predictions(p.scaledTest)
      for (got, want) in zip(knnPredictions, r.knn.predictions ?? []) {
        XCTAssertEqual(got, want, accuracy: 1e-9 * max(1, abs(want)), "\(name) knn")
      }
      let mean = p.yTrain.reduce(0, +) / Double(p.yTrain.count)
      let std =
        (p.yTrain.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(p.yTrain.count))
        .squareRoot()
      var options = NeuralNetwork.Options()
      options.hiddenLayers = [50]
      options.epochs = 1000
      let network = NeuralNetwork(
        p.scaledTrain, targets: p.yTrain.map { ($0 - mean) / std }, options: options)
      let networkR2 = r2(p.yTest, network.predictions(p.scaledTest).map { $0 * std + mean })
      XCTAssertEqual(networkR2, r.mlp.r2, accuracy: 0.02, "\(name) mlp")
      print(
        "\(name): R² tree \(treeR2) (sklearn \(r.tree.r2)), forest \(forestR2) "
          + "(\(r.forest.r2)), knn \(r2(p.yTest, knnPredictions)) (\(r.knn.r2)), mlp "
          + "\(networkR2) (\(r.mlp.r2))")
    }
  }
}
