import Foundation
import XCTest

/// The REPL habits of issue 17 in a real terminal (tmux): the banner, completion of column
/// names inside strings, of `.col` in a pipe and of file paths, the hints for Python
/// spellings, `!cmd`, `%cd` and `%pwd`, `%whos`, numbered results, and a plot coloured by group
/// drawn in its colours.
final class REPLHabitsTerminalTests: XCTestCase {
  private var folder = ""

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-habits-tmux-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: folder + "/sub", withIntermediateDirectories: true)
    try """
    species,island,bill,body_mass_g
    Adelie,Torgersen,39.1,3750
    Gentoo,Biscoe,47.5,5000
    Adelie,Dream,38.6,3800
    Gentoo,Biscoe,49.1,5200

    """.write(toFile: folder + "/penguins.csv", atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  func testIPythonHabitsInATerminal() throws {
    let binary = try AwishBinary.path()
    // swift test sets NO_COLOR, which the REPL honours; this terminal shows colour.
    let terminal = try TmuxTerminal(command: [
      "sh", "-c", "cd '\(folder)' && exec env -u NO_COLOR AWISH_HISTORY= '\(binary)'",
    ])
    try terminal.expect("?name for help, help() for everything")
    try terminal.expect("In [1]:")

    // Completion: a path in a reader's string, a column in df["…"] and in a verb's string,
    // a .col inside a pipe.
    try terminal.type("df = read_csv(\"peng")
    try terminal.press("Tab")
    try terminal.expect("df = read_csv(\"penguins.csv\"")
    try enter(terminal, ")")
    try terminal.expect("In [2]:")
    try terminal.type("df[\"spe")
    try terminal.press("Tab")
    try terminal.expect("df[\"species\"]")
    try terminal.press("Enter")
    try terminal.expect("column 'species' string, 4 rows")
    try terminal.type("group_by(df, \"is")
    try terminal.press("Tab")
    try terminal.expect("group_by(df, \"island\"")
    try enter(terminal, ") |> summarize(n=len(.bill))")
    try terminal.expect("Torgersen")
    try terminal.type("df |> where(.bo")
    try terminal.press("Tab")
    try terminal.expect("df |> where(.body_mass_g")
    try enter(terminal, " > 4000) |> nrow()")
    try terminal.expect("Out[4]: 2")

    // Python spellings get the awi one.
    try enter(terminal, "def f(x):")
    try terminal.expect("awi defines functions with 'fn f(x) { … }'")
    try enter(terminal, "df.shape")
    try terminal.expect("nrow(x) and ncol(x) count the rows and columns of a frame")
    try enter(terminal, "df.body_mas_g")
    try terminal.expect("did you mean 'body_mass_g'?")
    try enter(terminal, "_4 + In[4].len()")
    try terminal.expect("no field 'len'")
    try enter(terminal, "_4 * 10")
    try terminal.expect("Out[9]: 20")

    // The shell and the folder magics, %whos with shapes.
    try enter(terminal, "!echo from-the-shell")
    try terminal.expect("\nfrom-the-shell")
    try enter(terminal, "%cd sub")
    try enter(terminal, "%pwd")
    try terminal.expect("/sub\n")
    try enter(terminal, "%whos")
    try terminal.expect("df    frame  4 × 4")

    // A plot by group: each species in its colour of the cycle (blue, orange).
    try enter(terminal, "scatter(df, x=.bill, y=.body_mass_g, color=.species)")
    try terminal.expect("• Adelie   × Gentoo")
    let colored = try terminal.screen(escapes: true)
    XCTAssertTrue(colored.contains("\u{1B}[38;2;31;119;180m"), "no blue series:\n\(colored)")
    XCTAssertTrue(colored.contains("\u{1B}[38;2;255;127;14m"), "no orange series:\n\(colored)")

    try enter(terminal, "quit")
    let deadline = Date().addingTimeInterval(5)
    while terminal.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    XCTAssertFalse(terminal.isRunning, "a bare quit did not end the REPL")
  }

  private func enter(_ terminal: TmuxTerminal, _ text: String) throws {
    try terminal.type(text)
    try terminal.press("Enter")
  }
}
