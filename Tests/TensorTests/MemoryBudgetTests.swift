import XCTest

@testable import Tensor

/// Allocations sized by user input are refused with "would need N GiB" before they happen.
final class MemoryBudgetTests: XCTestCase {
  func testRefusesMoreThanIsAvailable() {
    XCTAssertThrowsError(try MemoryBudget.check(bytes: 3 << 30, available: 2 << 30)) { error in
      XCTAssertEqual(
        (error as? MemoryBudget.Refusal)?.message,
        "would need 3.0 GiB of memory, but 2.0 GiB is available")
    }
  }

  func testAllowsWhatFitsAndSmallRequests() throws {
    try MemoryBudget.check(bytes: 1 << 30, available: 2 << 30)
    try MemoryBudget.check(bytes: 1 << 20, available: 0)
  }

  func testOverflowingProductIsRefused() {
    XCTAssertThrowsError(try MemoryBudget.check(count: Int.max / 2, stride: 8))
  }

  func testFilledTensorChecksMemory() {
    XCTAssertThrowsError(try Tensor.filled([1 << 28, 1 << 20], with: 0))
  }
}
