import XCTest

@testable import Tensor

/// RFC 4180 structure: quotes, separators, line ends, BOM, blank lines, encodings.
final class CSVQuotingTests: XCTestCase {
  func testQuotedFieldsKeepSeparatorsQuotesAndNewlines() throws {
    let text = "name,note\n\"Smith, J\",\"said \"\"hi\"\"\"\nplain,\"two\nlines\"\n"
    let frame = try parseCSV(text).frame
    XCTAssertEqual(try frame.required("name").strings, ["Smith, J", "plain"])
    XCTAssertEqual(try frame.required("note").strings, ["said \"hi\"", "two\nlines"])
  }

  func testQuotedNumbersAreNumbers() throws {
    let frame = try parseCSV("a,b\n\"1\",\"2.5\"\n\"3\",\"\"\n").frame
    XCTAssertEqual(try frame.required("a").ints, [1, 3])
    XCTAssertEqual(try frame.required("b").doubles, [2.5, nil])
  }

  func testTextAfterClosingQuoteIsKeptAsPandasDoes() throws {
    let frame = try parseCSV("a\n\"ab\"cd\nx\"y\n").frame
    XCTAssertEqual(try frame.required("a").strings, ["abcd", "x\"y"])
  }

  func testFieldsAndQuotesAtEveryOffsetOfAnEightByteBlock() throws {
    // The scanner finds breaks eight bytes at a time; fields of every width from every
    // offset, quoted ones among them, must split as one byte at a time would.
    var text = "a,b,c\n"
    var expected: [[String]] = [[], [], []]
    for width in 0..<19 {
      let plain = String(repeating: "x", count: width)
      let quoted = String(repeating: "q", count: width % 5) + ",\n" + String(width)
      text += "\(plain)y,\"\(quoted)\",z\(plain)\r\n"
      expected[0].append(plain + "y")
      expected[1].append(quoted)
      expected[2].append("z" + plain)
    }
    text += "end,\"\",tail"
    let frame = try parseCSV(text).frame
    XCTAssertEqual(try frame.required("a").strings, expected[0] + ["end"])
    XCTAssertEqual(try frame.required("b").strings, expected[1] + [nil])
    XCTAssertEqual(try frame.required("c").strings, expected[2] + ["tail"])
  }

  func testCRLFAndLFAndNoFinalNewline() throws {
    let frame = try parseCSV("a,b\r\n1,x\r\n2,y\n3,z").frame
    XCTAssertEqual(try frame.required("a").ints, [1, 2, 3])
    XCTAssertEqual(try frame.required("b").strings, ["x", "y", "z"])
  }

  func testBOMIsSkipped() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("depth\n5\n".utf8)
    let frame = try CSVReader.parse(bytes: bytes).frame
    XCTAssertEqual(frame.names, ["depth"])
    XCTAssertEqual(try frame.required("depth").ints, [5])
  }

  func testBlankLinesAreSkippedAndLinesStillCount() throws {
    let result = try parseCSV(
      "\na,b\n\n1,2\n\n3,4,5\n",
      {
        var options = CSVOptions()
        options.onBadRows = .skip
        return options
      }())
    XCTAssertEqual(try result.frame.required("a").ints, [1])
    XCTAssertEqual(result.skippedRows.map(\.line), [6])
    XCTAssertEqual(result.skippedRows.first?.reason, "row has 3 fields, the header has 2")
  }

  func testTabSeparated() throws {
    let frame = try parseCSV("a\tb\n1,5\t2\n", .tsv).frame
    XCTAssertEqual(try frame.required("a").strings, ["1,5"])
    XCTAssertEqual(try frame.required("b").ints, [2])
  }

  func testLatin1() throws {
    let bytes: [UInt8] =
      Array("station,temp\n".utf8) + [0x54, 0x72, 0xF8, 0x6D, 0x73, 0xF8]
      + Array(",3.5\n".utf8)
    var options = CSVOptions()
    options.encoding = .latin1
    let frame = try CSVReader.parse(bytes: bytes, options: options).frame
    XCTAssertEqual(try frame.required("station").strings, ["Trømsø"])
  }

  func testUTF8Text() throws {
    let frame = try parseCSV("name\nTrømsø\n°C\n").frame
    XCTAssertEqual(try frame.required("name").strings, ["Trømsø", "°C"])
  }

  func testHeaderNamesArePandasStyle() throws {
    let frame = try parseCSV("a,,a,\"b,c\"\n1,2,3,4\n").frame
    XCTAssertEqual(frame.names, ["a", "Unnamed: 1", "a.1", "b,c"])
  }

  func testNoHeader() throws {
    var options = CSVOptions()
    options.header = false
    let frame = try parseCSV("1,x\n2,y\n", options).frame
    XCTAssertEqual(frame.names, ["0", "1"])
    XCTAssertEqual(try frame.required("0").ints, [1, 2])
  }

  func testHeaderOnlyGivesStringColumnsWithNoRows() throws {
    let frame = try parseCSV("a,b\n").frame
    XCTAssertEqual(frame.names, ["a", "b"])
    XCTAssertEqual(frame.rowCount, 0)
    XCTAssertEqual(try frame.required("a").type, .string)
  }
}
