import Foundation
import XCTest

/// `awish init DIR` from the command line: the layout, then a second run that adds nothing.
final class InitCommandTests: XCTestCase {
  func testInitTwiceIsIdempotent() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-init-\(UUID().uuidString)/cruise").path
    let first = try AwishBinary.run(["init", folder], input: "")
    XCTAssertEqual(first.status, 0, first.errors)
    XCTAssertTrue(
      first.output.hasPrefix(
        "created raw/\ncreated src/\ncreated lib/\ncreated model/\ncreated data/\n"
          + "created awish.toml\ncreated .gitignore\n"), first.output)
    let config = try String(contentsOfFile: folder + "/awish.toml", encoding: .utf8)
    XCTAssertTrue(config.contains("name = \"cruise\""))
    let second = try AwishBinary.run(["init", folder], input: "")
    XCTAssertEqual(second.status, 0)
    XCTAssertEqual(second.output, "\(folder) is already a complete workspace\n")
    XCTAssertEqual(try String(contentsOfFile: folder + "/awish.toml", encoding: .utf8), config)
  }

  func testInitOnAFileFails() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-init-file-\(UUID().uuidString)").path
    try "x".write(toFile: file, atomically: true, encoding: .utf8)
    let result = try AwishBinary.run(["init", file], input: "")
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.errors.hasPrefix("error: cannot create the workspace in \(file)"), result.errors)
  }

  func testInitInsideRawIsRefused() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-init-raw-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    XCTAssertEqual(try AwishBinary.run(["init", root], input: "").status, 0)
    let inside = try AwishBinary.run(["init", root + "/raw/x"], input: "")
    XCTAssertEqual(inside.status, 1)
    XCTAssertTrue(inside.errors.contains("inside the read-only raw folder"), inside.errors)
    XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/raw/x"))
    let raw = try AwishBinary.run(["-e", "init_workspace(\"\(root)/raw\")"], input: "")
    XCTAssertEqual(raw.status, 1)
    XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/raw/awish.toml"))
  }
}
