import Foundation
import Tensor
import XCTest

/// read_pangaea on real and made exports: names, units, flags, events and metadata.
final class PangaeaTests: XCTestCase {
  typealias Support = ArchiveTestSupport

  /// An old Mac export ends its lines with CR alone; it reads like any other.
  func testCarriageReturnOnlyLines() throws {
    let text =
      "/* DATA DESCRIPTION:\rCitation:\tA (2020): B\r*/\rDepth [m]\tT [°C]\r1\t2.5\r2\t3.5\r"
    let result = try PangaeaReader.parse(Array(text.utf8), sourceName: "cr.tab")
    XCTAssertEqual(result.frame.rowCount, 2)
  }

  func testOrbitalParametersReal() throws {
    let result = try PangaeaReader.read(path: try Support.real("pangaea/Orbital_param.tab"))
    let frame = result.frame
    XCTAssertEqual(frame.rowCount, 5001)
    XCTAssertEqual(
      frame.names,
      ["Age", "ECC", "ECC (413k component notched out)", "OMEGA", "OBL", "Prec", "EXI", "ETP"])
    XCTAssertEqual(frame.column(named: "Age")?.unit, "ka BP")
    XCTAssertEqual(frame.column(named: "EXI")?.unit, "W/m**2")
    XCTAssertEqual(frame.column(named: "ECC (413k component notched out)")?.missingCount, 4000)
    XCTAssertEqual(result.metadata.doi, "10.1594/PANGAEA.56040")
    XCTAssertEqual(
      result.metadata.title,
      "Parameters of the Earths orbit for the last 5 Million years in 1 kyr resolution")
    XCTAssertEqual(result.metadata.parameters.count, 8)
    XCTAssertEqual(result.metadata.parameters[2].comment, "413k component notched out")
    XCTAssertEqual(result.metadata.parameters[7].method, "Calculated")
    XCTAssertTrue(result.metadata.licence?.contains("CC-BY-3.0") == true)
    XCTAssertTrue(result.metadata.citation?.contains("Supplement to: Berger") == true)
  }

  func testProfileWithFlagsAndOneEvent() throws {
    let result = try PangaeaReader.read(path: try Support.fixture("pangaea/made_ctd_profile.tab"))
    let frame = result.frame
    XCTAssertEqual(
      frame.names,
      [
        "Depth water", "Temp", "Temp_flag", "Sal", "Sal_flag", "O2", "O2_flag", "Event",
        "Latitude", "Longitude", "Elevation", "Date/Time",
      ])
    XCTAssertEqual(frame.column(named: "Temp")?.unit, "°C")
    XCTAssertEqual(frame.column(named: "Sal")?.unit, nil)
    guard case .float(let temperatures)? = frame.column(named: "Temp")?.storage else {
      return XCTFail("Temp is not a float column")
    }
    XCTAssertEqual(Array(temperatures.prefix(4)), [3.512, 3.498, 3.401, 3.35])
    XCTAssertEqual(frame.column(named: "Temp")?.missingCount, 1)
    XCTAssertEqual(strings(frame, "Temp_flag"), [nil, nil, "?", nil, nil])
    XCTAssertEqual(strings(frame, "O2_flag"), [nil, nil, "<", nil, nil])
    XCTAssertEqual(strings(frame, "Sal_flag"), [nil, nil, nil, "*", nil])
    XCTAssertEqual(frame.column(named: "Elevation")?.unit, "m")
    guard case .time(let times)? = frame.column(named: "Date/Time")?.storage else {
      return XCTFail("Date/Time is not a time column")
    }
    XCTAssertEqual(ISOTime.text(times[4]), "2023-07-14T10:20:00")
    let event = try XCTUnwrap(result.metadata.events.first)
    XCTAssertEqual(event.label, "PS137/1-1")
    XCTAssertEqual(event.latitude, 78.9)
    XCTAssertEqual(event.elevation, -350)
    XCTAssertEqual(event.device, "CTD/Rosette (CTD-RO)")
    XCTAssertEqual(result.metadata.parameters[1].principalInvestigator, "Example, Ann")
    XCTAssertEqual(result.metadata.parameters[1].method, "CTD, Sea-Bird SBE 911plus")
    XCTAssertTrue(result.metadata.parameters[0].isGeocode)
    XCTAssertEqual(result.metadata.coverage.first?.key, "LATITUDE")
  }

  func testSeveralEventsByLabel() throws {
    let frame = try PangaeaReader.read(path: try Support.fixture("pangaea/made_two_events.tab"))
      .frame
    XCTAssertEqual(
      frame.names, ["Event", "Temp", "Temp_flag", "Latitude", "Longitude", "Date/Time"])
    guard case .float(let longitudes)? = frame.column(named: "Longitude")?.storage else {
      return XCTFail("Longitude is not a float column")
    }
    XCTAssertEqual(longitudes, [11.9, 5.2, 11.9])
    XCTAssertEqual(strings(frame, "Temp_flag"), [nil, "#", nil])
  }

  func testTextValuesKeepTheirPrefixes() throws {
    let text = "Label\tValue\n#note\t>5\n*star\t1\n"
    let frame = try PangaeaReader.parse(Array(text.utf8), sourceName: "x").frame
    XCTAssertEqual(frame.names, ["Label", "Value", "Value_flag"])
    XCTAssertEqual(strings(frame, "Label"), ["#note", "*star"])
  }

  func testShortRowsCRLFAndLatin1() throws {
    let latin1: [UInt8] =
      Array("/* DATA DESCRIPTION:\r\nCitation:\tK".utf8) + [0xF6]
      + Array("nig (2008): T\r\n*/\r\nA\tB [m]\tC\r\n1\t2\r\n3\t4\t5\t\t\r\n".utf8)
    let result = try PangaeaReader.parse(latin1, sourceName: "old.txt")
    XCTAssertEqual(result.metadata.citation, "K\u{F6}nig (2008): T")
    XCTAssertEqual(result.frame.names, ["A", "B", "C"])
    XCTAssertEqual(result.frame.column(named: "B")?.unit, "m")
    XCTAssertEqual(result.frame.column(named: "C")?.missingCount, 1)
    XCTAssertEqual(result.frame.rowCount, 2)
  }

  func testRowWithTooManyFieldsNamesItsLine() {
    let text = "/* DATA DESCRIPTION:\nCitation:\tx\n*/\nA\tB\n1\t2\n1\t2\t3\n"
    XCTAssertThrowsError(try PangaeaReader.parse(Array(text.utf8), sourceName: "x")) { error in
      XCTAssertEqual((error as? CSVError)?.line, 6)
    }
  }

  func testUnclosedHeaderIsAnError() {
    XCTAssertThrowsError(
      try PangaeaReader.parse(Array("/* DATA DESCRIPTION:\nCitation:\tx\n".utf8), sourceName: "x"))
  }

  func testMetadataFromTheLanguage() throws {
    let path = try Support.fixture("pangaea/made_ctd_profile.tab")
    XCTAssertEqual(
      Support.value(
        "m = metadata(read_pangaea(\"\(path)\"))\n"
          + "[m.doi, m.events[0].LATITUDE, m.parameters[1].short_name, m.coverage.LONGITUDE]"),
      "[\"10.1594/PANGAEA.999001\", 78.9, \"Temp\", 11.9]")
  }

  /// A 2008 Polarstern export in ISO-8859-1, from before PANGAEA's License line: 37
  /// parameters, 451 three-hourly rows, 7,059 of 16,687 cells empty (counted with Python on
  /// the same bytes), units such as `[deg C]` and `[code]`.
  func testLatin1MeteorologyExportReal() throws {
    let result = try PangaeaReader.read(
      path: try Support.real("pangaea/ARK-XXII_1_meteorology.txt"))
    let frame = result.frame
    XCTAssertEqual(frame.rowCount, 451)
    XCTAssertEqual(frame.names.count, 38)
    XCTAssertEqual(frame.names.last, "Event")
    XCTAssertEqual(
      Array(frame.names.prefix(5)), ["Date/Time", "Latitude", "Longitude", "Altitude", "h"])
    let dataColumns = frame.columns.filter { $0.name != "Event" }
    XCTAssertEqual(dataColumns.map { $0.count - $0.missingCount }.reduce(0, +), 16_687 - 7_059)
    XCTAssertEqual(frame.column(named: "TTT")?.unit, "deg C")
    XCTAssertEqual(frame.column(named: "PPPP")?.unit, "hPa")
    guard case .float(let temperatures)? = frame.column(named: "TTT")?.storage,
      case .time(let times)? = frame.column(named: "Date/Time")?.storage
    else { return XCTFail("TTT is not float or Date/Time not time") }
    XCTAssertEqual(Array(temperatures.prefix(3)), [11.4, 10.9, 11.0])
    XCTAssertEqual(times.first.map(ISOTime.text), "2007-05-29T12:00:00")
    XCTAssertEqual(times.last.map(ISOTime.text), "2007-07-24T18:00:00")
    XCTAssertTrue(result.metadata.citation?.hasPrefix("König-Langlo, Gert (2008)") == true)
    XCTAssertEqual(result.metadata.parameters.count, 37)
    XCTAssertNil(result.metadata.licence)
  }

  private func strings(_ frame: Frame, _ name: String) -> [String?] {
    frame.column(named: name).map(EcoTaxaReader.texts) ?? []
  }
}
