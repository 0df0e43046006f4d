import Foundation
import XCTest

@testable import awish

/// The `%` magics of the REPL.
final class MagicTests: XCTestCase {
  private func temporaryPath(_ name: String) -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-magic-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
  }

  func testWhoListsUserVariablesOnly() {
    let repl = REPLHarness(["%who", "b = 1", "a = [1, 2]", "1 + 1", "%who"], interactive: false)
    repl.run()
    XCTAssertEqual(repl.output, "no variables are defined\n2\nb  a\n")
  }

  func testWhosShowsTypesAndSizes() {
    let repl = REPLHarness(
      ["n = 3", "xs = [1, 2]", "name = \"abc\"", "%whos"],
      interactive: false)
    repl.run()
    XCTAssertEqual(
      repl.output,
      """
      name  type    size
      ----  ------  ----
      n     int
      xs    list    2
      name  string  3

      """)
  }

  func testTimePrintsWallTimeAndTheValue() {
    let repl = REPLHarness(["%time 6 * 7"])
    repl.run()
    XCTAssertTrue(repl.output.contains("wall time: "), repl.output)
    XCTAssertTrue(repl.output.contains("Out[1]: 42"), repl.output)
  }

  func testTimeitPrintsBestAndMedian() {
    let repl = REPLHarness(["x = 2", "%timeit x * 3", "%who"], interactive: false)
    repl.run()
    XCTAssertTrue(repl.output.hasPrefix("best "), repl.output)
    XCTAssertTrue(repl.output.contains(" per loop (5 runs, "), repl.output)
    XCTAssertTrue(repl.output.hasSuffix("x\n"), "the timing function is hidden: \(repl.output)")
  }

  func testTimeitReportsErrorsOfTheExpression() {
    let repl = REPLHarness(["%timeit nope + 1"], interactive: false)
    repl.run()
    XCTAssertTrue(repl.errors.contains("name 'nope' is not defined"), repl.errors)
    XCTAssertEqual(repl.output, "")
  }

  func testRunKeepsTheScriptsNames() throws {
    let path = temporaryPath("setup.awi")
    try "depth = 40\nfn double(v) = v * 2\n".write(toFile: path, atomically: true, encoding: .utf8)
    let repl = REPLHarness(["%run \(path)", "double(depth)"], interactive: false)
    repl.run()
    XCTAssertEqual(repl.output, "80\n")
  }

  func testRunOfAMissingFile() {
    let repl = REPLHarness(["%run /nonexistent/x.awi"], interactive: false)
    repl.run()
    XCTAssertEqual(repl.errors, "error[E0810]: file '/nonexistent/x.awi' does not exist\n")
  }

  func testResetForgetsVariables() {
    let repl = REPLHarness(["x = 1", "x", "%reset", "%who", "x"], interactive: false)
    repl.run()
    XCTAssertEqual(
      repl.output, "1\nall variables and imports are forgotten\nno variables are defined\n")
    XCTAssertTrue(repl.errors.contains("name 'x' is not defined"))
  }

  func testHistoryNumbersTheInputs() {
    let repl = REPLHarness(["x = 1", "if x {", "  2", "}", "%history"], interactive: false)
    repl.run()
    XCTAssertEqual(repl.output, "2\n1: x = 1\n2: if x {\n     2\n   }\n3: %history\n")
  }

  func testSaveWritesCells() throws {
    let path = temporaryPath("session.awi")
    let repl = REPLHarness(
      ["x = 1", "%who", "y = x + 1", "y", "%save \(path) 1-3"],
      interactive: false)
    repl.run()
    XCTAssertEqual(
      try String(contentsOfFile: path, encoding: .utf8),
      "# %% In [1]\nx = 1\n\n# %% In [3]\ny = x + 1\n")
    XCTAssertTrue(repl.output.hasSuffix("saved 2 inputs to '\(path)'\n"))
    let folder = (path as NSString).deletingLastPathComponent
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["session.awi"])
  }

  func testSaveRefusesAWorkspaceRawFolder() throws {
    let folder = (temporaryPath("awish.toml") as NSString).deletingLastPathComponent
    try "[project]\n".write(toFile: folder + "/awish.toml", atomically: true, encoding: .utf8)
    let repl = REPLHarness(["x = 1", "%save \(folder)/raw/session.awi"], interactive: false)
    repl.run()
    XCTAssertEqual(
      repl.errors,
      "error[E0810]: '\(folder)/raw/session.awi' is inside the read-only raw folder \(folder)/raw/\n"
    )
    XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/raw/session.awi"))
  }

  func testSaveWithABadRange() {
    let repl = REPLHarness(["%save out.awi 3-x"], interactive: false)
    repl.run()
    XCTAssertEqual(
      repl.errors,
      "error[E0810]: '3-x' is not an input number or a range like '2-5'\n")
  }

  func testQuitLeaves() {
    let repl = REPLHarness(["%quit", "1"], interactive: false)
    XCTAssertEqual(repl.run(), 0)
    XCTAssertEqual(repl.output, "")
  }

  func testUnknownMagicSuggestsTheClosest() {
    let repl = REPLHarness(["%tim 1"], interactive: false)
    repl.run()
    XCTAssertEqual(
      repl.errors,
      """
      error[E0811]: unknown magic '%tim'
       --> In [1]:1:1
        |
      1 | %tim 1
        | ^^^^ did you mean '%time'?
        |

      """)
  }

  func testUnknownMagicWithoutACloseNameListsTheMagics() {
    let repl = REPLHarness(["%plot"], interactive: false)
    repl.run()
    XCTAssertTrue(repl.errors.contains("= help: magics are '%cd DIR', '%history', "), repl.errors)
  }

  func testMagicWithoutItsArgument() {
    let repl = REPLHarness(["%time"], interactive: false)
    repl.run()
    XCTAssertEqual(repl.errors, "error[E0810]: '%time' needs an expression\n")
  }
}
