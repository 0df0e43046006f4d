import XCTest

@testable import Tensor

/// Multi-key sorting by stable passes (dictionary ranks, counting and radix; 20,000 rows
/// split by a string or bool first key into groups first) against a
/// stable comparison sort, for every key type, both directions, absent keys last.
final class SortKeysTests: XCTestCase {
  func testEveryKeyTypeMatchesComparisonSort() {
    var random = SplitMix64(seed: 21)
    for count in [0, 1, 2, 64, 5000, 20_000] {
      func validity() -> Bitmap { Bitmap((0..<count).map { _ in random.next() % 7 != 0 }) }
      let words = ["b", "a", "é", "B", "a", "", "zz"]  // "a" twice in the dictionary
      let strings = (0..<count).map { _ in Int32(random.next() % 7) }
      let keys = [
        Column(
          name: "s", storage: .string(codes: strings, dictionary: words), validity: validity()),
        Column(name: "b", storage: .bool((0..<count).map { _ in random.next() % 2 == 0 })),
        Column(
          name: "t", storage: .time((0..<count).map { _ in Int64(random.next() % 5) - 2 }),
          validity: validity()),
        Column(
          name: "i",
          storage: .int(
            (0..<count).map { _ in [Int.min, -1, 0, 7, Int.max][Int(random.next() % 5)] }),
          validity: validity()),
        Column(
          name: "f",
          storage: .float(
            (0..<count).map { _ in [-0.0, 0.0, .nan, -.infinity, 2.5][Int(random.next() % 5)] }),
          validity: validity()),
      ]
      for descending in [false, true] {
        for first in keys.indices {
          let ordered = Array(keys[first...] + keys[..<first])
          XCTAssertEqual(
            SortKeys.order(ordered, descending: descending), referenceOrder(ordered, descending),
            "\(count) rows, first key \(keys[first].name), descending \(descending)")
        }
      }
    }
  }

}
