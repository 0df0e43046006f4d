import XCTest

@testable import Tensor

/// Column types and missing values, as pandas infers them (ints keep their type with NA).
final class CSVInferenceTests: XCTestCase {
  func testPandasDefaultMissingStrings() throws {
    let values = [
      "", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "#N/A", "-nan", "<NA>",
      "1.#IND",
    ]
    let text = "x\n" + (values + ["2.5"]).joined(separator: "\n") + "\n"
    let column = try parseCSV(text).frame.required("x")
    XCTAssertEqual(column.type, .float)
    XCTAssertEqual(column.missingCount, values.count - 1)  // the empty line is blank: skipped
  }

  func testMissingStringsAreExactAndUntrimmed() throws {
    let column = try parseCSV("x\n n/a\nNA\nNan\n").frame.required("x")
    XCTAssertEqual(column.strings, [" n/a", nil, "Nan"])
  }

  func testUserMissingValues() throws {
    var options = CSVOptions()
    options.naValues.insert("-999")
    let column = try parseCSV("x\n1\n-999\n3\n", options).frame.required("x")
    XCTAssertEqual(column.ints, [1, nil, 3])
  }

  func testIntsWithMissingStayInts() throws {
    let column = try parseCSV("flag\n2\n\n\n4\n-7\n").frame.required("flag")
    XCTAssertEqual(column.type, .int)
    let withEmpty = try parseCSV("a,flag\n1,2\n2,\n3, 4 \n").frame.required("flag")
    XCTAssertEqual(withEmpty.ints, [2, nil, 4])
  }

  func testIntsAndFloatsGiveFloats() throws {
    let column = try parseCSV("a,x\n1,1\n2,2.5\n3,1e3\n4,-inf\n5,\n6,+7\n").frame.required("x")
    XCTAssertEqual(column.type, .float)
    XCTAssertEqual(column.doubles, [1, 2.5, 1000, -.infinity, nil, 7])
  }

  func testPlainDecimalMissingValueStillMissingInFloatColumn() throws {
    // Float columns parse plain decimals before checking missing strings, unless a missing
    // string is itself a plain decimal.
    var options = CSVOptions()
    options.naValues.insert("-999.0")
    let text = "x\n1.5\n-999.0\n-.25\n5.\n007.50\n-0\n"
    let column = try parseCSV(text, options).frame.required("x")
    XCTAssertEqual(column.doubles, [1.5, nil, -0.25, 5, 7.5, 0])
    let plain = try parseCSV(text).frame.required("x")
    XCTAssertEqual(plain.doubles, [1.5, -999, -0.25, 5, 7.5, 0])
  }

  /// pandas makes such a column float64 (or uint64) and loses digits; awish keeps the text
  /// and read_csv says so (issue 13).
  func testIntOverflowGivesStrings() throws {
    let frame = try parseCSV("x,y\n1,1.5\n99999999999999999999,123456789012345678901\n").frame
    XCTAssertEqual(try frame.required("x").strings, ["1", "99999999999999999999"])
    XCTAssertEqual(try frame.required("y").strings, ["1.5", "123456789012345678901"])
    let named = CSVReader.oversizedIntegerColumns(frame)
    XCTAssertEqual(named.map(\.name), ["x", "y"])
    XCTAssertEqual(named.map(\.example), ["99999999999999999999", "123456789012345678901"])
  }

  func testFloatsAreCorrectlyRounded() throws {
    let texts = [
      "0.1", "-1.234", "34.025", "2.2250738585072011e-308", "9007199254740993",
      "0.30000000000000004", "1.7976931348623157e308", "123456789012345678901234.5",
      ".5", "5.", "1E-5", "4.9e-324", "0.000001234567890123456789",
    ]
    let column = try parseCSV("x\n" + texts.joined(separator: "\n") + "\n").frame.required("x")
    XCTAssertEqual(column.doubles, texts.map { Double($0) })
  }

  func testBools() throws {
    let column = try parseCSV("ok\ntrue\nFalse\nTRUE\n\nfalse\nNA\n").frame.required("ok")
    XCTAssertEqual(column.bools, [true, false, true, false, nil])
    XCTAssertEqual(try parseCSV("ok\ntrue\n1\n").frame.required("ok").strings, ["true", "1"])
  }

  func testISOTimes() throws {
    let text =
      "t\n2019-01-01T05:08:25\n2019-01-01 05:08\n2019-01-02\n"
      + "2019-01-01T05:08:25.5Z\n2019-01-01T07:08:25+02:00\n\n2000-02-29T23:59:59.000001\n"
    let column = try parseCSV(text).frame.required("t")
    let day: Int64 = 17897 * 86_400_000_000
    XCTAssertEqual(
      column.times,
      [
        day + 18505 * 1_000_000, day + 18480 * 1_000_000, day + 86_400_000_000,
        day + 18505 * 1_000_000 + 500_000, day + 18505 * 1_000_000,
        951_868_799_000_001,
      ])
  }

  func testTimeInferenceCanBeTurnedOffAndOnPerColumn() throws {
    var options = CSVOptions()
    options.inferTimes = false
    options.parseTimes = ["b"]
    let frame = try parseCSV("a,b\n2019-01-01,2019-01-01\n", options).frame
    XCTAssertEqual(try frame.required("a").type, .string)
    XCTAssertEqual(try frame.required("b").type, .time)
  }

  func testInvalidDatesAreStrings() throws {
    let column = try parseCSV("t\n2019-02-29\n").frame.required("t")
    XCTAssertEqual(column.strings, ["2019-02-29"])
    let mixed = try parseCSV("t\n2019-01-01\nsoon\n").frame.required("t")
    XCTAssertEqual(mixed.strings, ["2019-01-01", "soon"])
  }

  func testMixedColumnsBecomeStringsKeepingEarlierText() throws {
    let column = try parseCSV("a,x\n1,1.50\n2,\n3,abc\n4,007\n").frame.required("x")
    XCTAssertEqual(column.strings, ["1.50", nil, "abc", "007"])
  }

  func testAllMissingColumnIsFloat() throws {
    let column = try parseCSV("a,x\n1,\n2,NA\n").frame.required("x")
    XCTAssertEqual(column.type, .float)
    XCTAssertEqual(column.missingCount, 2)
  }

  func testStringsAreDictionaryEncodedInOrderOfAppearance() throws {
    let column = try parseCSV("s\nb\na\nb\n\"a\"\nNA\n").frame.required("s")
    guard case .string(let codes, let dictionary) = column.storage else {
      return XCTFail("not strings")
    }
    XCTAssertEqual(dictionary, ["b", "a"])
    XCTAssertEqual(codes, [0, 1, 0, 1, 0])
    XCTAssertEqual(column.strings, ["b", "a", "b", "a", nil])
  }

  func testTypeOverrides() throws {
    var options = CSVOptions()
    options.types = ["code": .string, "x": .float]
    let frame = try parseCSV("code,x\n007,1\n010,2\n", options).frame
    XCTAssertEqual(try frame.required("code").strings, ["007", "010"])
    XCTAssertEqual(try frame.required("x").type, .float)
  }
}
