import Foundation
import XCTest

@testable import Tensor

/// Model weights are validated structurally on load: a file whose checksum matches can still
/// hold any numbers, and none of them may crash `predict`.
final class ModelWeightsValidationTests: XCTestCase {
  /// A tree with one split on feature 0 and two leaves.
  static func tree(features: [Int], lefts: [Int], rights: [Int]) -> [Safetensors.Entry] {
    let nodes = features.count
    return [
      Safetensors.Entry(name: "features", shape: [nodes], ints: features),
      Safetensors.Entry(
        name: "thresholds", shape: [nodes], doubles: [Double](repeating: 0.5, count: nodes)),
      Safetensors.Entry(name: "lefts", shape: [nodes], ints: lefts),
      Safetensors.Entry(name: "rights", shape: [nodes], ints: rights),
      Safetensors.Entry(
        name: "values", shape: [nodes, 2], doubles: [Double](repeating: 0.5, count: nodes * 2)),
      Safetensors.Entry(name: "importances", shape: [2], doubles: [1, 0]),
    ]
  }

  func restore(_ entries: [Safetensors.Entry]) throws -> any Classifier {
    try ClassifierArchive.restore(
      .tree(DecisionTree.Options()), classCount: 2, featureCount: 2, entries: entries)
  }

  func testLeafChildrenOutsideInt32AreIgnored() throws {
    // The fuzzer's find: a leaf whose children do not fit in 32 bits trapped on load.
    let model = try restore(
      Self.tree(features: [0, -1, -1], lefts: [1, 1 << 40, -7], rights: [2, 0, 1 << 62]))
    XCTAssertEqual(model.predict(Matrix(rows: 2, columns: 2, values: [0, 1, 1, 0])).count, 2)
  }

  func testBrokenTreesAreRefused() {
    let broken: [[Safetensors.Entry]] = [
      Self.tree(features: [], lefts: [], rights: []),
      Self.tree(features: [5, -1, -1], lefts: [1, -1, -1], rights: [2, -1, -1]),
      Self.tree(features: [0, -1, -1], lefts: [0, -1, -1], rights: [2, -1, -1]),
      Self.tree(features: [0, -1, -1], lefts: [1, -1, -1], rights: [3, -1, -1]),
      Self.tree(features: [-(1 << 40), -1], lefts: [0, 0], rights: [0, 0]),
    ]
    for entries in broken {
      XCTAssertThrowsError(try restore(entries))
    }
  }

  /// Every input the model fuzz target ever crashed on, kept in Tests/Fuzz/crashers/model,
  /// goes through the same steps as the target and ends without a crash.
  func testKeptFuzzCrashersReplay() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fuzz/crashers/model")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    XCTAssertFalse(names.isEmpty, "the kept crashers are missing from \(folder.path)")
    for name in names {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      guard let entries = try? Safetensors.decode(data).entries else { continue }
      var forest = RandomForest.Options()
      forest.trees = 2
      for spec in [ClassifierSpec.tree(DecisionTree.Options()), .randomForest(forest)] {
        let model = try? ClassifierArchive.restore(
          spec, classCount: 3, featureCount: 4, entries: entries)
        _ = model?.predict(Matrix(rows: 1, columns: 4, values: [0, 1, 2, 3]))
      }
    }
  }
}
