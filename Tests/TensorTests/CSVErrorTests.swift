import XCTest

@testable import Tensor

/// Malformed files give one clear error with the file line, never a crash.
final class CSVErrorTests: XCTestCase {
  func testEmptyFile() {
    XCTAssertEqual(csvError([])?.message, "file is empty")
    XCTAssertEqual(csvError(Array("\n\n".utf8))?.message, "file has only blank lines")
  }

  func testRaggedRowNamesLineAndCounts() {
    let error = csvError(Array("a,b,c\n1,2,3\n\n4,5\n".utf8))
    XCTAssertEqual(error?.line, 4)
    XCTAssertEqual(error?.message, "row has 2 fields, the header has 3")
    XCTAssertNotNil(error?.hint)
    XCTAssertEqual(
      csvError(Array("a\n1\n2,3\n".utf8))?.message, "row has 2 fields, the header has 1")
  }

  func testLinesCountNewlinesInsideQuotes() {
    let error = csvError(Array("a,b\n\"x\ny\",1\n1\n".utf8))
    XCTAssertEqual(error?.line, 4)
  }

  func testUnterminatedQuoteNamesTheLineItOpened() {
    let error = csvError(Array("a,b\n1,2\n3,\"open\n4,5\n6,7\n".utf8))
    XCTAssertEqual(error?.line, 3)
    XCTAssertEqual(error?.message, "quoted field is not closed before the end of the file")
    XCTAssertEqual(csvError(Array("\"a\n".utf8))?.line, 1)
  }

  func testInvalidUTF8NamesLineAndField() {
    let bytes = Array("a,b\n1,ok\n2,caf".utf8) + [0xE9] + Array("\n".utf8)
    let error = csvError(bytes)
    XCTAssertEqual(error?.line, 3)
    XCTAssertEqual(error?.column, 2)
    XCTAssertEqual(error?.message, "invalid UTF-8 in column 'b'")
    XCTAssertEqual(csvError([0xFF, 0x0A, 0x31])?.message, "invalid UTF-8 in the header")
  }

  func testTypeOverrideMismatch() {
    var options = CSVOptions()
    options.types = ["x": .int]
    let error = csvError(Array("x\n1\n2.5\n".utf8), options)
    XCTAssertEqual(error?.line, 3)
    XCTAssertEqual(error?.message, "value '2.5' in column 'x' is not an int")
  }

  func testMissingFile() {
    do {
      _ = try CSVReader.read(path: "/nonexistent/ctd.csv")
      XCTFail("no error")
    } catch {
      XCTAssertEqual(error.message, "cannot read '/nonexistent/ctd.csv': it does not exist")
    }
  }

  /// Random bytes, cut and spliced CSV: any outcome but a crash.
  func testGarbageNeverTraps() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("a1,\"\n\r\t.-e:T ".utf8) + [0xC3, 0xA9, 0xFF]
    for _ in 0..<2000 {
      let length = Int.random(in: 0..<40, using: &generator)
      let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
      _ = csvError(bytes)
      var options = CSVOptions()
      options.onBadRows = .skip
      options.encoding = .latin1
      _ = csvError(bytes, options)
    }
  }
}
