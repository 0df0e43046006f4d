import Foundation
import Tensor
import XCTest

/// File errors name the path and what is wrong with it, from errno or from Foundation's
/// errors, never Foundation's generic text.
final class FileFailureTests: XCTestCase {
  func testErrnoCodes() {
    XCTAssertEqual(FileFailure(errno: ENOENT), .notFound)
    XCTAssertEqual(FileFailure(errno: EACCES), .permissionDenied)
    XCTAssertEqual(FileFailure(errno: EISDIR), .isADirectory)
    XCTAssertEqual(FileFailure(errno: ENOTDIR), .notADirectory)
    XCTAssertEqual(FileFailure(errno: ENOSPC), .noSpace)
    XCTAssertEqual(FileFailure(errno: EROFS), .readOnly)
    XCTAssertEqual(FileFailure(errno: EBUSY), .other("device or resource busy"))
    XCTAssertEqual(
      FileFailure.noSpace.message("out.csv", writing: true),
      "cannot write 'out.csv': no space is left on the device")
  }

  func testFoundationErrorBelowAFile() throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-failure-\(getpid())").path
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let target = file + "/sub/folder"
    do {
      try FileManager.default.createDirectory(
        atPath: target, withIntermediateDirectories: true)
      XCTFail("a folder was made below a file")
    } catch {
      let failure = FileFailure(error, path: target)
      XCTAssertEqual(failure, .notADirectory)
      let message = failure.message(target, doing: "create")
      XCTAssertFalse(message.contains("operation could not be completed"), message)
      XCTAssertTrue(message.hasPrefix("cannot create '\(target)': a part of the path"), message)
    }
  }

  func testFoundationErrorOfAMissingFile() {
    let path = "/no-such-folder-for-awish/x.txt"
    do {
      _ = try String(contentsOfFile: path, encoding: .utf8)
      XCTFail("a missing file was read")
    } catch {
      XCTAssertEqual(FileFailure(error, path: path), .notFound)
    }
  }

  func testAtomicWriteNamesTheMissingFolder() {
    XCTAssertThrowsError(try AtomicFile.write(Data(), to: "/no-such-folder-for-awish/x.csv")) {
      let problem = $0 as? AtomicFile.Problem
      XCTAssertEqual(problem?.failure, .notFound)
      XCTAssertEqual(
        problem?.message,
        "cannot write '/no-such-folder-for-awish/x.csv': its folder does not exist")
    }
  }
}
