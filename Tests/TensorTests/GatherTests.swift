import XCTest

@testable import Tensor

/// The whole-buffer kernels (gather, masks to positions, group ids, selection) against the
/// straightforward implementations on random-ish inputs with missing values.
final class GatherTests: XCTestCase {
  func testGatherMatchesMap() {
    var random = SplitMix64(seed: 7)
    for count in [0, 1, 63, 64, 65, 1000] {
      let values = (0..<count).map { _ in Double(random.next() % 1000) / 10 }
      let positions = (0..<(count * 2)).compactMap { _ in
        count == 0 ? nil : Int(random.next() % UInt64(count))
      }
      XCTAssertEqual(Gather.values(values, at: positions), positions.map { values[$0] })
      let flags = (0..<count).map { _ in random.next() % 3 != 0 }
      let bitmap = Bitmap(flags)
      let gathered = bitmap.gathering(positions)
      XCTAssertEqual(gathered, Bitmap(positions.map { flags[$0] }))
      XCTAssertEqual(bitmap.validPositions, flags.indices.filter { flags[$0] })
      XCTAssertEqual(
        Gather.valid(values, bitmap), values.indices.filter { flags[$0] }.map { values[$0] })
    }
  }

  func testMaskPositionsSkipMissing() {
    var random = SplitMix64(seed: 11)
    for count in [0, 5, 64, 130, 999] {
      let flags = (0..<count).map { _ in random.next() % 2 == 0 }
      let valid = (0..<count).map { _ in random.next() % 5 != 0 }
      XCTAssertEqual(Gather.positions(where: flags, valid: nil), flags.indices.filter { flags[$0] })
      XCTAssertEqual(
        Gather.positions(where: flags, valid: Bitmap(valid)),
        flags.indices.filter { flags[$0] && valid[$0] })
    }
  }

  func testGroupIdsMatchDictionary() {
    var random = SplitMix64(seed: 3)
    let count = 500
    let names = (0..<count).map { _ in "s\(random.next() % 7)" }
    let numbers = (0..<count).map { _ in Double(random.next() % 4) }
    let valid = (0..<count).map { _ in random.next() % 6 != 0 }
    let keys = [
      Column(name: "s", storage: .strings(names)),
      Column(name: "x", storage: .float(numbers), validity: Bitmap(valid)),
    ]
    let (ids, groupCount) = GroupIds.of(keys, rowCount: count)
    var expected: [String: Int] = [:]
    for row in 0..<count {
      guard valid[row] else {
        XCTAssertEqual(ids[row], -1)
        continue
      }
      let key = "\(names[row])|\(numbers[row])"
      let id = expected[key] ?? expected.count
      expected[key] = id
      XCTAssertEqual(ids[row], id)
    }
    XCTAssertEqual(groupCount, expected.count)
  }

  func testGroupingRowsAreSortedByKey() throws {
    let frame = try Frame(columns: [
      Column(
        name: "k", storage: .int([3, 1, 3, 2, 1, 9]),
        validity: Bitmap([true, true, true, true, true, false])),
      Column(name: "v", storage: .float([0, 1, 2, 3, 4, 5])),
    ])
    let grouping = try Grouping(frame, by: ["k"])
    XCTAssertEqual(grouping.rows, [[1, 4], [3], [0, 2]])
    guard case .int(let keys) = grouping.keys.columns[0].storage else { return XCTFail("int keys") }
    XCTAssertEqual(keys, [1, 2, 3])
  }

  func testSelectedQuantilesMatchSort() {
    var random = SplitMix64(seed: 5)
    for count in [1, 2, 3, 17, 100, 1001, 20000] {
      let values = (0..<count).map { _ in Double(random.next() % 50) - 25.5 }
      let qs = [0, 0.25, 0.5, 0.75, 1]
      let sorted = values.sorted()
      XCTAssertEqual(
        Reduce.quantiles(values, qs), qs.map { Reduce.quantile(sorted: sorted, $0) })
      let spread = (0..<count).map { _ in Double(bitPattern: random.next() >> 2) }
      let ranks = Array(Set((0..<7).map { _ in Int(random.next() % UInt64(count)) })).sorted()
      XCTAssertEqual(
        Reduce.orderStatistics(spread, at: ranks), ranks.map { spread.sorted()[$0] })
    }
  }
}
