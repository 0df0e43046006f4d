import XCTest

@testable import Tensor

/// Grouping by one key: the counting sort of int keys, the radix order of other numeric keys
/// and the comparisons of text and several keys all give pandas' groups (sorted by key, rows
/// in order, missing keys left out), whichever way they are made.
final class GroupingTests: XCTestCase {
  /// Random int keys (narrow and wide spans, negative, with missing) group as the same keys
  /// as floats, which go through GroupIds and the radix order; and as a dictionary says.
  func testCountingSortOfIntKeysMatchesTheOtherPaths() throws {
    var random = SplitMix64(seed: 16)
    for (count, span) in [(0, 1), (1, 1), (50, 7), (1000, 100), (5000, 1 << 40), (3000, 9000)] {
      let keys = (0..<count).map { _ in Int(random.next() % UInt64(span)) - span / 2 }
      let validity = Bitmap((0..<count).map { _ in random.next() % 11 != 0 })
      let ints = try Frame(columns: [Column(name: "k", storage: .int(keys), validity: validity)])
      let floats = try Frame(columns: [
        Column(name: "k", storage: .float(keys.map(Double.init)), validity: validity)
      ])
      let (a, b) = (try Grouping(ints, by: ["k"]), try Grouping(floats, by: ["k"]))
      XCTAssertEqual(a.index.rows, b.index.rows, "\(count) keys over \(span)")
      XCTAssertEqual(a.index.starts, b.index.starts)
      var expected: [Int: [Int]] = [:]
      for row in 0..<count where validity.isValid(row) {
        expected[keys[row], default: []].append(row)
      }
      XCTAssertEqual(a.rows, expected.keys.sorted().map { expected[$0] ?? [] })
      guard case .int(let groupKeys) = a.keys.columns[0].storage else { return XCTFail("ints") }
      XCTAssertEqual(groupKeys, expected.keys.sorted())
      XCTAssertNil(a.keys.columns[0].validity)
    }
  }

  /// Float keys: -0.0 and 0.0 are groups of their own that sort as equals (first appearance
  /// first), NaN keys sort last, as FrameOrder compares them.
  func testRadixOrderOfFloatKeysIsFrameOrder() throws {
    let values: [Double] = [2, .nan, -0.0, 1, 0, -0.0, .nan, -3]
    let frame = try Frame(columns: [Column(name: "k", storage: .float(values))])
    let grouping = try Grouping(frame, by: ["k"])
    XCTAssertEqual(grouping.rows, [[7], [2, 5], [4], [3], [0], [1, 6]])
  }

  func testGroupIndexFromGroups() {
    let index = GroupIndex([[4, 1], [], [0]])
    XCTAssertEqual(index.count, 3)
    XCTAssertEqual(index.starts, [0, 2, 2, 3])
    XCTAssertEqual(Array(index.rows(of: 0)), [4, 1])
    XCTAssertEqual(index.size(of: 1), 0)
  }
}
