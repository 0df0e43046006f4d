import Lang
import XCTest

/// The rendered layout, compared as whole texts.
final class DiagnosticRendererTests: XCTestCase {
  func testUndefinedNameAfterUnicode() {
    let file = SourceFile(name: "cruise.awi", text: "x = 1\nlabel = \"°C\" + temprature\n")
    let start = Array(file.text.utf8).count - "temprature\n".utf8.count
    let diagnostic = Diagnostic(
      .undefinedName, "name 'temprature' is not defined", file: file,
      range: SourceRange(start, start + 10), label: "did you mean 'temperature'?",
      notes: ["names are case-sensitive"], help: "define it before this line")
    XCTAssertEqual(
      DiagnosticRenderer(useColor: false).render(diagnostic),
      """
      error[E0201]: name 'temprature' is not defined
       --> cruise.awi:2:16
        |
      2 | label = "°C" + temprature
        |                ^^^^^^^^^^ did you mean 'temperature'?
        |
        = note: names are case-sensitive
        = help: define it before this line

      """)
  }

  func testSecondaryLabelAndWideGutter() {
    let text = String(repeating: "\n", count: 11) + "f(a,\tb)"
    let file = SourceFile(name: "t.awi", text: text)
    let diagnostic = Diagnostic(
      .runtime, "boom", file: file, range: SourceRange(16, 17),
      labels: [Diagnostic.Label(SourceRange(11, 12), "called here")])
    XCTAssertEqual(
      DiagnosticRenderer().render(diagnostic),
      """
      error: boom
        --> t.awi:12:6
         |
      12 | f(a, b)
         |      ^
      12 | f(a, b)
         | -- called here
         |

      """.replacingOccurrences(of: "| -- called", with: "| - called"))
  }

  func testWithoutFile() {
    let diagnostic = Diagnostic(
      .usage, "no such file", file: nil, range: .empty,
      notes: ["n"], help: "h")
    XCTAssertEqual(
      DiagnosticRenderer().render(diagnostic),
      "error: no such file\n  = note: n\n  = help: h\n")
  }

  func testColor() {
    let file = SourceFile(name: "t", text: "x")
    let text = DiagnosticRenderer(useColor: true).render(
      Diagnostic(.runtime, "m", file: file, range: SourceRange(0, 1)))
    XCTAssertTrue(text.hasPrefix("\u{1B}[1;31merror\u{1B}[0m\u{1B}[1m: m\u{1B}[0m\n"))
  }

  func testLongLinesShowAWindowAroundTheCaret() {
    let line = String(repeating: "a + ", count: 100) + "zz"
    let file = SourceFile(name: "t", text: line)
    let start = line.utf8.count - 2
    let text = DiagnosticRenderer().render(
      Diagnostic(.undefinedName, "m", file: file, range: SourceRange(start, start + 2)))
    let lines = text.split(separator: "\n")
    XCTAssertTrue(lines[3].hasPrefix("1 | …"))
    XCTAssertTrue(lines[3].hasSuffix("a + zz"))
    let caret = lines[4].firstIndex(of: "^").map {
      lines[4].distance(from: lines[4].startIndex, to: $0)
    }
    let z = lines[3].firstIndex(of: "z").map {
      lines[3].distance(from: lines[3].startIndex, to: $0)
    }
    XCTAssertEqual(caret, z)
  }
}
