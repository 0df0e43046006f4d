import Foundation
import XCTest

@testable import awish

/// What someone coming from IPython reaches for: `!cmd`, `%cd`/`%pwd`/`%ls`, `_5` and
/// `In[4]`, a bare `quit` or `exit`, and `%whos` with shapes.
final class IPythonHabitTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-habits-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: folder + "/sub", withIntermediateDirectories: true)
    try "a,b\n1,2\n".write(toFile: folder + "/x.csv", atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws {
    _ = FileManager.default.changeCurrentDirectoryPath("/")
    try? FileManager.default.removeItem(atPath: folder)
  }

  func testShellCommandsAndFolders() {
    let repl = REPLHarness(
      [
        "!echo hello from the shell", "%cd \(folder)", "%pwd", "%ls", "!exit 3", "%cd /nonexistent",
      ],
      interactive: false)
    repl.run()
    let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
    XCTAssertTrue(repl.output.hasPrefix("hello from the shell\n"), repl.output)
    XCTAssertTrue(repl.output.contains("sub/\nx.csv\n"), repl.output)
    XCTAssertTrue(repl.output.contains(real) || repl.output.contains(folder), repl.output)
    XCTAssertTrue(repl.errors.contains("the command ended with status 3"), repl.errors)
    XCTAssertTrue(repl.errors.contains("no folder '/nonexistent'"), repl.errors)
  }

  func testNumberedResultsInputsAndBareQuit() {
    let repl = REPLHarness(
      ["6 * 7", "_1 + 1", "In[1]", "quit", "print(\"not reached\")"], interactive: false)
    XCTAssertEqual(repl.run(), 0)
    XCTAssertEqual(repl.output, "42\n43\n\"6 * 7\"\n")
    let exiting = REPLHarness(["1", "exit", "2"], interactive: false)
    exiting.run()
    XCTAssertEqual(exiting.output, "1\n")
  }

  func testWhosShowsShapesAndHidesIPythonNames() {
    let repl = REPLHarness(
      ["t = tensor([[1, 2, 3], [4, 5, 6]])", "df = frame(a=[1, 2], b=[3, 4])", "1", "%whos"],
      interactive: false)
    repl.run()
    XCTAssertEqual(
      repl.output,
      """
      1
      name  type    size
      ----  ------  -----
      t     tensor  2 × 3
      df    frame   2 × 2

      """)
  }
}
