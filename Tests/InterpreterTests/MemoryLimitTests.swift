import Builtins
import Guards
import Interpreter
import XCTest

/// The memory limit travels with the session (`RunContext.memoryLimit`), bound as
/// `MemoryBudget.limit` only while that session's code runs: two sessions in one process are
/// each refused or allowed by their own limit, the interpreter's checks and Tensor's alike.
final class MemoryLimitTests: XCTestCase {
  /// 80 MiB each, over the small-request threshold (64 MiB) that passes unchecked: a string
  /// (the interpreter's check) and a tensor (Tensor's), with the start of each refusal.
  let programs = [
    ("s = \"x\" * (80 * 1024 * 1024)\nprint(len(s))", "the result of '*' would need 0.1 GiB"),
    ("t = zeros(10 * 1024 * 1024)\nprint(len(t))", "a tensor of shape [10485760] would need 0.1"),
  ]

  func session(limit: Int?) -> (Session, () -> String) {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    session.run.memoryLimit = limit
    return (session, { output })
  }

  func testEachSessionIsCheckedAgainstItsOwnLimit() {
    let (tight, _) = session(limit: 64 << 20)
    let (roomy, roomyOutput) = session(limit: 1 << 30)
    for (program, refusal) in programs + programs {
      guard case .failed(let error) = tight.run(program, name: "tight") else {
        return XCTFail("the 64 MiB session allocated 80 MiB: \(program)")
      }
      XCTAssertTrue(error.message.hasPrefix(refusal), error.message)
      guard case .success = roomy.run(program, name: "roomy") else {
        return XCTFail("the 1 GiB session was refused 80 MiB: \(program)")
      }
    }
    XCTAssertEqual(roomyOutput(), "83886080\n10485760\n83886080\n10485760\n")
  }

  func testTheLimitIsBoundOnlyWhileTheSessionRuns() {
    let (tight, _) = session(limit: 64 << 20)
    _ = tight.run("x = 1", name: "t")
    XCTAssertNil(MemoryBudget.limit.get())
    XCTAssertNoThrow(try MemoryBudget.check(bytes: 80 << 20))
  }
}
