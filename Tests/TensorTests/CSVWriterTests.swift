import Foundation
import XCTest

@testable import Tensor

/// write_csv's streamed, chunked writer against the per-value String writer it replaced
/// (kept below as the reference): the same bytes for every column type, missing values,
/// quoting, a one-column frame of empty rows, and frames spanning many chunks.
final class CSVWriterTests: XCTestCase {
  func testBytesMatchTheStringWriter() throws {
    for count in [0, 1, 7, CSVWriter.chunkRows + 3, 3 * CSVWriter.chunkRows + 17] {
      let frame = try Self.mixedFrame(count, seed: UInt64(count))
      for separator: Character in [",", "\t"] {
        let expected = Self.reference(frame, separator)
        XCTAssertEqual(CSVWriter.text(frame, separator: separator), expected, "\(count) rows")
        let path = NSTemporaryDirectory() + "awish-csvwriter-\(getpid()).csv"
        defer { unlink(path) }
        try CSVWriter.write(frame, separator: separator, to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), expected)
      }
    }
  }

  func testOneColumnEmptyRowsAreQuoted() throws {
    let frame = try Frame(columns: [
      Column(name: "s", storage: .strings(["a", "", "b"]), validity: Bitmap([true, true, false]))
    ])
    XCTAssertEqual(CSVWriter.text(frame), "s\na\n\"\"\n\"\"\n")
  }

  func testLineBreaksAndQuotesAreQuoted() throws {
    let texts = ["plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\nend", "tab\there"]
    let frame = try Frame(columns: [Column(name: "a,b", storage: .strings(texts))])
    XCTAssertEqual(
      CSVWriter.text(frame),
      "\"a,b\"\nplain\n\"a,b\"\n\"say \"\"hi\"\"\"\n\"two\nlines\"\n\"crlf\r\nend\"\ntab\there\n")
    XCTAssertEqual(
      CSVWriter.text(frame, separator: "\t"),
      "a,b\nplain\na,b\n\"say \"\"hi\"\"\"\n\"two\nlines\"\n\"crlf\r\nend\"\n\"tab\there\"\n")
  }

  /// Every column type, about a tenth of each missing.
  static func mixedFrame(_ count: Int, seed: UInt64) throws -> Frame {
    var random = SplitMix64(seed: seed)
    func validity() -> Bitmap { Bitmap((0..<count).map { _ in random.next() % 10 != 0 }) }
    let floats = (0..<count).map { _ -> Double in
      switch random.next() % 4 {
      case 0: return Double(Int(random.next() % 200_000) - 100_000) / 1000
      case 1: return Double(bitPattern: random.next())
      case 2: return Double(random.next() % 1000)
      default: return [Double.nan, .infinity, -0.0, 1e-7, 3e20][Int(random.next() % 5)]
      }
    }
    let ints = (0..<count).map { _ in Int(bitPattern: UInt(random.next())) >> 20 }
    let bools = (0..<count).map { _ in random.next() % 2 == 0 }
    let words = ["AASW", "a,b", "q\"q", "", "line\nbreak", "ünï"]
    let strings = (0..<count).map { _ in words[Int(random.next() % 6)] }
    let times = (0..<count).map { _ in
      1_546_300_800_000_000 + Int64(random.next() % 100_000_000)
        * (random.next() % 3 == 0 ? 1 : 1_000_000)
    }
    return try Frame(columns: [
      Column(name: "f", storage: .float(floats), validity: validity()),
      Column(name: "i", storage: .int(ints), validity: validity()),
      Column(name: "b", storage: .bool(bools), validity: validity()),
      Column(name: "s", storage: .strings(strings), validity: validity()),
      Column(name: "t", storage: .time(times), validity: validity()),
      Column(name: "g", storage: .float(floats.map { $0 * 10 }), unit: "m"),
    ])
  }

  /// The writer before streaming: one String per value, joined.
  static func reference(_ frame: Frame, _ separator: Character) -> String {
    func field(_ text: String) -> String {
      guard
        text.unicodeScalars.contains(where: {
          $0 == separator.unicodeScalars.first || $0 == "\"" || $0 == "\n" || $0 == "\r"
        })
      else { return text }
      return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    func value(_ column: Column, _ row: Int) -> String {
      if column.isMissing(row) { return "" }
      switch column.storage {
      case .float(let values): return values[row].description
      case .int(let values): return String(values[row])
      case .bool(let values): return values[row] ? "True" : "False"
      case .string(let codes, let dictionary): return dictionary[Int(codes[row])]
      case .time(let values): return ISOTime.text(values[row])
      }
    }
    var lines = [
      frame.columns.map { field(ColumnNaming.header($0)) }.joined(separator: String(separator))
    ]
    for row in 0..<frame.rowCount {
      let line = frame.columns.map { field(value($0, row)) }.joined(separator: String(separator))
      lines.append(line.isEmpty && frame.columnCount == 1 ? "\"\"" : line)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
