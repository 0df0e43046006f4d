import Foundation
import XCTest

@testable import Tensor

/// rolling(w) against pandas' Series.rolling(w), value for value (see
/// Reference/make_rolling_reference.py): one-pass updates that agree to the last bit.
final class RollingTests: XCTestCase {
  private struct Reference: Decodable {
    struct Case: Decodable {
      let n: Int
      let window: Int
      let mean, sum, min, max, std: [String?]
    }
    let cases: [Case]
  }

  /// The series of the generator; NaN positions become missing values, as pandas sees them.
  private static func column(_ n: Int) -> Column {
    var values = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let wave: Double = sin(0.37 * Double(i)) * 50
      values[i] = wave + 20 + Double(i % 11) / 8
    }
    for i in 300..<max(300, min(340, n)) { values[i] = 4.25 }
    var validity = Bitmap(count: n, allValid: true)
    for i in 0..<n where i % 97 == 13 { validity.set(i, false) }
    return Column(name: "x", storage: .float(values), validity: validity)
  }

  func testMatchesPandasBitForBit() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/rolling_reference.json")
    let reference = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    XCTAssertEqual(reference.cases.count, 5)
    for item in reference.cases {
      let column = Self.column(item.n)
      let expected: [(Rolling.Function, [String?])] = [
        (.mean, item.mean), (.sum, item.sum), (.min, item.min), (.max, item.max), (.std, item.std),
      ]
      for (function, values) in expected {
        let result = try XCTUnwrap(Rolling.apply(function, column, window: item.window))
        guard case .float(let got) = result.storage else { return XCTFail("not floats") }
        var mismatches = 0
        for (row, want) in values.enumerated() {
          if let want {
            if result.isMissing(row) || got[row] != Double(want) { mismatches += 1 }
          } else if !result.isMissing(row) {
            mismatches += 1
          }
        }
        XCTAssertEqual(mismatches, 0, "\(function) n=\(item.n) window=\(item.window)")
      }
    }
  }

  func testNaNValuesGiveNaNAndOtherTypesNothing() throws {
    let column = Column(name: "x", storage: .float([1, .nan, 3, 4]))
    let result = try XCTUnwrap(Rolling.apply(.max, column, window: 2))
    guard case .float(let got) = result.storage else { return XCTFail("not floats") }
    XCTAssertTrue(result.isMissing(0))
    XCTAssertTrue(got[1].isNaN && got[2].isNaN)
    XCTAssertEqual(got[3], 4)
    XCTAssertNil(
      Rolling.apply(
        .mean, Column(name: "s", storage: .string(codes: [0], dictionary: ["a"])), window: 1))
  }
}
