import XCTest

@testable import Tensor

/// The radix sort against a stable comparison sort: negatives, -0.0 beside 0.0, infinities,
/// NaN and missing rows, many ties, and keys spread over every bit.
final class RadixSortTests: XCTestCase {
  func testFloatOrderMatchesStableComparisonSort() {
    var random = SplitMix64(seed: 42)
    let specials: [Double] = [-2.5, -0.0, 0.0, 1, 3.25, .infinity, -.infinity, .nan, -1e-300]
    for count in [0, 1, 2, 17, 1000, 5000] {
      let values = (0..<count).map { _ -> Double in
        let pick = random.next() % 4
        if pick == 0 { return specials[Int(random.next() % UInt64(specials.count))] }
        if pick == 1 { return Double(bitPattern: random.next()) }
        return Double(Int64(random.next() % 200) - 100) / 4
      }
      let validity = Bitmap((0..<count).map { _ in random.next() % 7 != 0 })
      for descending in [false, true] {
        XCTAssertEqual(
          RadixSort.order(values, validity: validity, descending: descending),
          reference(values, validity, descending, isIncluded: { !$0.isNaN }))
        XCTAssertEqual(
          RadixSort.order(values, validity: nil, descending: descending),
          reference(values, nil, descending, isIncluded: { !$0.isNaN }))
      }
    }
  }

  func testIntOrderMatchesStableComparisonSort() {
    var random = SplitMix64(seed: 9)
    for count in [0, 3, 999, 4000] {
      let values = (0..<count).map { index -> Int in
        index % 3 == 0 ? Int(bitPattern: UInt(random.next())) : Int(random.next() % 50) - 25
      }
      let validity = Bitmap((0..<count).map { _ in random.next() % 5 != 0 })
      for descending in [false, true] {
        let expected = reference(values, validity, descending, isIncluded: { _ in true })
        XCTAssertEqual(
          RadixSort.order(values, validity: validity, descending: descending), expected)
      }
    }
  }

  /// Rows with an included, present value in stable order, then the others in row order.
  func reference<T: Comparable>(
    _ values: [T], _ validity: Bitmap?, _ descending: Bool, isIncluded: (T) -> Bool
  ) -> [Int] {
    let keyed = values.indices.filter { validity?.isValid($0) != false && isIncluded(values[$0]) }
    let sorted = keyed.sorted { a, b in
      let (x, y) = (values[a], values[b])
      if x != y { return descending ? x > y : x < y }
      return a < b
    }
    let included = Set(keyed)
    return sorted + values.indices.filter { !included.contains($0) }
  }
}
