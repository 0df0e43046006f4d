import XCTest

/// The real `awish` binary reading the REPL's input from a pipe: no prompts, results on
/// standard output, errors on standard error.
final class REPLPipeTests: XCTestCase {
  func testPipedInputPrintsOnlyResults() throws {
    let result = try AwishBinary.run(input: "x = 2\nx * 21\nfor i in 0..<2 {\n  print(i)\n}\n")
    XCTAssertEqual(result.output, "42\n0\n1\n")
    XCTAssertEqual(result.errors, "")
    XCTAssertEqual(result.status, 0)
  }

  func testPipedErrorsGoToStandardError() throws {
    let result = try AwishBinary.run(input: "pritn(1)\n2\n")
    XCTAssertEqual(result.output, "2\n")
    XCTAssertEqual(result.status, 1, "a piped session with an error ends with 1, as python3 does")
    XCTAssertEqual(
      result.errors,
      """
      error[E0201]: name 'pritn' is not defined
       --> In [1]:1:1
        |
      1 | pritn(1)
        | ^^^^^ did you mean 'print'?
        |

      """)
  }

  func testExitStatusAndLastLineWithoutLineBreak() throws {
    XCTAssertEqual(try AwishBinary.run(input: "1\nexit(4)").status, 4)
    XCTAssertEqual(try AwishBinary.run(input: "%quit\n").status, 0)
  }
}
