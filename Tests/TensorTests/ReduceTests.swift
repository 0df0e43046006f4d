import Foundation
import XCTest

@testable import Tensor

/// Sums, means, standard deviations and quantiles against numpy and pandas, bit for bit
/// (Reference/make_reduce_reference.py wrote the numbers).
final class ReduceTests: XCTestCase {
  struct Reference: Decodable {
    struct Case: Decodable {
      let n: Int
      let sum: String
      let mean: String?
      let std: String?
      let q25: String?
      let median: String?
    }
    let cases: [Case]
  }

  static func input(_ n: Int) -> [Double] {
    (0..<n).map { sin(Double($0)) * 1000 + 1 / Double($0 + 1) }
  }

  func testMatchesNumpyAndPandasExactly() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/reduce_reference.json")
    let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    XCTAssertEqual(reference.cases.count, 11)
    for item in reference.cases {
      let x = Self.input(item.n)
      XCTAssertEqual(Reduce.sum(x), Double(item.sum), "sum n=\(item.n)")
      if let mean = item.mean { XCTAssertEqual(Reduce.mean(x), Double(mean), "mean n=\(item.n)") }
      if let std = item.std {
        XCTAssertEqual(Reduce.standardDeviation(x), Double(std), "std n=\(item.n)")
      }
      if let q25 = item.q25 {
        XCTAssertEqual(Reduce.quantile(x, 0.25), Double(q25), "q25 n=\(item.n)")
      }
      if let median = item.median {
        XCTAssertEqual(Reduce.quantile(x, 0.5), Double(median), "median n=\(item.n)")
      }
    }
  }

  func testMinimumAndMaximumSeeNaN() {
    XCTAssertEqual(Reduce.minimum([3, 1, 2]), 1)
    XCTAssertEqual(Reduce.maximum([3, 1, 2]), 3)
    XCTAssertTrue(Reduce.minimum([1, .nan])?.isNaN ?? false)
    XCTAssertNil(Reduce.minimum([]))
  }
}
