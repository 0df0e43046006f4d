import Foundation
import Tensor
import TestSupport
import XCTest

/// One real netCDF file from ../shared/fixtures/netcdf with its reference summary (what
/// netCDF4-python and xarray give, written by summarize.py there).
struct NetCDFFixture {
  let file: NetCDFFile
  let summary: [String: Any]

  static let names = [
    "D1901119_001", "ct108-300-13_prof", "ru29-20140101T0942",
    "IMOS_SOOP-SST_T_20150127T103500Z_9V2768_FV01_C-20150624T041651Z",
    "IMOS_ANMN-NRS_TZ_20180406T080000Z_NRSROT_FV01_NRSROT-1804-SBE39-27_END-20180413T064000Z_"
      + "C-20200313T000000Z",
    "IMOS_OceanCurrent_HV_2018", "SSTAARS_daily_fit",
  ]

  /// Opens the fixture; skips when the folder or the library is missing.
  static func load(_ name: String) throws -> NetCDFFixture {
    let path = try SharedFixtures.path("netcdf/\(name).nc")
    let summaryPath = try SharedFixtures.path("netcdf/\(name).summary.json")
    guard NetCDFFile.isAvailable else {
      throw XCTSkip("libnetcdf is not installed (Debian: libnetcdf19); netCDF files not checked")
    }
    let data = try Data(contentsOf: URL(fileURLWithPath: summaryPath))
    let summary = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return NetCDFFixture(file: try NetCDFFile(path: path), summary: summary)
  }

  var netCDF4: [String: Any] { summary["netCDF4"] as? [String: Any] ?? [:] }
  var groups: [[String: Any]] { netCDF4["groups"] as? [[String: Any]] ?? [] }

  /// The group at a summary path (`/` or `/a/b`).
  func group(_ path: String) -> NetCDFGroup? {
    var group = file.root
    for part in path.split(separator: "/") {
      guard let next = group.group(String(part)) else { return nil }
      group = next
    }
    return group
  }
}

/// A JSON number or the strings summarize.py writes for NaN and infinities.
func jsonDouble(_ value: Any?) -> Double? {
  switch value {
  case let number as NSNumber: return Double("\(number)") ?? number.doubleValue
  case "NaN" as String: return .nan
  case "Infinity" as String: return .infinity
  case "-Infinity" as String: return -.infinity
  default: return nil
  }
}

/// Equal numbers, NaN equal to NaN.
func sameNumber(_ a: Double?, _ b: Double?) -> Bool {
  guard let a, let b else { return a == nil && b == nil }
  return a == b || (a.isNaN && b.isNaN)
}

/// The strings summarize.py gives for a char variable, from the stored bytes: chars equal
/// to the fill value (the `_FillValue` attribute, else NUL) become NUL (netCDF4-python masks
/// them), trailing NULs go (numpy's 'U' type) and then trailing whitespace (`rstrip`).
func referenceStrings(_ bytes: [UInt8], length: Int, fill: UInt8) -> [String] {
  let length = max(length, 1)
  return stride(from: 0, to: bytes.count, by: length).map { start in
    var chunk = bytes[start..<min(start + length, bytes.count)].map { $0 == fill ? 0 : $0 }
    while chunk.last == 0 { chunk.removeLast() }
    var text = String(decoding: chunk, as: UTF8.self)
    while let last = text.last, last.isWhitespace, last != "\0" { text.removeLast() }
    return text
  }
}
