import Builtins
import Foundation
import Interpreter
import XCTest

/// write_wav's file handling: a workspace's raw/ folder is refused, other paths are written
/// whole (temporary file, then rename) and read back.
final class WAVBuiltinsTests: XCTestCase {
  func run(_ code: String, in folder: URL) -> (output: String, error: String?) {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    // Relative paths resolve from the script's folder when the script file exists.
    let script = folder.appendingPathComponent("script.awi").path
    _ = FileManager.default.createFile(atPath: script, contents: Data(code.utf8))
    switch session.run(code, name: script) {
    case .success: return (output, nil)
    case .rejected(let diagnostics): return (output, diagnostics.map(\.message).joined())
    case .failed(let error): return (output, error.message)
    }
  }

  func testWritingIntoRawIsRefusedAndElsewhereWorks() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-ws-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("raw"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data().write(to: folder.appendingPathComponent("awish.toml"))
    let refused = run("write_wav(signal([0.5], rate=8000), \"raw/x.wav\")", in: folder)
    XCTAssertTrue(refused.error?.contains("read-only raw folder") ?? false, "\(refused)")
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: folder.appendingPathComponent("raw/x.wav").path))
    let written = run(
      "write_wav(signal([0.5, -0.25], rate=8000), \"x.wav\")\nprint(list(read_wav(\"x.wav\").samples))",
      in: folder)
    XCTAssertNil(written.error)
    XCTAssertEqual(written.output, "[0.5, -0.25]\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tmp") }
    XCTAssertEqual(leftovers, [])
  }
}
