import Builtins
import Interpreter
import Lang
import XCTest

/// The one pipeline: outcomes, state kept between runs, and `check`.
final class SessionTests: XCTestCase {
  func testOutcomes() {
    let session = Session(builtins: Builtins.all, output: { _ in })
    guard case .success(let value) = session.run("1 + 2", name: "t", keepLastValue: true) else {
      return XCTFail("expected success")
    }
    XCTAssertEqual(value?.repr, "3")
    guard case .rejected(let diagnostics) = session.run("x = ", name: "t") else {
      return XCTFail("expected rejection")
    }
    XCTAssertEqual(diagnostics.map(\.id), [.unexpectedEndOfInput])
    guard case .failed(let error) = session.run("1 // 0", name: "t") else {
      return XCTFail("expected failure")
    }
    XCTAssertEqual(error.message, "division by zero")
  }

  func testStateIsKeptBetweenRuns() {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    _ = session.run("x = 41", name: "In [1]")
    _ = session.run("fn f() = x + 1", name: "In [2]")
    _ = session.run("print(f())", name: "In [3]")
    XCTAssertEqual(output, "42\n")
    XCTAssertEqual(session.value(of: "x")?.repr, "41")
    XCTAssertEqual(session.definedNames, ["x", "f"])
  }

  func testErrorLeavesSessionUsable() {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    _ = session.run("fn boom(n) = if n == 0 { 1 // 0 } else { boom(n - 1) }", name: "a")
    guard case .failed = session.run("boom(50)", name: "b") else { return XCTFail() }
    _ = session.run("print(boom)", name: "c")
    XCTAssertEqual(output, "<fn boom(n)>\n")
  }

  func testCheckRunsNothing() {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    XCTAssertEqual(session.check("print(1)\ny = nope", name: "t").map(\.id), [.undefinedName])
    XCTAssertTrue(session.check("print(1)", name: "t").isEmpty)
    XCTAssertEqual(output, "")
    XCTAssertNil(session.value(of: "y"))
  }

  func testSetValueAndReset() {
    let session = Session(builtins: Builtins.all, output: { _ in })
    session.setValue(.int(7), for: "params")
    guard case .success(let value) = session.run("params * 2", name: "t", keepLastValue: true)
    else { return XCTFail() }
    XCTAssertEqual(value?.repr, "14")
    session.reset()
    XCTAssertNil(session.value(of: "params"))
  }
}
