import XCTest

@testable import Tensor

/// The unit plans of `UnitArithmetic`: pint's rules, offset units included.
final class UnitArithmeticTests: XCTestCase {
  private func unit(_ text: String) throws -> PhysicalUnit { try UnitParser.parse(text) }

  func testSumsConvertTheRightOperand() throws {
    let plan = try UnitArithmetic.plan(.add, unit("km"), unit("m"))
    XCTAssertEqual(plan.unit?.symbol, "km")
    XCTAssertEqual(plan.convertRight?(500), 0.5)
    XCTAssertNil(try UnitArithmetic.plan(.add, unit("m"), unit("m")).convertRight)
    XCTAssertThrowsError(try UnitArithmetic.plan(.add, unit("m"), unit("s"))) { error in
      XCTAssertEqual(
        (error as? UnitArithmetic.Problem)?.message, "cannot add m and s: length is not time")
    }
  }

  func testOffsetTemperaturesFollowPint() throws {
    let celsius = try unit("°C")
    let kelvin = try unit("K")
    XCTAssertEqual(try UnitArithmetic.plan(.subtract, celsius, celsius).unit?.symbol, "Δ°C")
    // pint: 10 °C − 5 K = 278.15 Δ°C, 10 K − 5 °C = −268.15 K.
    let celsiusMinusKelvin = try UnitArithmetic.plan(.subtract, celsius, kelvin)
    XCTAssertEqual(10 - (celsiusMinusKelvin.convertRight?(5) ?? .nan), 278.15, accuracy: 1e-9)
    XCTAssertEqual(celsiusMinusKelvin.unit?.isDifference, true)
    let kelvinMinusCelsius = try UnitArithmetic.plan(.subtract, kelvin, celsius)
    XCTAssertEqual(10 - (kelvinMinusCelsius.convertRight?(5) ?? .nan), -268.15, accuracy: 1e-9)
    XCTAssertEqual(kelvinMinusCelsius.unit?.symbol, "K")
    XCTAssertThrowsError(try UnitArithmetic.plan(.add, celsius, celsius))
    XCTAssertThrowsError(try UnitArithmetic.plan(.add, celsius, kelvin))
    XCTAssertThrowsError(try UnitArithmetic.plan(.multiply, celsius, nil))
    XCTAssertEqual(
      try UnitArithmetic.plan(.add, celsius, celsius.asDifference).unit?.symbol, "°C")
    XCTAssertEqual(
      try UnitArithmetic.plan(.add, celsius.asDifference, celsius).unit?.symbol, "°C")
    XCTAssertEqual(
      try UnitArithmetic.plan(.compare, celsius, kelvin).convertRight?(283.15) ?? 0, 10,
      accuracy: 1e-12)
  }

  func testProductsCompose() throws {
    XCTAssertEqual(try UnitArithmetic.plan(.divide, unit("m"), unit("s")).unit?.symbol, "m/s")
    XCTAssertEqual(try UnitArithmetic.plan(.divide, nil, unit("s")).unit?.symbol, "s-1")
    XCTAssertNil(try UnitArithmetic.plan(.divide, unit("m"), unit("m")).unit)
    XCTAssertEqual(try UnitArithmetic.power(unit("m s-1"), 2)?.symbol, "m2 s-2")
    XCTAssertThrowsError(try UnitArithmetic.power(unit("m"), 0.5))
  }
}
