import XCTest

@testable import Tensor

/// The UDUNITS-2 grammar and the field's special units, read by `UnitParser`.
final class UnitParserTests: XCTestCase {
  private func factor(_ from: String, _ to: String) throws -> Double {
    let converter = try UnitParser.parse(from).converter(to: UnitParser.parse(to))
    return converter(1) - converter(0)
  }

  private func assertFactor(
    _ from: String, _ to: String, _ expected: Double, file: StaticString = #filePath,
    line: UInt = #line
  ) {
    XCTAssertEqual(
      try factor(from, to), expected, accuracy: abs(expected) * 1e-12, "\(from) -> \(to)",
      file: file, line: line)
  }

  func testProductsQuotientsAndPowers() {
    assertFactor("kg m-3", "g/l", 1)
    assertFactor("kg.m-3", "g cm-3", 1e-3)
    assertFactor("m s-1", "km/h", 3.6)
    assertFactor("m/s", "kn", 3600.0 / 1852.0)
    assertFactor("W/m**2", "W m^-2", 1)
    assertFactor("W m^-2", "mW/cm2", 0.1)
    assertFactor("µmol m-2 s-1", "mol/m**2/s", 1e-6)
    assertFactor("m²", "cm2", 1e4)
    assertFactor("m⁻¹", "km-1", 1000)
    assertFactor("(m/s)^2", "m2 s-2", 1)
    assertFactor("1e-3 kg", "g", 1)
    assertFactor("m per s", "m/s", 1)
    assertFactor("mg/m**3", "µg/l", 1)
    assertFactor("ml/l", "1", 1e-3)
  }

  func testPrefixesAndNames() {
    assertFactor("km", "m", 1000)
    assertFactor("nm", "m", 1e-9)
    assertFactor("µm", "m", 1e-6)
    assertFactor("um", "μm", 1)
    assertFactor("µM", "mol/m3", 1e-3)
    assertFactor("nmi", "m", 1852)
    assertFactor("NM", "km", 1.852)
    assertFactor("decibar", "dbar", 1)
    assertFactor("decibars", "Pa", 1e4)
    assertFactor("kilometers", "m", 1000)
    assertFactor("hPa", "mbar", 1)
    assertFactor("GHz", "Hz", 1e9)
    assertFactor("Qm", "Rm", 1000)
    assertFactor("mS/cm", "S/m", 0.1)
    assertFactor("percent", "%", 1)
    assertFactor("%", "‰", 10)
    assertFactor("ppm", "1", 1e-6)
    assertFactor("g/kg", "‰", 1)
    assertFactor("degrees_north", "degree", 1)
    assertFactor("1", "count", 1)
  }

  func testTemperatures() throws {
    let celsius = try UnitParser.parse("degree_Celsius")
    XCTAssertEqual(try celsius.converter(to: UnitParser.parse("K"))(0), 273.15)
    XCTAssertEqual(try celsius.converter(to: UnitParser.parse("°F"))(100), 212)
    XCTAssertEqual(try UnitParser.parse("°F").converter(to: celsius)(212), 100)
    XCTAssertEqual(try UnitParser.parse("deg C").converter(to: celsius)(5), 5)
    let difference = celsius.asDifference
    XCTAssertEqual(difference.symbol, "Δdegree_Celsius")
    XCTAssertEqual(try difference.converter(to: UnitParser.parse("K"))(1), 1)
    XCTAssertEqual(
      try UnitParser.parse("Δ°C").converter(to: UnitParser.parse("delta_degF"))(1), 1.8)
    XCTAssertThrowsError(try difference.converter(to: celsius))
    XCTAssertThrowsError(try celsius * UnitParser.parse("m"))
  }

  func testSpecialQuantitiesStayApart() throws {
    let psu = try UnitParser.parse("psu")
    XCTAssertEqual(try psu.converter(to: UnitParser.parse("PSS-78"))(35), 35)
    XCTAssertThrowsError(try psu.converter(to: UnitParser.parse("g/kg"))) { error in
      XCTAssertTrue((error as? UnitProblem)?.help?.contains("TEOS-10") ?? false)
    }
    XCTAssertThrowsError(try psu.converter(to: UnitParser.parse("1")))
    let level = try UnitParser.parse("dB re 1 µPa")
    XCTAssertEqual(try level.converter(to: UnitParser.parse("dB re 1 μPa"))(3), 3)
    XCTAssertThrowsError(try level.converter(to: UnitParser.parse("dB re 20 µPa")))
    XCTAssertThrowsError(try level.converter(to: UnitParser.parse("1")))
    XCTAssertThrowsError(try UnitParser.parse("µm").converter(to: UnitParser.parse("µmol/l")))
    XCTAssertThrowsError(try UnitParser.parse("ppt"))
  }

  func testComposedSymbols() throws {
    let metre = try UnitParser.parse("m")
    let second = try UnitParser.parse("s")
    XCTAssertEqual(try (metre / second).symbol, "m/s")
    XCTAssertEqual(try (metre * metre).symbol, "m2")
    XCTAssertEqual(try (metre / second / second).symbol, "m s-2")
    XCTAssertEqual(try (metre / metre).symbol, "1")
    XCTAssertEqual(try UnitParser.parse("kg m-3").raised(to: 2).symbol, "kg2 m-6")
  }

  func testBadSpellingsAreErrorsNotCrashes() {
    for text in [
      "", "m^", "m**", "(m", "m)", "foo", "m//s", "m^99999999999", "((((", "1e", "kg m-",
    ] {
      XCTAssertThrowsError(try UnitParser.parse(text), text)
    }
    XCTAssertFalse(UnitParser.label("arbitrary units").isKnown)
    // Squaring again and again ends in an error, not an overflow.
    var unit = UnitParser.label("widgets")
    var failed = false
    for _ in 0..<80 {
      guard let next = try? unit * unit else {
        failed = true
        break
      }
      unit = next
    }
    XCTAssertTrue(failed)
  }
}
