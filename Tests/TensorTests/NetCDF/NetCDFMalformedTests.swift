import Foundation
import Tensor
import TestSupport
import XCTest

/// Files that are not netCDF, are cut short or claim sizes they do not hold give one clear
/// error, never a crash.
final class NetCDFMalformedTests: XCTestCase {
  private func temporary(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-malformed-\(UUID().uuidString).nc").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  private func openError(_ bytes: [UInt8]) throws -> String {
    guard NetCDFFile.isAvailable else {
      throw XCTSkip("libnetcdf is not installed (Debian: libnetcdf19); netCDF errors not checked")
    }
    let path = try temporary(bytes)
    do {
      let file = try NetCDFFile(path: path)
      for variable in file.root.variables { _ = try file.read(variable) }
      XCTFail("opened and read a malformed file")
      return ""
    } catch {
      return error.message
    }
  }

  func testWrongMagicIsNotNetCDF() throws {
    let message = try openError(Array("time,temp\n1,2\n".utf8))
    XCTAssertTrue(message.contains("is not a netCDF file"), message)
  }

  func testEmptyFileIsNotNetCDF() throws {
    XCTAssertTrue(try openError([]).contains("is not a netCDF file"))
  }

  func testHeaderClaimingHugeSizes() throws {
    // A classic header: one dimension of 2^31-1, one double variable over it, no data.
    var bytes: [UInt8] = Array("CDF".utf8) + [1] + be(0)
    bytes += be(0x0A) + be(1) + be(1) + Array("x".utf8) + [0, 0, 0] + be(0x7FFF_FFFF)
    bytes += be(0) + be(0)  // no global attributes
    bytes += be(0x0B) + be(1) + be(1) + Array("v".utf8) + [0, 0, 0] + be(1) + be(0)
    bytes += be(0) + be(0) + be(6) + be(0xFFFF_FFF8) + be(80)
    let message = try openError(bytes)
    XCTAssertFalse(message.isEmpty)
    XCTAssertTrue(message.contains("truncated") || message.contains("cannot open"), message)
  }

  func testTruncatedRealFile() throws {
    let path = try SharedFixtures.path("netcdf/D1901119_001.nc")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    for length in [3, 40, 2000, bytes.count / 2, bytes.count - 100] {
      let message = try openError(Array(bytes.prefix(length)))
      XCTAssertFalse(message.isEmpty, "cut at \(length)")
    }
  }

  func testTruncatedHDF5File() throws {
    let path = try SharedFixtures.path("netcdf/ru29-20140101T0942.nc")
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    for length in [8, 100, 4000, bytes.count / 2] {
      let message = try openError(Array(bytes.prefix(length)))
      XCTAssertFalse(message.isEmpty, "cut at \(length)")
    }
  }

  func testMissingFile() throws {
    guard NetCDFFile.isAvailable else { throw XCTSkip("libnetcdf is not installed") }
    XCTAssertThrowsError(try NetCDFFile(path: "/nonexistent/awish.nc")) { error in
      XCTAssertTrue((error as? NetCDFError)?.message.contains("no such file") == true)
      XCTAssertEqual((error as? NetCDFError)?.kind, .unreadable)
      XCTAssertEqual((error as? NetCDFError)?.failure, .notFound)
    }
  }

  func testNotNetCDFAndTruncatedFilesAreMalformed() throws {
    guard NetCDFFile.isAvailable else { throw XCTSkip("libnetcdf is not installed") }
    var truncated: [UInt8] = Array("CDF".utf8) + [1] + be(0)
    truncated += be(0x0A) + be(1) + be(1) + Array("x".utf8) + [0, 0, 0] + be(4)
    truncated += be(0) + be(0)
    truncated += be(0x0B) + be(1) + be(1) + Array("v".utf8) + [0, 0, 0] + be(1) + be(0)
    truncated += be(0) + be(0) + be(6) + be(32) + be(80)
    for bytes in [Array("time,temp\n1,2\n".utf8), [], Array(truncated.prefix(20)), truncated] {
      XCTAssertThrowsError(try NetCDFFile(path: try temporary(bytes))) { error in
        XCTAssertEqual((error as? NetCDFError)?.kind, .malformed, "\(error)")
        XCTAssertNil((error as? NetCDFError)?.failure)
      }
    }
  }

  private func be(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8((value >> 16) & 255), UInt8((value >> 8) & 255), UInt8(value & 255)]
  }
}
