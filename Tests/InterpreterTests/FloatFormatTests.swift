import Interpreter
import XCTest

/// Float text must match Python's repr: shortest round-trip digits, fixed notation for
/// exponents -4 through 15, else `d.ddde±XX`. Expected texts come from CPython 3.
final class FloatFormatTests: XCTestCase {
  static let pythonRepr: [(Double, String)] = [
    (0.1 + 0.2, "0.30000000000000004"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
    (1e-05, "1e-05"), (0.0001, "0.0001"), (1.0 / 3.0, "0.3333333333333333"), (2.0, "2.0"),
    (-0.0, "-0.0"), (0.0, "0.0"), (123456789.125, "123456789.125"), (1e22, "1e+22"),
    (1.5e300, "1.5e+300"), (5e-324, "5e-324"),
    (1.7976931348623157e308, "1.7976931348623157e+308"), (-1.5, "-1.5"), (100.0, "100.0"),
    (1234567890123456.0, "1234567890123456.0"),
    (12345678901234567.0, "1.2345678901234568e+16"), (0.000123, "0.000123"),
    (9999999999999998.0, "9999999999999998.0"), (1e-07, "1e-07"),
    (9007199254740992.0, "9007199254740992.0"), (3.14159, "3.14159"),
    (.infinity, "inf"), (-.infinity, "-inf"), (.nan, "nan"),
  ]

  func testMatchesPythonRepr() {
    for (value, expected) in FloatFormatTests.pythonRepr {
      XCTAssertEqual(FloatFormat.shortest(value), expected, "repr of \(value)")
    }
  }

  func testEveryTextRoundTrips() {
    var random = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let value = Double(bitPattern: random.next())
      guard value.isFinite else { continue }
      let text = FloatFormat.shortest(value)
      XCTAssertEqual(Double(text), value, text)
    }
  }
}
