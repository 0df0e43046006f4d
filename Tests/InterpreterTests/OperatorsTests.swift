import Interpreter
import Lang
import XCTest

/// Operators on values, including Python's floor-division and modulo signs.
final class OperatorsTests: XCTestCase {
  func value(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> String {
    try Operators.binary(op, a, b).repr
  }

  func testFloorDivisionAndModuloFollowPython() throws {
    // (a, b, a // b, a % b) from CPython.
    let cases: [(Int, Int, Int, Int)] = [
      (7, 2, 3, 1), (-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (6, 3, 2, 0),
      (-6, 3, -2, 0), (0, -5, 0, 0), (Int.max, -1, -Int.max, 0),
    ]
    for (a, b, quotient, remainder) in cases {
      XCTAssertEqual(try value(.floorDivide, .int(a), .int(b)), String(quotient), "\(a) // \(b)")
      XCTAssertEqual(try value(.modulo, .int(a), .int(b)), String(remainder), "\(a) % \(b)")
    }
    XCTAssertEqual(try value(.floorDivide, .float(-7.5), .int(2)), "-4.0")
    XCTAssertEqual(try value(.modulo, .float(7.5), .int(-2)), "-0.5")
    XCTAssertEqual(try value(.modulo, .float(-7.5), .int(2)), "0.5")
  }

  func testIntegerOverflowIsAnError() {
    XCTAssertThrowsError(try Operators.binary(.add, .int(Int.max), .int(1)))
    XCTAssertThrowsError(try Operators.binary(.subtract, .int(Int.min), .int(1)))
    XCTAssertThrowsError(try Operators.binary(.multiply, .int(1 << 32), .int(1 << 32)))
    XCTAssertThrowsError(try Operators.binary(.power, .int(2), .int(63)))
    XCTAssertThrowsError(try Operators.binary(.floorDivide, .int(Int.min), .int(-1)))
    XCTAssertThrowsError(try Operators.unary(.negate, .int(Int.min)))
    XCTAssertEqual(try value(.power, .int(2), .int(62)), "4611686018427387904")
  }

  func testDivisionByZero() {
    for op in [BinaryOperator.divide, .floorDivide, .modulo] {
      XCTAssertThrowsError(try Operators.binary(op, .int(1), .int(0)))
      XCTAssertThrowsError(try Operators.binary(op, .float(1), .float(0)))
    }
  }

  func testMixedArithmetic() throws {
    XCTAssertEqual(try value(.divide, .int(7), .int(2)), "3.5")
    XCTAssertEqual(try value(.add, .int(1), .float(0.5)), "1.5")
    XCTAssertEqual(try value(.power, .int(2), .int(-1)), "0.5")
    XCTAssertEqual(try value(.add, .string("a"), .string("b")), "\"ab\"")
    XCTAssertEqual(try value(.multiply, .string("ab"), .int(3)), "\"ababab\"")
    XCTAssertEqual(try value(.multiply, .string("ab"), .int(-1)), "\"\"")
    XCTAssertThrowsError(try Operators.binary(.subtract, .string("a"), .int(1)))
  }

  func testComparisons() throws {
    XCTAssertEqual(try value(.less, .int(1), .float(1.5)), "true")
    XCTAssertEqual(try value(.less, .string("a"), .string("b")), "true")
    XCTAssertEqual(
      try value(
        .less, Value.list(ListObject([.int(1), .int(2)])),
        Value.list(ListObject([.int(1), .int(3)]))), "true")
    XCTAssertThrowsError(try Operators.binary(.less, .int(1), .string("a")))
    for op in [BinaryOperator.less, .lessEqual, .greater, .greaterEqual, .equal] {
      XCTAssertEqual(try value(op, .float(.nan), .int(1)), "false", "nan \(op.rawValue) 1")
      XCTAssertEqual(try value(op, .int(1), .float(.nan)), "false", "1 \(op.rawValue) nan")
    }
    XCTAssertEqual(try value(.notEqual, .float(.nan), .float(.nan)), "true")
    XCTAssertEqual(try value(.equal, .int(1), .float(1)), "true")
    XCTAssertEqual(try value(.equal, .null, .bool(false)), "false")
  }

  func testContains() throws {
    let range = Value.range(RangeValue(start: 10, end: 0, step: -3, isInclusive: false))
    XCTAssertEqual(try value(.contains, .int(4), range), "true")
    XCTAssertEqual(try value(.contains, .int(5), range), "false")
    XCTAssertEqual(try value(.contains, .int(0), range), "false")
    XCTAssertEqual(try value(.contains, .string(""), .string("abc")), "true")
    XCTAssertThrowsError(try Operators.binary(.contains, .int(1), .int(2)))
  }
}
