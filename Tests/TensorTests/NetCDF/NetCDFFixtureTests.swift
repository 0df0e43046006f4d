import Foundation
import Tensor
import XCTest

/// Every real file in ../shared/fixtures/netcdf against its summary JSON: the header
/// (format, dimensions, variables, dtypes, attributes) and the values decoded as
/// netCDF4-python decodes them (masking, unpacking, times in the file's calendar, chars).
final class NetCDFFixtureTests: XCTestCase {
  func testArgoProfile() throws { try check("D1901119_001") }
  func testSealProfileWithJulianCalendar() throws { try check("ct108-300-13_prof") }
  func testGliderNetCDF4Classic() throws { try check("ru29-20140101T0942") }
  func testShipUnderwayCharFlags() throws { try check(NetCDFFixture.names[3]) }
  func testMooringTimeSeries() throws { try check(NetCDFFixture.names[4]) }
  func testPackedGrid() throws { try check("IMOS_OceanCurrent_HV_2018") }
  func testAllFillFileWithCalendarNone() throws {
    let fixture = try check("SSTAARS_daily_fit")
    for variable in fixture.file.root.variables where variable.name.hasPrefix("TEMP") {
      let (decoded, _) = CFDecoder.decode(
        variable, try fixture.file.read(variable), shape: variable.shape)
      XCTAssertEqual(decoded.valid?.validCount, 0, "\(variable.name) should be all missing")
    }
    let day = try XCTUnwrap(fixture.file.variable("DAY_OF_YEAR"))
    let (decoded, note) = CFDecoder.decode(day, try fixture.file.read(day), shape: day.shape)
    guard case .numbers(let values, _) = decoded else { return XCTFail("DAY_OF_YEAR decoded") }
    XCTAssertEqual(values.prefix(3), [1, 2, 3])
    XCTAssertEqual(note?.text.contains("'none'"), true)
  }

  @discardableResult
  private func check(_ name: String) throws -> NetCDFFixture {
    let fixture = try NetCDFFixture.load(name)
    XCTAssertEqual(fixture.file.format, fixture.netCDF4["data_model"] as? String, name)
    checkGlobalAttributes(fixture)
    for summary in fixture.groups {
      let path = summary["path"] as? String ?? "/"
      let group = try XCTUnwrap(fixture.group(path), "\(name): group \(path)")
      checkDimensions(group, summary["dimensions"] as? [String: [String: Any]] ?? [:], name)
      let variables = summary["variables"] as? [String: [String: Any]] ?? [:]
      XCTAssertEqual(Set(group.variables.map(\.name)), Set(variables.keys), name)
      for (variableName, expected) in variables {
        let variable = try XCTUnwrap(group.variable(variableName))
        let checker = NetCDFVariableCheck(
          file: fixture.file, variable: variable, expected: expected,
          label: "\(name) \(variableName)")
        try checker.run()
      }
    }
    return fixture
  }

  private func checkGlobalAttributes(_ fixture: NetCDFFixture) {
    XCTAssertEqual(
      fixture.file.root.attributes.count, fixture.netCDF4["n_global_attributes"] as? Int)
    for (key, value) in fixture.netCDF4["global_attributes"] as? [String: Any] ?? [:] {
      XCTAssertEqual(fixture.file.root.attribute(key)?.text, value as? String, key)
    }
  }

  private func checkDimensions(
    _ group: NetCDFGroup, _ expected: [String: [String: Any]], _ name: String
  ) {
    XCTAssertEqual(Set(group.dimensions.map(\.name)), Set(expected.keys), name)
    for dimension in group.dimensions {
      XCTAssertEqual(dimension.length, expected[dimension.name]?["size"] as? Int, dimension.name)
      XCTAssertEqual(
        dimension.isUnlimited, expected[dimension.name]?["unlimited"] as? Bool, dimension.name)
    }
  }
}
