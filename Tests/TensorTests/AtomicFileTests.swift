import Foundation
import XCTest

@testable import Tensor

/// The write gate: regular files replaced atomically, device nodes and FIFOs never replaced,
/// raw/ refused however it is reached.
final class AtomicFileTests: XCTestCase {
  var folder = ""

  override func setUpWithError() throws {
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-gate-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: folder)
  }

  func testReplacesARegularFile() throws {
    let path = folder + "/a.txt"
    try AtomicFile.write(Data("old".utf8), to: path)
    try AtomicFile.write(Data("new".utf8), to: path)
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
    XCTAssertEqual(leftovers, ["a.txt"])
  }

  /// Writers that make their own temporary file (netCDF, downloads) finish through the gate.
  func testMovesAFinishedTemporaryFileIntoPlace() throws {
    let path = folder + "/b.nc"
    try AtomicFile.write(Data("old".utf8), to: path)
    let temporary = folder + "/.b.nc.tmp"
    try Data("new".utf8).write(to: URL(fileURLWithPath: temporary))
    try AtomicFile.moveIntoPlace(temporary, path, shown: "b.nc")
    XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new")
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["b.nc"])
  }

  func testAFailedMoveRemovesTheTemporaryFile() throws {
    let temporary = folder + "/.c.tmp"
    try Data("x".utf8).write(to: URL(fileURLWithPath: temporary))
    XCTAssertThrowsError(try AtomicFile.moveIntoPlace(temporary, folder + "/no/c", shown: "c"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: temporary))
  }

  func testFIFOWithoutReaderIsRefusedAndKept() throws {
    let fifo = folder + "/pipe"
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: fifo)) { error in
      XCTAssertEqual(
        (error as? AtomicFile.Problem)?.message,
        "cannot write '\(fifo)': no process reads this FIFO")
    }
    XCTAssertEqual(fileType(fifo), S_IFIFO)
  }

  func testFIFOWithReaderIsWrittenInPlace() throws {
    let fifo = folder + "/pipe"
    XCTAssertEqual(mkfifo(fifo, 0o600), 0)
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    XCTAssertGreaterThanOrEqual(reader, 0)
    defer { close(reader) }
    try AtomicFile.write(Data("hello".utf8), to: fifo)
    var buffer = [UInt8](repeating: 0, count: 16)
    let count = read(reader, &buffer, buffer.count)
    XCTAssertEqual(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self), "hello")
    XCTAssertEqual(fileType(fifo), S_IFIFO)
  }

  func testDevNullIsWrittenInPlace() throws {
    try AtomicFile.write(Data("x".utf8), to: "/dev/null")
    XCTAssertEqual(fileType("/dev/null"), S_IFCHR)
  }

  func testFolderIsRefused() {
    XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: folder)) { error in
      XCTAssertEqual(
        (error as? AtomicFile.Problem)?.message,
        "'\(folder)' is a folder, not a file; it is left as it is")
    }
  }

  func testRawReachedThroughASymlinkIsRefused() throws {
    let manager = FileManager.default
    try manager.createDirectory(atPath: folder + "/raw", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: folder + "/data", withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: folder + "/awish.toml"))
    try manager.createSymbolicLink(atPath: folder + "/data/rawlink", withDestinationPath: "../raw")
    try manager.createSymbolicLink(
      atPath: folder + "/data/file.csv", withDestinationPath: folder + "/raw/file.csv")
    for path in ["/data/rawlink/x.csv", "/data/file.csv", "/data/../raw/y.csv"] {
      XCTAssertThrowsError(try AtomicFile.write(Data("x".utf8), to: folder + path)) { error in
        guard case .insideRaw? = error as? AtomicFile.Problem else {
          return XCTFail("\(path): \(error)")
        }
      }
    }
    XCTAssertEqual(try manager.contentsOfDirectory(atPath: folder + "/raw"), [])
    try AtomicFile.write(Data("m".utf8), to: folder + "/raw/MANIFEST.tsv", intoRaw: true)
  }

  private func fileType(_ path: String) -> mode_t {
    var status = stat()
    guard stat(path, &status) == 0 else { return 0 }
    return status.st_mode & S_IFMT
  }
}
