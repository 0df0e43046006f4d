import XCTest

@testable import Tensor

/// Work split across threads gives exactly the serial results.
final class ParallelTests: XCTestCase {
  func testThreadedElementwiseMatchesPlainLoop() throws {
    var random = SplitMix64(seed: 3)
    for count in [Broadcast.parallelMinimum * 3 + 5, 1000, 7] {
      let x = (0..<count).map { _ in Double(Int64(random.next() % 2000) - 1000) / 7 }
      let y = (0..<count).map { _ in Double(random.next() % 1000 + 1) / 3 }
      let a = try Tensor(shape: [count], data: x)
      let b = try Tensor(shape: [count], data: y)
      let cases: [(Broadcast.Operator, (Double, Double) -> Double)] = [
        (.add, +), (.subtract, -), (.multiply, *), (.divide, /),
      ]
      for (op, plain) in cases {
        let expected = (0..<count).map { plain(x[$0], y[$0]) }
        XCTAssertEqual(try Broadcast.apply(a, b, op).data, expected)
      }
    }
  }

  func testInPlaceMatchesNewResultAndLeavesSharedCopiesAlone() throws {
    var random = SplitMix64(seed: 5)
    for count in [Broadcast.parallelMinimum * 2 + 3, 100] {
      let x = (0..<count).map { _ in Double(random.next() % 1000) / 8 - 60 }
      let y = (0..<count).map { _ in Double(random.next() % 1000 + 1) / 16 }
      let b = try Tensor(shape: [count], data: y)
      for op in [Broadcast.Operator.add, .subtract, .multiply, .divide] {
        let original = try Tensor(shape: [count], data: x)
        var a = original
        XCTAssertTrue(Broadcast.applyInPlace(&a, b, op))
        XCTAssertEqual(a, try Broadcast.apply(original, b, op))
        XCTAssertEqual(original.data, x)
      }
    }
    var row = try Tensor(shape: [1, 2], data: [1, 2])
    XCTAssertFalse(Broadcast.applyInPlace(&row, try Tensor(shape: [2, 1], data: [3, 4]), .add))
    XCTAssertEqual(row.data, [1, 2])
  }

  func testRangesCoverEveryIndexOnce() {
    for count in [0, 1, 9, 1 << 20, (1 << 20) + 3] {
      let pieces = min(8, max(1, count / 1000))
      let ranges = (0..<pieces).map { Parallel.bounds($0, of: pieces, count) }
      XCTAssertEqual(ranges.flatMap { Array($0) }, Array(0..<count))
    }
  }

  func testMapKeepsOrder() {
    XCTAssertEqual(Parallel.map(Array(0..<100)) { $0 * $0 }, (0..<100).map { $0 * $0 })
  }
}
