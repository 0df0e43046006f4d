import Foundation
import Interpreter
import XCTest

@testable import awish

/// The REPL driven in-process: prompts, results, `_` and `Out`, continuation lines, errors,
/// help, Ctrl-C and exit statuses.
final class REPLTests: XCTestCase {
  func testPromptsAndOutNumbering() {
    let repl = REPLHarness(["x = 20", "x + 1", "print(x)"])
    XCTAssertEqual(repl.run(), 0)
    XCTAssertEqual(repl.reader.prompts, ["In [1]: ", "In [2]: ", "In [3]: ", "In [4]: "])
    XCTAssertEqual(
      repl.output,
      "awish 0.1.0 — ?name for help, help() for everything, Ctrl-D to leave\n"
        + "\nOut[2]: 21\n\n20\n\n\n")
  }

  func testPipedInputPrintsOnlyResultsAndErrors() {
    let repl = REPLHarness(["x = 20", "x + 1", "print(x)", "y"], interactive: false)
    repl.run()
    XCTAssertEqual(repl.output, "21\n20\n")
    XCTAssertEqual(
      repl.errors,
      """
      error[E0201]: name 'y' is not defined
       --> In [4]:1:1
        |
      1 | y
        | ^
        |

      """)
  }

  func testLastResultAndOut() {
    let repl = REPLHarness(
      ["6 * 7", "_ + 1", "x = 1", "Out[1] + Out[2]", "Out[3]"],
      interactive: false)
    repl.run()
    XCTAssertEqual(repl.output, "42\n43\n85\n")
  }

  func testMultiLineInputContinuesWhileABlockIsOpen() {
    let repl = REPLHarness(["for i in 0..<3 {", "  print(i)", "}", "[1,", "2]"])
    repl.run()
    XCTAssertEqual(
      repl.reader.prompts,
      [
        "In [1]: ", "   ...: ", "   ...: ", "In [2]: ", "   ...: ", "In [3]: ",
      ])
    XCTAssertTrue(repl.output.contains("0\n1\n2\n"))
    XCTAssertTrue(repl.output.contains("Out[2]: [1, 2]"))
  }

  func testBlankLinesAreSkippedWithoutANumber() {
    let repl = REPLHarness(["", "  ", "1"])
    repl.run()
    XCTAssertEqual(repl.reader.prompts.prefix(3), ["In [1]: ", "In [1]: ", "In [1]: "])
    XCTAssertTrue(repl.output.contains("Out[1]: 1"))
  }

  func testSyntaxErrorIsNotAContinuation() {
    let repl = REPLHarness(["1 +* 2", "3"], interactive: false)
    repl.run()
    XCTAssertTrue(repl.errors.hasPrefix("error[E0102]: "), repl.errors)
    XCTAssertTrue(repl.errors.contains("--> In [1]:1:"))
    XCTAssertEqual(repl.output, "3\n")
  }

  func testIncompleteInputAtTheEndShowsItsError() {
    let repl = REPLHarness(["for i in 0..<3 {"], interactive: false)
    // Not interactive: an error makes the status 1, as python3 < file does.
    XCTAssertEqual(repl.run(), 1)
    XCTAssertTrue(repl.errors.contains("unexpected end of input"))
  }

  func testErrorsAreRenderedAsInScripts() {
    let repl = REPLHarness(["x = 1", "pritn(x)"])
    repl.run()
    XCTAssertEqual(
      repl.errors,
      """
      error[E0201]: name 'pritn' is not defined
       --> In [2]:1:1
        |
      1 | pritn(x)
        | ^^^^^ did you mean 'print'?
        |

      """)
  }

  func testVariablesSurviveAnError() {
    let repl = REPLHarness(["x = 5", "x / 0", "x"], interactive: false)
    repl.run()
    XCTAssertTrue(repl.output.hasSuffix("5\n"))
  }

  func testExitLeavesWithItsStatus() {
    let repl = REPLHarness(["1", "exit(3)", "2"], interactive: false)
    XCTAssertEqual(repl.run(), 3)
    XCTAssertEqual(repl.output, "1\n")
  }

  func testEndOfInputLeavesWithZero() {
    XCTAssertEqual(REPLHarness([]).run(), 0)
  }

  func testCtrlCAtThePromptDropsThePartialInput() {
    let repl = REPLHarness(["for i in 0..<3 {", nil, "7"])
    XCTAssertEqual(repl.run(), 0)
    XCTAssertEqual(repl.reader.prompts.prefix(3), ["In [1]: ", "   ...: ", "In [1]: "])
    XCTAssertTrue(repl.output.contains("Out[1]: 7"))
  }

  func testCtrlCDuringAnEvaluationKeepsTheSession() {
    let repl = REPLHarness(["x = 5", "while true { }", "x"], interactive: false)
    DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) {
      interruptRequested.store(true, ordering: .relaxed)
    }
    repl.run()
    XCTAssertTrue(repl.errors.contains("error[E0324]: interrupted"))
    XCTAssertEqual(repl.output, "5\n")
  }

  func testHistoryKeepsEachInputWhole() {
    let repl = REPLHarness(["if true {", "1", "}", "", "2"])
    repl.run()
    XCTAssertEqual(repl.reader.history, ["if true {\n1\n}", "2"])
  }

  func testQuestionMarkShowsHelp() {
    let repl = REPLHarness(["?len", "x = [1]", "? x", "?lenn"], interactive: false)
    repl.run()
    XCTAssertTrue(repl.output.hasPrefix("len(value) -> int\n"))
    XCTAssertTrue(repl.output.contains("[1]: a value of type list"))
    XCTAssertTrue(repl.errors.contains("error[E0201]: name 'lenn' is not defined"))
    XCTAssertTrue(repl.errors.contains("did you mean 'len'?"))
  }

  func testHelpBuiltin() {
    let repl = REPLHarness(["help(print)"], interactive: false)
    repl.run()
    XCTAssertTrue(repl.output.hasPrefix("print("))
  }
}
