import XCTest

@testable import Tensor

/// The pool hands back only buffers of the exact size asked for, and results computed into
/// a reused buffer equal fresh ones.
final class BufferPoolTests: XCTestCase {
  func testTakesOnlyExactSizesAndOnlyLargeOnes() {
    let pool = BufferPool()
    let count = BufferPool.minimumCount
    pool.give([Double](repeating: 7, count: count))
    pool.give([Double](repeating: 1, count: 10))
    XCTAssertNil(pool.take(count + 1) as [Double]?)
    XCTAssertNil(pool.take(10) as [Double]?)
    XCTAssertEqual((pool.take(count) as [Double]?)?.count, count)
    XCTAssertNil(pool.take(count) as [Double]?)
  }

  func testReusedBuffersGiveTheSameResults() throws {
    let count = BufferPool.minimumCount
    let a = try Tensor(shape: [count], data: (0..<count).map { Double($0) * 0.5 })
    let b = try Tensor(shape: [count], data: (0..<count).map { 1 / Double($0 + 1) })
    let fresh = try Broadcast.apply(a, b, .multiply)
    BufferPool.shared.give([Double](repeating: .nan, count: count))
    let reused = try Broadcast.apply(a, b, .multiply)
    XCTAssertEqual(fresh.data, reused.data)
  }
}
