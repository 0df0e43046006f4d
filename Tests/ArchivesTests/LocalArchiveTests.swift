import Foundation
import XCTest

@testable import Builtins

#if canImport(Glibc)
  import Glibc
#endif

/// file: and hsm: fetches, URI forms, and the checksum.
final class LocalArchiveTests: XCTestCase {
  typealias Support = ArchiveTestSupport

  func testFileCopyIsReadOnlyAndRecorded() throws {
    let root = try Support.workspace("file")
    let source = try Support.temporaryFolder("source") + "/casts.csv"
    try "station,depth\nA,10\nB,20\n".write(toFile: source, atomically: true, encoding: .utf8)
    XCTAssertEqual(Support.value("fetch(\"file:\(source)\", workspace=\"\(root)\").depth[1]"), "20")
    let copy = root + "/raw/file" + source
    let permissions = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions]
    XCTAssertEqual((permissions as? NSNumber)?.intValue, 0o444)
    XCTAssertEqual(
      Support.value("manifest(workspace=\"\(root)\").path[0]"), "\"raw/file\(source)\"")
    // A relative file: path starts at the script's folder.
    let script = root + "/src/load.awi"
    let code = "nrow(fetch(\"file:casts2.csv\"))"
    try "station\nA\nB\n".write(toFile: root + "/src/casts2.csv", atomically: true, encoding: .utf8)
    try code.write(toFile: script, atomically: true, encoding: .utf8)
    XCTAssertEqual(Support.run(code, name: script), .value("2"))
    XCTAssertTrue(
      FileManager.default.fileExists(atPath: root + "/raw/file/src/casts2.csv"))
  }

  /// The manifest's size and checksum are taken while copying: a file over several copy
  /// buffers (1 MiB each) gets the same digest as hashing it whole.
  func testCopyRecordsSizeAndChecksum() throws {
    let root = try Support.workspace("checksum")
    let source = try Support.temporaryFolder("checksum-source") + "/long.csv"
    var text = "index,value\n"
    for index in 0..<300_000 { text += "\(index),\(index % 97)\n" }
    try text.write(toFile: source, atomically: true, encoding: .utf8)
    let bytes = Array(text.utf8)
    XCTAssertGreaterThan(bytes.count, 2 << 20)
    XCTAssertEqual(
      Support.value("nrow(fetch(\"file:\(source)\", workspace=\"\(root)\"))"), "300000")
    XCTAssertEqual(
      Support.value("manifest(workspace=\"\(root)\").sha256[0]"), "\"\(SHA256.hex(bytes))\"")
    XCTAssertEqual(
      Support.value("manifest(workspace=\"\(root)\").size[0]"), "\(bytes.count)")
  }

  func testSameNameFromTwoPlacesStaysApart() throws {
    let root = try Support.workspace("two-sources")
    let a = try Support.temporaryFolder("a") + "/o.csv"
    let b = try Support.temporaryFolder("b") + "/o.csv"
    try "x\n1\n".write(toFile: a, atomically: true, encoding: .utf8)
    try "x\n2\n".write(toFile: b, atomically: true, encoding: .utf8)
    XCTAssertEqual(Support.value("fetch(\"file:\(a)\", workspace=\"\(root)\").x[0]"), "1")
    XCTAssertEqual(Support.value("fetch(\"file:\(b)\", workspace=\"\(root)\").x[0]"), "2")
    XCTAssertEqual(Support.value("fetch(\"file:\(a)\", workspace=\"\(root)\").x[0]"), "1")
    XCTAssertEqual(
      Support.value("list(manifest(workspace=\"\(root)\").path)"),
      "[\"raw/file\(a)\", \"raw/file\(b)\"]")
    // Another URI for the same place would replace a file it did not fetch: refused.
    let error = Support.error("fetch(\"file://\(a)\", workspace=\"\(root)\")")
    XCTAssertTrue(error.message.hasPrefix("fetching 'file://\(a)' would replace"), error.message)
    let dots = Support.error("fetch(\"hsm:/hs/a/../b.csv\", workspace=\"\(root)\")")
    XCTAssertEqual(dots.message, "'hsm:/hs/a/../b.csv' has a '..' or '.' in its path")
  }

  func testNetCDFFromFileAndHSMGivesADataset() throws {
    let hsm = try Support.temporaryFolder("hsm-nc")
    let root = try Support.workspace("file-nc", replacing: [("hsm = \"/hs\"", "hsm = \"\(hsm)\"")])
    try FileManager.default.createDirectory(
      atPath: hsm + "/model", withIntermediateDirectories: true)
    let write = Support.run(
      "write_netcdf(frame(depth=[1.0, 2.0], temp=[3.5, 3.25]), \"\(hsm)/model/run.nc\", index=\"depth\")"
    )
    guard case .value = write else { throw XCTSkip("netCDF is not available here: \(write)") }
    XCTAssertEqual(
      Support.value("fetch(\"hsm:/hs/model/run.nc\", workspace=\"\(root)\").temp.values[1]"), "3.25"
    )
    XCTAssertEqual(
      Support.value("type(fetch(\"file:\(hsm)/model/run.nc\", workspace=\"\(root)\"))"),
      "\"dataset\"")
    XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/raw/hsm/model/run.nc"))
  }

  func testHSMNotMounted() throws {
    let root = try Support.workspace(
      "hsm-missing", replacing: [("hsm = \"/hs\"", "hsm = \"/nonexistent-hsm\"")])
    let error = Support.error("fetch(\"hsm:/hs/projects/x/a.csv\", workspace=\"\(root)\")")
    XCTAssertEqual(error.message, "the HSM archive is not mounted at /nonexistent-hsm")
    XCTAssertTrue(error.help?.contains("AWISH_HSM_ROOT") == true)
  }

  func testHSMCopyAndStagingTimeout() throws {
    let hsm = try Support.temporaryFolder("hsm")
    let root = try Support.workspace(
      "hsm", replacing: [("hsm = \"/hs\"", "hsm = \"\(hsm)\""), ("timeout = 5", "timeout = 1")])
    try FileManager.default.createDirectory(
      atPath: hsm + "/projects/p", withIntermediateDirectories: true)
    try "a\tb\n1\t2\n".write(toFile: hsm + "/projects/p/t.tsv", atomically: true, encoding: .utf8)
    XCTAssertEqual(
      Support.value("fetch(\"hsm:/hs/projects/p/t.tsv\", workspace=\"\(root)\").b[0]"), "2")
    XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/raw/hsm/projects/p/t.tsv"))
    // A FIFO blocks its reader like a file still on tape: the fetch gives up with a notice.
    let fifo = hsm + "/projects/p/offline.tsv"
    XCTAssertEqual(mkfifo(fifo, 0o644), 0)
    let error = Support.error("fetch(\"hsm:/hs/projects/p/offline.tsv\", workspace=\"\(root)\")")
    XCTAssertTrue(
      error.message.hasSuffix("is still being staged from tape: no data after 1 s"), error.message)
    // Release the blocked reader; its copy is abandoned and leaves nothing in raw/.
    let writer = open(fifo, O_WRONLY | O_NONBLOCK)
    if writer >= 0 { close(writer) }
    Thread.sleep(forTimeInterval: 0.2)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: root + "/raw/hsm/projects/p"), ["t.tsv"])
  }

  func testURIForms() throws {
    for uri in [
      "pangaea:56040", "pangaea:10.1594/PANGAEA.56040", "doi:10.1594/PANGAEA.56040",
      "https://doi.org/10.1594/PANGAEA.56040", "https://doi.pangaea.de/10.1594/PANGAEA.56040",
      "https://doi.pangaea.de/10.1594/PANGAEA.56040?format=textfile",
    ] {
      XCTAssertEqual(FetchRequest.pangaeaID(uri), "56040", uri)
    }
    XCTAssertNil(FetchRequest.pangaeaID("https://example.org/10.1594/PANGAEA.56040"))
    XCTAssertNil(FetchRequest.pangaeaID("pangaea:abc"))
    let root = try Support.workspace("uri")
    let error = Support.error("fetch(\"ftp://x/y.csv\", workspace=\"\(root)\")")
    XCTAssertEqual(error.message, "fetch does not know the archive of 'ftp://x/y.csv'")
    XCTAssertEqual(
      Support.error("fetch(\"file:/tmp/x.flac\", workspace=\"\(root)\")").message,
      "fetch reads CSV, TSV, PANGAEA .tab, WAV and netCDF files, not 'x.flac'")
  }

  func testFetchOutsideAWorkspace() {
    let error = Support.error("fetch(\"pangaea:1\", workspace=\"/proc/self\")")
    XCTAssertTrue(
      error.message.hasPrefix("no workspace: no awish.toml in /proc/self"), error.message)
  }

  func testSHA256() {
    XCTAssertEqual(
      SHA256.hex(Array("abc".utf8)),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(
      SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(
      SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1000)),
      "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }
}
