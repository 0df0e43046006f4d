import Foundation
import TestSupport
import XCTest

/// `awish report`: the HTML it writes, and how a real browser renders it.
final class ReportTests: XCTestCase {
  private static let demo = Bundle.module.url(
    forResource: "report_demo", withExtension: "awi", subdirectory: "Scripts/_report")

  private func makeReport() throws -> (html: String, path: String, result: AwishBinary.Result) {
    let script = try XCTUnwrap(ReportTests.demo)
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let target = folder.appendingPathComponent("report.html").path
    let result = try AwishBinary.run(["report", script.path, "-o", target])
    return (try String(contentsOfFile: target, encoding: .utf8), target, result)
  }

  func testReportRendersEveryCellAndStopsAtTheError() throws {
    let (html, _, result) = try makeReport()
    XCTAssertEqual(result.status, 1, "a failed cell makes the exit status 1")
    XCTAssertTrue(result.errors.contains("wrote "))
    XCTAssertTrue(html.hasPrefix("<!doctype html>"))
    XCTAssertTrue(html.contains("<title>Penguin report</title>"))
    XCTAssertTrue(html.contains("<pre class=\"output\">3 penguins</pre>"))
    XCTAssertTrue(html.contains("<tr class=\"types\"><th></th><th>string</th><th>int</th></tr>"))
    XCTAssertTrue(html.contains("<figure>\n<svg"))
    XCTAssertTrue(html.contains("<figcaption>Body mass per penguin.</figcaption></figure>"))
    XCTAssertTrue(html.contains("hidden code ran"))
    XCTAssertFalse(html.contains("print(&quot;hidden code ran&quot;)"), "echo: false hides code")
    XCTAssertTrue(html.contains("Not run (eval: false)."))
    XCTAssertFalse(html.contains("<pre class=\"output\">must not run"))
    XCTAssertTrue(html.contains("<pre class=\"error\">error[E0303]: division by zero"))
    XCTAssertTrue(html.contains("report_demo.awi:20:5"), "errors keep the script's lines")
    XCTAssertTrue(html.contains("<span class=\"kw\">"), "code is highlighted")
    XCTAssertTrue(html.contains("<h2>Provenance</h2>"))
    XCTAssertFalse(html.contains("<script"), "the report is self-contained and static")
    XCTAssertFalse(html.contains("http://") && !html.contains("http://www.w3.org/2000/svg"))
  }

  /// Blank lines that print() makes between sections render as nothing; an evaluation is a
  /// classification table with the confusion matrix, as sklearn prints it.
  func testBlankOutputIsDroppedAndEvaluationsAreTables() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-report-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("eval.awi").path
    try """
    # %% Evaluation
    birds = frame(mass=[3.1, 3.3, 5.0, 5.2, 3.0, 5.1], species=["a", "a", "b", "b", "a", "b"])
    print()
    m = fit(naive_bayes(), birds, target="species")
    print()
    evaluate(m, birds)
    """.write(toFile: script, atomically: true, encoding: .utf8)
    let target = folder.appendingPathComponent("eval.html").path
    let result = try AwishBinary.run(["report", script, "-o", target])
    XCTAssertEqual(result.status, 0, result.errors)
    let html = try String(contentsOfFile: target, encoding: .utf8)
    XCTAssertFalse(html.contains("<pre class=\"output\">"), "print() alone renders nothing")
    XCTAssertTrue(html.contains("<th>precision</th><th>recall</th><th>f1-score</th>"), html)
    XCTAssertTrue(html.contains("<tr class=\"gap\"><th>accuracy</th>"), html)
    XCTAssertTrue(html.contains("<th>macro avg</th>") && html.contains("<th>weighted avg</th>"))
    XCTAssertTrue(html.contains("confusion matrix (rows: true class, columns: predicted)"))
  }

  /// A regression's evaluation renders as a table of its scores and one of its residuals, and
  /// its residual plot as a figure.
  func testRegressionEvaluationsAreTables() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-report-regression-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("regression.awi").path
    try """
    # %% Regression
    d = frame(x=[1.0, 2.0, 3.0, 4.0, 5.0], y=column([1.1, 1.9, 3.2, 3.9, 5.1], unit="kg"))
    r = evaluate(fit(linear(), d, target="y"), d)
    r
    # %% Residuals
    residual_plot(r)
    """.write(toFile: script, atomically: true, encoding: .utf8)
    let target = folder.appendingPathComponent("regression.html").path
    let result = try AwishBinary.run(["report", script, "-o", target])
    XCTAssertEqual(result.status, 0, result.errors)
    let html = try String(contentsOfFile: target, encoding: .utf8)
    XCTAssertTrue(html.contains("regression of y [kg] on 5 rows</p>"), html)
    XCTAssertTrue(html.contains("<tr><th>R²</th><td class=\"n\">0.993</td></tr>"), html)
    XCTAssertTrue(html.contains("<tr><th>mean baseline R²</th>"), html)
    XCTAssertTrue(html.contains("residuals (true − predicted)</p>"), html)
    XCTAssertTrue(html.contains("<figure>\n<svg"), "the residual plot is a figure")
  }

  /// The footer names each data file by its path from the script's folder with its sha256,
  /// and for a file fetch copied into raw/, the URI, DOI and citation of raw/MANIFEST.tsv.
  func testProvenanceListsChecksumsAndTheManifestsSources() throws {
    let source = try XCTUnwrap(
      Bundle.module.url(
        forResource: "made_ctd_profile", withExtension: "tab",
        subdirectory: "Scripts/workspace/_data"))
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-report-workspace-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: root + "/incoming", withIntermediateDirectories: true)
    defer {
      // fetch makes its copy read-only; let the folder go.
      try? FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: root + "/raw/file")
      try? FileManager.default.removeItem(atPath: root)
    }
    try "[project]\nname = \"report-test\"\n".write(
      toFile: root + "/awish.toml", atomically: true, encoding: .utf8)
    try FileManager.default.copyItem(
      atPath: source.path, toPath: root + "/incoming/made_ctd_profile.tab")
    let script = root + "/fetch.awi"
    try "# %% Fetch\nctd = fetch(\"file:incoming/made_ctd_profile.tab\")\nprint(nrow(ctd))\n"
      .write(toFile: script, atomically: true, encoding: .utf8)
    let target = root + "/report.html"
    let result = try AwishBinary.run(["report", script, "-o", target])
    XCTAssertEqual(result.status, 0, result.errors)
    let html = try String(contentsOfFile: target, encoding: .utf8)

    let manifest = try String(contentsOfFile: root + "/raw/MANIFEST.tsv", encoding: .utf8)
    let row = try XCTUnwrap(manifest.split(separator: "\n").last?.split(separator: "\t"))
    let sha256 = String(row[4])
    XCTAssertEqual(sha256.count, 64)
    XCTAssertTrue(
      html.contains(
        "<tr><td><code>raw/file/incoming/made_ctd_profile.tab</code></td><td>read</td>"),
      "the path is relative to the script's folder")
    XCTAssertTrue(html.contains("<code class=\"sha\">\(sha256)</code>"))
    XCTAssertTrue(html.contains("from <code>file:incoming/made_ctd_profile.tab</code>"))
    XCTAssertTrue(
      html.contains(
        "DOI <a href=\"https://doi.org/10.1594/PANGAEA.999001\">10.1594/PANGAEA.999001</a>"))
    XCTAssertTrue(html.contains("Example, Ann; Sample, Bob (2024): Made CTD profile"))
    XCTAssertFalse(html.contains(root + "/raw/"), "no absolute paths inside the script's folder")
  }

  func testChromiumRendersTheReport() throws {
    guard
      let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy
        .compactMap(ReportTests.executable).first
    else {
      throw XCTSkip("chromium is not installed (Debian: chromium); the browser check is skipped")
    }
    let (_, path, _) = try makeReport()
    let screenshot = path + ".png"
    let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    let dom = try ReportTests.capture(
      chromium, common + ["--dump-dom", "file://" + path])
    XCTAssertEqual(dom.status, 0, dom.errors)
    XCTAssertTrue(dom.output.contains("<svg"), "the figure is in the rendered page")
    XCTAssertTrue(dom.output.contains("Provenance"))
    XCTAssertFalse(dom.errors.contains("Uncaught"), dom.errors)
    let shot = try ReportTests.capture(
      chromium,
      common + ["--window-size=1000,1600", "--screenshot=\(screenshot)", "file://" + path])
    XCTAssertEqual(shot.status, 0, shot.errors)
    let image = try LibPNG.load().decode(try Data(contentsOf: URL(fileURLWithPath: screenshot)))
    XCTAssertEqual(image.width, 1000)
    // Not blank: many colours (text, the plot's bars, the error box), not just white.
    var colours = Set<UInt32>()
    for index in stride(from: 0, to: image.rgb.count, by: 3) {
      colours.insert(
        UInt32(image.rgb[index]) << 16 | UInt32(image.rgb[index + 1]) << 8
          | UInt32(image.rgb[index + 2]))
    }
    XCTAssertGreaterThan(colours.count, 50)
    let white = stride(from: 0, to: image.rgb.count, by: 3).filter {
      image.rgb[$0] == 255 && image.rgb[$0 + 1] == 255 && image.rgb[$0 + 2] == 255
    }.count
    XCTAssertLessThan(Double(white) / Double(image.width * image.height), 0.97)
  }

  static func executable(_ name: String) -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
      let path = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  static func capture(_ program: String, _ arguments: [String]) throws
    -> AwishBinary.Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return AwishBinary.Result(
      output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: errors, as: UTF8.self), status: process.terminationStatus)
  }
}
