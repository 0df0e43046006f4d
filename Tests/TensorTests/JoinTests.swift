import XCTest

@testable import Tensor

/// merge's typed key ids and bucketed pairs against the row-by-row hash join they replaced
/// (kept below as the reference, on `KeyPart`): ints meeting floats, -0.0 and NaN, missing
/// keys, strings from different dictionaries, several keys, all three kinds, and left sides
/// large enough to be matched in pieces on several threads.
final class JoinTests: XCTestCase {
  func testPairsMatchTheRowHashJoin() throws {
    var random = SplitMix64(seed: 11)
    for (leftCount, rightCount) in [(0, 3), (5, 0), (40, 30), (3000, 400), (450_000, 400)] {
      let left = Self.keys(leftCount, &random, floats: false)
      let right = Self.keys(rightCount, &random, floats: true)
      for how in Join.How.allCases {
        let pairs = JoinPairs.of(JoinKeys(left, right), how: how)
        let expected = Self.reference(left, right, how: how)
        XCTAssertEqual(pairs.left, expected.left, "\(leftCount) × \(rightCount), \(how)")
        XCTAssertEqual(pairs.right, expected.right, "\(leftCount) × \(rightCount), \(how)")
        XCTAssertTrue(!pairs.leftIsWhole || pairs.left == Array(0..<leftCount))
      }
    }
  }

  func testDistinctRightKeysKeepTheLeftRows() {
    var random = SplitMix64(seed: 13)
    for (leftCount, rightCount) in [(0, 0), (10, 400), (300_000, 400)] {
      let left = [
        Column(
          name: "k", storage: .int((0..<leftCount).map { _ in Int(random.next() % 500) }),
          validity: Bitmap((0..<leftCount).map { _ in random.next() % 50 != 0 }))
      ]
      let right = [
        Column(
          name: "k", storage: .float((0..<rightCount).map { Double($0) }),
          validity: Bitmap((0..<rightCount).map { $0 != 7 }))
      ]
      for how in Join.How.allCases {
        let pairs = JoinPairs.of(JoinKeys(left, right), how: how)
        let expected = Self.reference(left, right, how: how)
        XCTAssertEqual(pairs.left, expected.left, "\(leftCount) rows, \(how)")
        XCTAssertEqual(pairs.right, expected.right, "\(leftCount) rows, \(how)")
        XCTAssertEqual(
          pairs.leftIsWhole, how != .inner && expected.left == Array(0..<leftCount),
          "\(leftCount) rows, \(how)")
      }
    }
  }

  func testMergeOuterSortsLikeTheComparisonSort() throws {
    var random = SplitMix64(seed: 12)
    for floats in [true, false] {
      try checkOuterOrder(&random, leftFloats: floats)
    }
  }

  private func checkOuterOrder(_ random: inout SplitMix64, leftFloats: Bool) throws {
    let left = try Frame(
      columns: Self.keys(500, &random, floats: leftFloats) + [
        Column(name: "x", storage: .int(Array(0..<500)))
      ])
    let right = try Frame(
      columns: Self.keys(300, &random, floats: false) + [
        Column(name: "y", storage: .int(Array(0..<300)))
      ])
    let merged = try Join.merge(left, right, on: ["a", "b", "c"], how: .outer)
    let keys = ["a", "b", "c"].compactMap(merged.column(named:))
    let order = Array(0..<merged.rowCount).sorted { a, b in
      for key in keys {
        let compared = FrameOrder.compare(key, a, b)
        if compared != 0 { return compared < 0 }
      }
      return a < b
    }
    XCTAssertEqual(order, Array(0..<merged.rowCount), "left floats \(leftFloats)")
  }

  /// Three key columns: a small int or float, a string, and an int of a wide span.
  static func keys(_ count: Int, _ random: inout SplitMix64, floats: Bool) -> [Column] {
    let words = ["x", "y", "z", "w", "v"]
    let firsts = (0..<count).map { _ in Int(random.next() % 7) - 3 }
    let first: ColumnStorage =
      floats
      ? .float(firsts.map { $0 == 0 ? -0.0 : ($0 == 3 ? .nan : Double($0)) })
      : .int(firsts)
    let strings = (0..<count).map { _ in words[Int(random.next() % (floats ? 5 : 4))] }
    let wide = (0..<count).map { _ in Int(random.next() % 3) * (1 << 40) - 5 }
    func validity() -> Bitmap { Bitmap((0..<count).map { _ in random.next() % 13 != 0 }) }
    return [
      Column(name: "a", storage: first, validity: validity()),
      Column(
        name: "b", storage: .strings(floats ? strings.reversed() : strings), validity: validity()),
      Column(name: "c", storage: .int(wide), validity: validity()),
    ]
  }

  /// The join before typed ids: a hash of each right row's key parts.
  static func reference(_ left: [Column], _ right: [Column], how: Join.How) -> (
    left: [Int], right: [Int]
  ) {
    let widen = zip(left, right).map { $0.type != $1.type }
    let leftKeys = KeyPart.rows(left, asFloat: widen, count: left.first?.count ?? 0)
    let rightKeys = KeyPart.rows(right, asFloat: widen, count: right.first?.count ?? 0)
    var index: [[KeyPart]: [Int]] = [:]
    for (row, key) in rightKeys.enumerated() { index[key, default: []].append(row) }
    var result: (left: [Int], right: [Int]) = ([], [])
    var matched = Array(repeating: false, count: rightKeys.count)
    for (row, key) in leftKeys.enumerated() {
      if let matches = index[key] {
        for match in matches {
          result.left.append(row)
          result.right.append(match)
          matched[match] = true
        }
      } else if how != .inner {
        result.left.append(row)
        result.right.append(-1)
      }
    }
    if how == .outer {
      for row in rightKeys.indices where !matched[row] {
        result.left.append(-1)
        result.right.append(row)
      }
    }
    return result
  }
}
