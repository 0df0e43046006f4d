import Foundation
import TestSupport
import XCTest

/// The report points of issue 17, in the HTML awish writes and in the page Chromium renders:
/// print() of nothing renders nothing, frames and evaluations are tables, a plot coloured by
/// a column has one colour per group and a legend, read_wav lands in the provenance footer,
/// and a warning shows in the cell whose code gave it.
final class ReportPointsTests: XCTestCase {
  private static let script = """
    # %% Species report
    birds = frame(
      species=["Adelie", "Adelie", "Gentoo", "Gentoo", "Adelie", "Gentoo", "Chinstrap", "Chinstrap"],
      bill=[39.1, 40.3, 47.5, 49.1, 38.6, 46.2, 49.5, 50.9],
      flipper=[181.0, 195, 217, 220, 190, 215, 198, 196],
      station=["a", "a", "b", "b", "c", "c", "a", "b"])
    print()
    birds

    # %% By species
    scatter(birds, x=.bill, y=.flipper, color=.species)

    # %% Model
    parts = train_test_split(birds, test=0.5, seed=1)
    m = fit(naive_bayes(), birds |> drop("station"), target="species")
    print()
    evaluate(m, birds)

    # %% Recording
    write_wav(signal([0, 1, 0, -1] * 100, rate=8000), "tone.wav")
    s = read_wav("tone.wav")
    print(s.rate)

    """

  private var folder = ""

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-report-points-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: folder)
  }

  /// Renders the script; returns the report's path and what awish wrote to standard error.
  private func render() throws -> (path: String, errors: String) {
    let script = folder + "/points.awi"
    try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
    let target = folder + "/points.html"
    let result = try AwishBinary.run(["report", script, "-o", target])
    XCTAssertEqual(result.status, 0, result.errors)
    return (target, result.errors)
  }

  /// The cells of a page, from each `<section class="cell"` to the next.
  private func sections(_ page: String) -> [String] {
    Array(page.components(separatedBy: "<section class=\"cell\"").dropFirst())
  }

  func testAWarningShowsInTheCellThatGaveIt() throws {
    let (path, errors) = try render()
    let cells = sections(try String(contentsOfFile: path, encoding: .utf8))
    XCTAssertEqual(cells.count, 4)
    let warning = "<pre class=\"warning\">warning: 3 values of 'station' have rows in both"
    XCTAssertEqual(cells.map { $0.contains(warning) }, [false, false, true, false])
    XCTAssertTrue(
      cells.count > 2 && cells[2].contains("pass group=&quot;station&quot;</pre>"), "the fix")
    XCTAssertTrue(errors.contains("warning: 3 values of 'station'"), "and on standard error")
  }

  func testChromiumRendersTheReportPoints() throws {
    guard
      let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy
        .compactMap(ReportTests.executable).first
    else {
      throw XCTSkip("chromium is not installed (Debian: chromium); the browser check is skipped")
    }
    let (path, _) = try render()
    let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    let dom = try ReportTests.capture(chromium, common + ["--dump-dom", "file://" + path])
    XCTAssertEqual(dom.status, 0, dom.errors)
    let cells = sections(dom.output)
    guard cells.count == 4 else { return XCTFail("4 cells rendered, not \(cells.count)") }
    // print() of nothing: no output box at all, and the frame is a table with its types.
    XCTAssertNil(
      dom.output.range(of: "<pre class=\"output\">\\s*</pre>", options: .regularExpression))
    XCTAssertFalse(cells[0].contains("<pre class=\"output\">"), "print() renders nothing")
    XCTAssertTrue(cells[0].contains("<p class=\"shape\">8 rows × 4 columns</p>"))
    XCTAssertTrue(cells[0].contains("<th>species</th><th>bill</th><th>flipper</th>"))
    XCTAssertTrue(cells[0].contains("<td class=\"n\">39.1</td><td class=\"n\">181.0</td>"))
    // color=.species: a legend entry and a colour of the cycle per species.
    for species in ["Adelie", "Chinstrap", "Gentoo"] {
      XCTAssertTrue(cells[1].contains(">\(species)</text>"), "\(species) in the legend")
    }
    let fills = Set(
      cells[1].components(separatedBy: "<circle").dropFirst().compactMap { circle in
        circle.range(of: "fill=\"#[0-9a-f]{6}\"", options: .regularExpression).map {
          String(circle[$0])
        }
      })
    XCTAssertEqual(fills.count, 3, "one colour per species: \(fills)")
    // The evaluation: sklearn's report and the confusion matrix, both tables; the warning.
    XCTAssertTrue(cells[2].contains("<th>precision</th><th>recall</th><th>f1-score</th>"))
    XCTAssertTrue(
      cells[2].contains("<th>true</th><th>Adelie</th><th>Chinstrap</th><th>Gentoo</th>"))
    XCTAssertFalse(cells[2].contains("<pre class=\"output\">"), "print() renders nothing")
    XCTAssertTrue(cells[2].contains("<pre class=\"warning\">warning: 3 values of 'station'"))
    // read_wav's file in the provenance footer, read (after written).
    let footer = dom.output.components(separatedBy: "<footer>").last ?? ""
    XCTAssertTrue(footer.contains("<tr><td><code>tone.wav</code></td><td>read</td>"), footer)
    XCTAssertFalse(footer.contains("No data files were read"), footer)
    // The warning's box is drawn in its colour (#fffbeb) in the rendered page.
    let screenshot = folder + "/points.png"
    let shot = try ReportTests.capture(
      chromium,
      common + ["--window-size=1000,3000", "--screenshot=\(screenshot)", "file://" + path])
    XCTAssertEqual(shot.status, 0, shot.errors)
    let image = try LibPNG.load().decode(try Data(contentsOf: URL(fileURLWithPath: screenshot)))
    let warningPixels = stride(from: 0, to: image.rgb.count - 2, by: 3).filter {
      image.rgb[$0] == 0xff && image.rgb[$0 + 1] == 0xfb && image.rgb[$0 + 2] == 0xeb
    }.count
    XCTAssertGreaterThan(warningPixels, 5000, "the warning box is drawn")
  }
}
