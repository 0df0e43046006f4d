import Interpreter
import XCTest

/// How values print: `repr` for the REPL, `text` for print and str.
final class ValuePrintingTests: XCTestCase {
  func testScalars() {
    XCTAssertEqual(Value.null.repr, "nil")
    XCTAssertEqual(Value.bool(true).repr, "true")
    XCTAssertEqual(Value.int(-42).repr, "-42")
    XCTAssertEqual(Value.float(2).repr, "2.0")
    XCTAssertEqual(Value.string("a\"b\\\n\t\u{1}").repr, "\"a\\\"b\\\\\\n\\t\\u{1}\"")
    XCTAssertEqual(Value.string("°C").repr, "\"°C\"")
    XCTAssertEqual(Value.string("plain").text, "plain")
    XCTAssertEqual(Value.float(0.1).text, "0.1")
  }

  func testContainers() {
    let list = Value.list(ListObject([.int(1), .string("a"), .null, .float(1e100)]))
    XCTAssertEqual(list.repr, "[1, \"a\", nil, 1e+100]")
    XCTAssertEqual(list.text, list.repr)
    let record = Value.record(
      RecordObject([
        ("a", .int(1)), ("odd key", .int(2)),
        ("_x1", .list(ListObject([]))),
      ]))
    XCTAssertEqual(record.repr, "{a: 1, \"odd key\": 2, _x1: []}")
    XCTAssertEqual(Value.record(RecordObject([("1a", .int(1))])).repr, "{\"1a\": 1}")
    XCTAssertEqual(Value.record(RecordObject([])).repr, "{}")
  }

  func testLongRecordsBreakOneKeyPerLine() {
    let long = String(repeating: "x", count: 40)
    let record = Value.record(RecordObject([("a", .string(long)), ("b", .string(long))]))
    XCTAssertEqual(record.repr, "{\n  a: \"\(long)\",\n  b: \"\(long)\"\n}")
  }

  func testRanges() {
    XCTAssertEqual(Value.range(RangeValue(start: 0, end: 3, isInclusive: true)).repr, "0..3")
    XCTAssertEqual(Value.range(RangeValue(start: 0, end: 3, isInclusive: false)).repr, "0..<3")
    XCTAssertEqual(
      Value.range(RangeValue(start: 0, end: 9, step: 2, isInclusive: false)).repr,
      "range(0, 9, 2)")
  }

  func testRangeCounts() {
    XCTAssertEqual(RangeValue(start: 0, end: 3, isInclusive: true).count, 4)
    XCTAssertEqual(RangeValue(start: 3, end: 0, isInclusive: true).count, 0)
    XCTAssertEqual(RangeValue(start: 10, end: 0, step: -3, isInclusive: false).count, 4)
    XCTAssertEqual(RangeValue(start: Int.min, end: Int.max, isInclusive: true).count, Int.max)
  }

  func testSelfContainingListPrints() {
    let list = ListObject([.int(1)])
    list.items.append(.list(list))
    XCTAssertEqual(Value.list(list).repr, "[1, [...]]")
  }

  func testVeryLongListIsShortened() {
    let list = Value.list(ListObject((0..<1005).map { .int($0) }))
    XCTAssertTrue(list.repr.hasSuffix(", 999, … 5 more]"))
  }

  func testTypeNamesAndTruth() {
    XCTAssertEqual(Value.float(1).typeName, "float")
    XCTAssertFalse(Value.string("").isTruthy)
    XCTAssertTrue(Value.list(ListObject([.null])).isTruthy)
  }
}
