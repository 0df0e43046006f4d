import Foundation
import XCTest

@testable import Guards
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

  func testParallelWorkersSeeTheCallersLimit() {
    // Each piece sleeps, so Dispatch hands some to its worker threads, which do not inherit
    // task-local values by themselves.
    let refused = { @Sendable (_: Int) -> (refused: Bool, thread: String) in
      usleep(5000)
      let refused = (try? MemoryBudget.check(bytes: 80 << 20)) == nil
      return (refused, String(describing: pthread_self()))
    }
    let bound = MemoryBudget.limit.withValue(64 << 20) { Parallel.map(Array(0..<16), refused) }
    XCTAssertEqual(bound.map(\.refused), Array(repeating: true, count: 16))
    if ProcessInfo.processInfo.activeProcessorCount > 1 {
      XCTAssertGreaterThan(Set(bound.map(\.thread)).count, 1, "no piece ran on a worker")
    }
    let unbound = Parallel.map(Array(0..<16), refused)
    XCTAssertEqual(unbound.map(\.refused), Array(repeating: false, count: 16))
    MemoryBudget.limit.withValue(64 << 20) {
      Parallel.ranges(64, minimum: 8) { range in
        XCTAssertNil(try? MemoryBudget.check(bytes: 80 << 20), "piece \(range) was allowed")
      }
    }
  }

  /// The control-group ceilings: both hierarchies' memory lines, every ancestor, "max" and
  /// v1's huge number as no limit.
  func testControlGroupCeilingsAreReadFromTheirFiles() {
    let membership = "12:pids:/x\n4:memory:/slurm/uid_1/job_7\n0::/system.slice/job_7/step_0\n"
    let paths = MemoryCeilings.controlGroupPaths(membership)
    XCTAssertEqual(paths.map(\.version), [1, 2])
    XCTAssertEqual(paths.map(\.path), ["/slurm/uid_1/job_7", "/system.slice/job_7/step_0"])
    XCTAssertEqual(MemoryCeilings.ancestors(of: "/a/b"), ["/a/b", "/a", ""])
    XCTAssertEqual(MemoryCeilings.ancestors(of: "/"), [""])
    XCTAssertEqual(MemoryCeilings.remaining(limit: "4294967296\n", usage: "1073741824\n"), 3 << 30)
    XCTAssertEqual(MemoryCeilings.remaining(limit: "100", usage: "200"), 0)
    XCTAssertNil(MemoryCeilings.remaining(limit: "max\n", usage: "5"))
    XCTAssertNil(MemoryCeilings.remaining(limit: "9223372036854771712", usage: "5"))
    XCTAssertNil(MemoryCeilings.remaining(limit: nil, usage: "5"))
    XCTAssertEqual(MemoryCeilings.virtualSize("Name:\tawish\nVmSize:\t  2048 kB\n"), 2 << 20)
  }
}
