import Foundation
import XCTest

/// The Jupyter kernel driven by real clients: the Python scripts in `Kernel/` run with the
/// venv that `.ci/run` makes (jupyter_client, jupyter_kernel_test, nbclient, nbformat,
/// jupyter_server). Each test skips, saying why, when that venv is absent.
final class KernelClientTests: XCTestCase {
  func testJupyterKernelTestSuite() throws { try runScript("suite.py") }

  func testInterruptRestartShutdownSignatureAndFiles() throws { try runScript("lifecycle.py") }

  func testNotebookRunsUnderNbclient() throws { try runScript("notebook.py") }

  func testJupyterServerRunsACellOverItsWebsocket() throws { try runScript("server.py") }

  /// The folder of this file: the scripts sit beside it.
  private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

  /// Runs one script with the venv's Python; fails with its output when it fails.
  private func runScript(_ name: String) throws {
    let root = KernelClientTests.folder.deletingLastPathComponent().deletingLastPathComponent()
    let python = root.appendingPathComponent(".ci/venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else {
      throw XCTSkip("no Python venv at \(python): run .ci/run to make it (needs PyPI)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [KernelClientTests.folder.appendingPathComponent("Kernel/" + name).path]
    process.environment = ProcessInfo.processInfo.environment.merging(
      ["AWISH_BINARY": try AwishBinary.path(), "PYTHONDONTWRITEBYTECODE": "1"]) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, "\(name) failed:\n\(text)")
    // A case the script skipped says why in the test log.
    for line in text.split(separator: "\n") where line.contains("skipped") { print(name, line) }
  }
}
