import Foundation
import XCTest

/// The real `awish` binary in a pseudo-terminal (tmux): libedit line editing, tab
/// completion, history recall, continuation lines, errors, Ctrl-C and Ctrl-D.
final class REPLTerminalTests: XCTestCase {
  func testInteractiveSession() throws {
    let binary = try AwishBinary.path()
    let history = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-history-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: history) }
    let terminal = try TmuxTerminal(command: ["env", "AWISH_HISTORY=\(history)", binary])
    try terminal.expect("In [1]:")

    try enter(terminal, "total = 41")
    try terminal.expect("In [2]:")
    try terminal.type("tot")
    try terminal.press("Tab")
    try terminal.expect("In [2]: total")
    try enter(terminal, " + 1")
    try terminal.expect("Out[2]: 42")

    try terminal.type("print(total, sep")
    try terminal.press("Tab")
    try terminal.expect("print(total, sep=")
    try enter(terminal, "\"-\")")
    try terminal.expect("In [4]:")

    try terminal.press("Up", "Up")
    try terminal.expect("In [4]: total + 1")
    try terminal.press("Enter")
    try terminal.expect("Out[4]: 42")

    try enter(terminal, "for i in 0..<3 {")
    try terminal.expect("   ...:")
    try enter(terminal, "print(i * 100)")
    try enter(terminal, "}")
    try terminal.expect("200")

    try enter(terminal, "prnt(1)")
    try terminal.expect("did you mean 'print'?")
    try terminal.expect("In [7]:")

    try enter(terminal, "while true { }")
    Thread.sleep(forTimeInterval: 0.5)
    try terminal.press("C-c")
    try terminal.expect("error[E0324]: interrupted")
    // Ctrl-C also stops a builtin that calls back per element.
    try enter(terminal, "map(list(0..<3000), x -> len(map(list(0..<3000), y -> y)))")
    Thread.sleep(forTimeInterval: 0.5)
    try terminal.press("C-c")
    let stopped = try terminal.expect("In [9]:", timeout: 5)
    XCTAssertEqual(
      stopped.components(separatedBy: "error[E0324]: interrupted").count, 3,
      "map was not interrupted:\n\(stopped)")
    try enter(terminal, "total")
    try terminal.expect("Out[9]: 41")

    try terminal.type("abc")
    try terminal.press("C-c")
    try terminal.expect("In [10]:", timeout: 2)
    try enter(terminal, "7")
    let screen = try terminal.expect("Out[10]: 7")
    XCTAssertFalse(screen.contains("abc7"), "Ctrl-C at the prompt kept the line:\n\(screen)")
    if ProcessInfo.processInfo.environment["AWISH_SHOW_SCREEN"] != nil { print(screen) }

    // A multi-line input comes back from history whole.
    try enter(terminal, "fn sq(x) {")
    try enter(terminal, "x * x")
    try enter(terminal, "}")
    try enter(terminal, "sq(3)")
    try terminal.expect("Out[12]: 9")
    try terminal.press("Up", "Up")
    try terminal.expect("x * x\n}")
    try terminal.press("Enter")
    try enter(terminal, "sq(4)")
    try terminal.expect("Out[14]: 16")

    try terminal.press("C-d")
    let deadline = Date().addingTimeInterval(5)
    while terminal.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    XCTAssertFalse(terminal.isRunning, "Ctrl-D did not end the REPL")
    // libedit writes spaces in its history file as '\040'.
    let saved = try String(contentsOfFile: history, encoding: .utf8)
      .replacingOccurrences(of: "\\040", with: " ")
    XCTAssertTrue(saved.contains("total = 41"), saved)
  }

  private func enter(_ terminal: TmuxTerminal, _ text: String) throws {
    try terminal.type(text)
    try terminal.press("Enter")
  }
}
