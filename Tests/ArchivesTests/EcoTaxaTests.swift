import Foundation
import XCTest

@testable import Tensor

/// read_ecotaxa and ecotaxa: fetches on real EcoTaxa files, and a malicious zip.
final class EcoTaxaTests: XCTestCase {
  typealias Support = ArchiveTestSupport

  func testImportFileWithTypeRow() throws {
    let frame = try EcoTaxaReader.read(
      path: try Support.real("ecotaxa/import_test/ecotaxa_m106_mn01_n1_sml.tsv"))
    XCTAssertEqual(frame.rowCount, 8)
    XCTAssertEqual(frame.column(named: "object_lat")?.type, .float)
    XCTAssertEqual(frame.column(named: "object_lat")?.unit, "°N")
    XCTAssertEqual(frame.column(named: "object_date")?.type, .time)
    XCTAssertEqual(frame.column(named: "object_id")?.type, .string)
    // The type row says [f] for object_new_field; "420" in object_time is 04:20:00.
    XCTAssertEqual(frame.column(named: "object_new_field")?.type, .float)
    XCTAssertEqual(
      EcoTaxaReader.texts(try XCTUnwrap(frame.column(named: "object_time"))).first, "04:20:00")
    XCTAssertEqual(frame.column(named: "img_file_name")?.type, .string)
  }

  func testQuotedExportWithoutTypeRow() throws {
    let frame = try EcoTaxaReader.read(
      path: try Support.real("ecotaxa/export_general/ecotaxa_m106_mn01_n1_sml.tsv"))
    XCTAssertEqual(frame.rowCount, 5)
    XCTAssertEqual(
      EcoTaxaReader.texts(try XCTUnwrap(frame.column(named: "object_annotation_status"))),
      Array(repeating: "predicted", count: 5))
    guard case .time(let dates)? = frame.column(named: "object_date")?.storage else {
      return XCTFail("object_date is not a time column")
    }
    XCTAssertEqual(ISOTime.text(dates[0]), "2014-04-20T00:00:00")
  }

  /// An export written with decimal commas ("18,0", "-24,4166666666667"): numbers, not text.
  func testDecimalCommaExport() throws {
    let frame = try EcoTaxaReader.read(
      path: try Support.real("ecotaxa/export_comma_decimal_with_ids/ecotaxa_m106_mn01_n1_sml.tsv"))
    XCTAssertEqual(frame.rowCount, 5)
    guard case .float(let latitudes)? = frame.column(named: "object_lat")?.storage,
      case .float(let longitudes)? = frame.column(named: "object_lon")?.storage,
      case .float(let areas)? = frame.column(named: "object_area")?.storage
    else { return XCTFail("lat, lon and area are not floats") }
    XCTAssertEqual(latitudes[0], 18.0)
    XCTAssertEqual(longitudes[0], -24.4166666666667)
    XCTAssertEqual(areas[0], 516.0)
    XCTAssertEqual(frame.column(named: "object_lat")?.unit, "°N")
    XCTAssertEqual(frame.column(named: "object_id")?.type, .string)
    XCTAssertTrue(EcoTaxaReader.isCommaNumber("-24,41"))
    XCTAssertFalse(EcoTaxaReader.isCommaNumber("1,2,3"))
    XCTAssertFalse(EcoTaxaReader.isCommaNumber("13.125"))
  }

  /// The "backup" export: every text quoted, numbers bare, a quoted `"[t]"`/`"[f]"` type row.
  func testBackupExportWithQuotedTypeRow() throws {
    let frame = try EcoTaxaReader.read(
      path: try Support.real("ecotaxa/export_backup/ecotaxa_m106_mn01_n1_sml.tsv"))
    XCTAssertEqual(frame.rowCount, 5)
    XCTAssertEqual(frame.names.count, 92)
    // The type row says [t] for img_rank, so its 0 stays text.
    XCTAssertEqual(frame.column(named: "img_rank")?.type, .string)
    XCTAssertEqual(frame.column(named: "object_depth_min")?.type, .float)
    XCTAssertEqual(frame.column(named: "object_lat")?.unit, "°N")
    guard case .float(let longitudes)? = frame.column(named: "object_lon")?.storage else {
      return XCTFail("object_lon is not a float column")
    }
    XCTAssertEqual(longitudes[0], -24.4166666666667)
  }

  /// The "DOI" export of a whole project: 12 objects, image paths by taxon.
  func testDOIExportOfAProject() throws {
    let frame = try EcoTaxaReader.read(
      path: try Support.real("ecotaxa/export_doi/ecotaxa_export_1_20210530_1122.tsv"))
    XCTAssertEqual(frame.rowCount, 12)
    let images = EcoTaxaReader.texts(try XCTUnwrap(frame.column(named: "img_file_name")))
    XCTAssertEqual(images.first, "images/t001/1_0.jpg")
    let categories = EcoTaxaReader.texts(
      try XCTUnwrap(frame.column(named: "object_annotation_category")))
    XCTAssertEqual(categories.filter { $0 == "detritus" }.count, 4)
    XCTAssertEqual(categories.filter { $0 == "egg<other" }.count, 3)
  }

  /// An Arctic VPR import: fractional-second times, an empty img_rank column.
  func testSparseImportFromAVideoPlanktonRecorder() throws {
    let frame = try EcoTaxaReader.read(
      path: try Support.real(
        "ecotaxa/import_sparse/ecotaxa_20160719B-163000ish-HealyVPR08-2016_d200_h18_roi.tsv"))
    XCTAssertEqual(frame.rowCount, 6)
    XCTAssertEqual(frame.names.count, 22)
    XCTAssertEqual(frame.column(named: "img_rank")?.missingCount, 6)
    XCTAssertEqual(
      EcoTaxaReader.texts(try XCTUnwrap(frame.column(named: "object_time"))).first, "02:01:39")
    guard
      case .float(let temperatures)? = frame.column(
        named: "object_temperature_degrees_minimum")?.storage
    else { return XCTFail("the temperature is not a float column") }
    XCTAssertEqual(temperatures.first, -1.1783)
    XCTAssertEqual(
      EcoTaxaReader.texts(try XCTUnwrap(frame.column(named: "sample_ship"))).first, "Healy")
  }

  func testClockForms() {
    XCTAssertEqual(EcoTaxaReader.clock("420"), "04:20:00")
    XCTAssertEqual(EcoTaxaReader.clock("020139.315"), "02:01:39")
    XCTAssertEqual(EcoTaxaReader.clock("23:59:59"), "23:59:59")
    XCTAssertNil(EcoTaxaReader.clock("2561"))
    XCTAssertNil(EcoTaxaReader.clock("noon"))
  }

  func testZipBundleFromTheLanguage() throws {
    let path = try Support.real("ecotaxa/import_test.zip")
    XCTAssertEqual(
      Support.value(
        "e = read_ecotaxa(\"\(path)\")\n[nrow(e), e.img_path[0], e.tsv_file[0]]"),
      "[8, \"m106_mn01_n2_sml/m106_mn01_n2_sml_1.jpg\", "
        + "\"m106_mn01_n2_sml/ecotaxa_m106_mn01_n2_sml.tsv\"]")
  }

  func testMaliciousZipIsRefused() throws {
    let path = try Support.fixture("ecotaxa/malicious.zip")
    let error = Support.error("read_ecotaxa(\"\(path)\")")
    XCTAssertEqual(
      error.message,
      "the zip file has an entry '../escaped.txt' that would be written outside its folder")
  }

  /// A zip whose bytes are not a zip, or whose entry is cut short, is a malformed file (E0507).
  func testDamagedZipIsAMalformedFile() throws {
    let folder = NSTemporaryDirectory() + "awish-damaged-zip-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let notZip = folder + "/not.zip"
    try Data("object_id\tobject_lat\n".utf8).write(to: URL(fileURLWithPath: notZip))
    XCTAssertEqual(Support.errorId("read_ecotaxa(\"\(notZip)\")"), "E0507")
    let whole = try Data(
      contentsOf: URL(fileURLWithPath: try Support.fixture("ecotaxa/malicious.zip")))
    // The first central directory record loses its signature ("PK\u{1}\u{2}").
    var cut = [UInt8](whole)
    let signature: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
    let start = try XCTUnwrap(
      (0..<(cut.count - 3)).first { Array(cut[$0..<($0 + 4)]) == signature })
    cut[start] = 0
    let damaged = folder + "/damaged.zip"
    try Data(cut).write(to: URL(fileURLWithPath: damaged))
    XCTAssertEqual(Support.errorId("read_ecotaxa(\"\(damaged)\")"), "E0507")
  }

  /// A zip bomb made here (40 MiB of one TSV line, deflated to about 40 KiB) is refused
  /// before it is inflated.
  func testZipBombIsRefused() throws {
    let chunk = Array(String(repeating: "a\t1.5\n", count: 10_000).utf8)
    var text: [UInt8] = []
    for _ in 0..<(40 << 20) / chunk.count { text.append(contentsOf: chunk) }
    let zlib = try XCTUnwrap(Zlib.compress(text), "zlib is not installed")
    let deflated = Array(zlib.dropFirst(2).dropLast(4))
    let path = try Support.temporaryFolder("bomb") + "/bomb.zip"
    try Data(Self.zip(name: "s/ecotaxa_s.tsv", deflated: deflated, size: text.count))
      .write(to: URL(fileURLWithPath: path))
    let error = Support.error("read_ecotaxa(\"\(path)\")")
    XCTAssertTrue(error.message.hasSuffix("a zip bomb is refused"), error.message)
  }

  /// A zip file with one deflated entry (CRC left 0: the bounds are checked first).
  static func zip(name: String, deflated: [UInt8], size: Int) -> [UInt8] {
    func le(_ value: Int, _ bytes: Int) -> [UInt8] {
      (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
    let nameBytes = Array(name.utf8)
    let local =
      le(0x0403_4b50, 4) + le(20, 2) + le(0, 2) + le(8, 2) + le(0, 4) + le(0, 4)
      + le(deflated.count, 4) + le(size, 4) + le(nameBytes.count, 2) + le(0, 2) + nameBytes
    let central =
      le(0x0201_4b50, 4) + le(20, 2) + le(20, 2) + le(0, 2) + le(8, 2) + le(0, 4) + le(0, 4)
      + le(deflated.count, 4) + le(size, 4) + le(nameBytes.count, 2) + le(0, 2) + le(0, 2)
      + le(0, 2) + le(0, 2) + le(0, 4) + le(0, 4) + nameBytes
    let start = local.count + deflated.count
    let end =
      le(0x0605_4b50, 4) + le(0, 2) + le(0, 2) + le(1, 2) + le(1, 2) + le(central.count, 4)
      + le(start, 4) + le(0, 2)
    return local + deflated + central + end
  }

  func testFetchedZipIsExtractedIntoRaw() throws {
    let server = try LocalHTTPServer()
    defer { server.stop() }
    let root = try Support.workspace(
      "ecotaxa", replacing: [("https://ecotaxa.obs-vlfr.fr/api", server.base + "/api")])
    let zip = try Data(
      contentsOf: URL(fileURLWithPath: try Support.real("ecotaxa/import_test.zip")))
    server.route(
      "/api/exports/import_test.zip", .bytes([UInt8](zip), contentType: "application/zip"))
    let value = Support.value(
      "e = fetch(\"ecotaxa:exports/import_test.zip\", workspace=\"\(root)\")\n"
        + "[nrow(e), e.img_path[0]]")
    let image = root + "/raw/ecotaxa/exports/import_test/m106_mn01_n2_sml/m106_mn01_n2_sml_1.jpg"
    XCTAssertEqual(value, "[8, \"\(image)\"]")
    XCTAssertTrue(FileManager.default.fileExists(atPath: image))
    XCTAssertFalse(FileManager.default.isWritableFile(atPath: image) && getuid() != 0)
    let evil = try Data(
      contentsOf: URL(fileURLWithPath: try Support.fixture("ecotaxa/malicious.zip")))
    server.route("/api/evil.zip", .bytes([UInt8](evil), contentType: "application/zip"))
    let error = Support.error("fetch(\"ecotaxa:evil.zip\", workspace=\"\(root)\")")
    XCTAssertTrue(
      error.message.hasPrefix("the zip file has an entry '../escaped.txt'"), error.message)
    XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/raw/ecotaxa/escaped.txt"))
    XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/raw/ecotaxa/evil"))
    XCTAssertFalse(
      FileManager.default.fileExists(atPath: root + "/raw/ecotaxa/evil.zip"),
      "a download that cannot be read is not kept")
  }
}
