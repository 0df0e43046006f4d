import XCTest

@testable import Tensor

/// The kernels behind the fixes of silent wrong answers: exact int/float order, multi-key
/// sort ranks against a comparison sort, pandas 3's header renaming, accumulations.
final class SilentAnswersTests: XCTestCase {
  func testExactOrderOfIntsAndFloats() {
    let big = 9_007_199_254_740_993  // 2^53 + 1: as a float it is 2^53
    XCTAssertEqual(Elementwise.exactOrder(big, 9_007_199_254_740_992.0), 1)
    XCTAssertEqual(Elementwise.exactOrder(big - 1, 9_007_199_254_740_992.0), 0)
    XCTAssertEqual(Elementwise.exactOrder(Int.max, 9_223_372_036_854_775_808.0), -1)
    XCTAssertEqual(Elementwise.exactOrder(Int.min, -9_223_372_036_854_775_808.0), 0)
    XCTAssertEqual(Elementwise.exactOrder(Int.min, -.infinity), 1)
    XCTAssertEqual(Elementwise.exactOrder(-3, -2.5), -1)
    XCTAssertEqual(Elementwise.exactOrder(-2, -2.5), 1)
    XCTAssertEqual(Elementwise.exactOrder(2, 2.5), -1)
    XCTAssertNil(Elementwise.exactOrder(0, .nan))
  }

  func testMultiKeySortMatchesComparisonSort() {
    var random = SplitMix64(seed: 7)
    for count in [0, 1, 2, 50, 3000] {
      let a = (0..<count).map { _ -> Double in
        random.next() % 9 == 0 ? .nan : Double(random.next() % 5)
      }
      let aValid = Bitmap((0..<count).map { _ in random.next() % 6 != 0 })
      let b = (0..<count).map { _ in ["x", "y", "z", "w"][Int(random.next() % 4)] }
      let bValid = Bitmap((0..<count).map { _ in random.next() % 5 != 0 })
      let keys = [
        Column(name: "a", storage: .float(a), validity: aValid),
        Column(name: "b", storage: .strings(b), validity: bValid),
      ]
      for descending in [false, true] {
        XCTAssertEqual(
          SortKeys.order(keys, descending: descending), referenceOrder(keys, descending),
          "\(count) rows, descending \(descending)")
      }
    }
  }

  func testHeaderRenamingFollowsPandas3() {
    // pandas 3.1.1 read_csv(...).columns for each header (make_missing_reference.py).
    XCTAssertEqual(Header.uniqued(["a", "a", "a.1"]), ["a", "a.2", "a.1"])
    XCTAssertEqual(Header.uniqued(["a.1", "a", "a"]), ["a.1", "a", "a.2"])
    XCTAssertEqual(Header.uniqued(["a", "a", "a", "a.2"]), ["a", "a.1", "a.3", "a.2"])
    XCTAssertEqual(Header.uniqued(["a", "a.1", "a", "a"]), ["a", "a.1", "a.2", "a.3"])
    XCTAssertEqual(Header.uniqued(["x", "", "x", ""]), ["x", "Unnamed: 1", "x.1", "Unnamed: 3"])
    XCTAssertEqual(
      Header.uniqued(["a", "a.1", "a", "a.1", "a"]), ["a", "a.1", "a.2", "a.1.1", "a.3"])
  }

  func testOversizedIntegersAreText() {
    let bytes = Array("9223372036854775808".utf8)
    bytes.withUnsafeBufferPointer { buffer in
      XCTAssertTrue(NumberParser.isOversizedInteger(buffer))
      XCTAssertEqual(ColumnBuilder.kind(of: buffer, allowsTime: true), .string)
    }
    Array("-9223372036854775808".utf8).withUnsafeBufferPointer { buffer in
      XCTAssertFalse(NumberParser.isOversizedInteger(buffer))
    }
    Array("1e30".utf8).withUnsafeBufferPointer { buffer in
      XCTAssertFalse(NumberParser.isOversizedInteger(buffer))
    }
  }

  func testAccumulationOverflowIsAnError() {
    let column = Column(name: "n", storage: .int([Int.max, 1]))
    XCTAssertThrowsError(try Accumulation.accumulated(column, .sum))
    XCTAssertThrowsError(
      try Accumulation.differenced(Column(name: "n", storage: .int([Int.min, 1])), periods: 1))
    XCTAssertEqual(
      try Accumulation.differenced(column, periods: .min).validity?.validCount, 0)
  }
}
