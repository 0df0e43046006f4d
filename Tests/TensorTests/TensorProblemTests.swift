import Foundation
import Guards
import XCTest

@testable import Tensor

/// A tensor's problems say their kind: a subscript past its axis is `.indexOutOfRange`, a
/// shape past what a tensor may hold or what memory allows is `.tooLarge`, and only what
/// cannot be a shape at all stays `.badShape`.
final class TensorProblemTests: XCTestCase {
  func testPickingPastAnAxisIsIndexOutOfRange() throws {
    let x = try Tensor(shape: [2, 3], data: Array(repeating: 1, count: 6))
    for picks: [Tensor.Pick] in [[.index(2)], [.index(0), .index(3)], [.positions([0, 3])]] {
      XCTAssertThrowsError(try x.picking(picks)) { error in
        XCTAssertEqual(error as? Tensor.Problem, .indexOutOfRange("index out of range"))
      }
    }
    XCTAssertThrowsError(try x.picking([.index(0), .index(0), .index(0)])) { error in
      guard case .badShape = error as? Tensor.Problem else { return XCTFail("\(error)") }
    }
  }

  func testMemoryRefusalIsTooLarge() {
    let refused = MemoryBudget.limit.withValue(256 << 20) {
      problem { () throws(Tensor.Problem) in try Tensor.filled([10000, 10000], with: 0) }
    }
    guard case .tooLarge(let text) = refused else {
      return XCTFail("\(String(describing: refused))")
    }
    XCTAssertTrue(
      text.hasPrefix("a tensor of shape [10000, 10000] would need 0.7 GiB of memory"), text)
  }

  func testMoreValuesThanATensorHoldsIsTooLarge() throws {
    XCTAssertEqual(
      problem { () throws(Tensor.Problem) in try Tensor.filled([1 << 20, 1 << 20], with: 0) },
      .tooLarge("shape [1048576, 1048576] is too large or negative"))
    XCTAssertEqual(
      problem { () throws(Tensor.Problem) in try Tensor.filled([-1], with: 0) },
      .badShape("shape [-1] is too large or negative"))
    let column = Tensor(unchecked: [1 << 15, 1], data: [])
    let row = Tensor(unchecked: [1, 1 << 14], data: [])
    XCTAssertEqual(
      problem { () throws(Tensor.Problem) in try column.matmul(row) },
      .tooLarge("the product would have 32768×16384 values, more than \(Tensor.maxElements)"))
  }

  /// The problem `body` throws; nil when it returns.
  private func problem(_ body: () throws(Tensor.Problem) -> Tensor) -> Tensor.Problem? {
    do throws(Tensor.Problem) {
      _ = try body()
      return nil
    } catch {
      return error
    }
  }
}
