import Builtins
import Tensor
import XCTest

/// What awish reads from a script before submitting it: the parameters it uses and its
/// fetch calls; and the task hash that keeps finished tasks from running twice.
final class ScriptAnalysisTests: XCTestCase {
  func testParameterNamesAndTheUnknownOne() throws {
    let source = """
      trees = params.trees
      depth = if "depth" in params { params.depth } else { nil }
      kind = params["split kind"]
      """
    XCTAssertEqual(ScriptParameters.names(in: source), ["trees", "depth", "split kind"])
    XCTAssertNoThrow(
      try ScriptParameters.check(["trees", "depth"], source: source, script: "/s.awi"))
    XCTAssertThrowsError(try ScriptParameters.check(["tres"], source: source, script: "/s.awi")) {
      error in
      let error = error as? ClusterError
      XCTAssertEqual(error?.message, "unknown parameter 'tres': s.awi never reads params.tres")
      XCTAssertEqual(error?.help?.hasPrefix("did you mean 'trees'?"), true)
    }
  }

  func testFetchCallsAreFoundEverywhereAndLiteralOnesMarked() {
    let source = """
      a = fetch("pangaea:10.1594/PANGAEA.1")
      fn load(id) { return fetch(f"pangaea:{id}") }
      if true { b = fetch("o2a:vessel:x", begin="2024-01-01", quality=[1, 2]) }
      """
    let calls = FetchCalls.find(in: source, name: "s.awi")
    XCTAssertEqual(calls.map(\.line), [1, 2, 3])
    XCTAssertEqual(calls.map(\.isLiteral), [true, false, true])
    XCTAssertEqual(calls[0].text, "fetch(\"pangaea:10.1594/PANGAEA.1\")")
    XCTAssertEqual(FetchCalls.find(in: "fetch(", name: "bad.awi"), [])
  }

  func testTaskHashFollowsScriptParametersAndInputFiles() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-hash-\(UUID().uuidString).wav"
    ).path
    try Data([1, 2, 3]).write(to: URL(fileURLWithPath: file))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let hasher = TaskHash(script: "print(1)", manifest: nil)
    let parameters: [(String, JSON)] = [("trees", .int(100)), ("files", .array([.string(file)]))]
    let key = hasher.key(for: parameters)
    XCTAssertEqual(key, TaskHash(script: "print(1)", manifest: nil).key(for: parameters))
    XCTAssertNotEqual(key, TaskHash(script: "print(2)", manifest: nil).key(for: parameters))
    XCTAssertNotEqual(key, TaskHash(script: "print(1)", manifest: "x").key(for: parameters))
    XCTAssertNotEqual(key, hasher.key(for: [("trees", .int(200)), parameters[1]]))
    try Data([1, 2, 3, 4]).write(to: URL(fileURLWithPath: file))
    XCTAssertNotEqual(key, hasher.key(for: parameters))
  }
}
