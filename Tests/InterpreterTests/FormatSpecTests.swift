import Interpreter
import XCTest

/// f-string specs against CPython's `format(value, spec)`.
final class FormatSpecTests: XCTestCase {
  let pythonFormat: [(Value, String, String)] = [
    (.float(3.14159), ".2f", "3.14"), (.int(42), ">8", "      42"),
    (.float(3.14159), "08.3f", "0003.142"), (.int(1234567), ",d", "1,234,567"),
    (.float(0.256), ".1%", "25.6%"), (.float(12345.678), ".3e", "1.235e+04"),
    (.string("ab"), "<5", "ab   "), (.string("ab"), "^6", "  ab  "),
    (.string("ab"), "*>4", "**ab"), (.int(-3), "05d", "-0003"), (.int(3), "+d", "+3"),
    (.float(1234567.891), ",.2f", "1,234,567.89"), (.float(0.5), "g", "0.5"),
    (.float(1e-05), "g", "1e-05"), (.float(100000.0), "g", "100000"),
    (.float(1e20), "g", "1e+20"), (.float(-0.0), ".2f", "-0.00"),
    (.float(-1.5), "08.2f", "-0001.50"), (.float(1.0), ".2", "1.0"),
    (.float(1234.5), ".3", "1.23e+03"), (.int(5), "x>3", "xx5"), (.int(7), " d", " 7"),
    (.float(1e300), ".2E", "1.00E+300"), (.float(.infinity), ".2f", "inf"),
    (.float(.nan), ">5", "  nan"), (.float(2.5), "", "2.5"), (.int(-42), "=+8", "-     42"),
    (.float(0.1), ".20f", "0.10000000000000000555"), (.string("abcdef"), ".3", "abc"),
    (.int(1234), ",", "1,234"), (.float(12.0), "", "12.0"), (.int(3), ".2f", "3.00"),
    (.null, ">5", "  nil"), (.bool(true), "", "true"),
  ]

  func testMatchesPythonFormat() throws {
    for (value, spec, expected) in pythonFormat {
      XCTAssertEqual(
        try FormatSpec.format(value, spec: spec), expected,
        "format(\(value.repr), \"\(spec)\")")
    }
  }

  func testInvalidSpecsAreRejected() {
    for spec in [".2q", "<<<", ".", "5.x", "1000000", ".999"] {
      XCTAssertNil(FormatSpec(spec), spec)
      XCTAssertThrowsError(try FormatSpec.format(.float(1), spec: spec), spec)
    }
  }

  func testTypeThatDoesNotApply() {
    XCTAssertThrowsError(try FormatSpec.format(.float(1.5), spec: "d"))
    XCTAssertThrowsError(try FormatSpec.format(.string("a"), spec: ".2f"))
  }
}
