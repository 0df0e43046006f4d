import Foundation
import XCTest

@testable import Tensor

/// Large inputs are read in parallel chunks; the frame must equal a single pass's.
final class CSVParallelTests: XCTestCase {
  func testParallelEqualsSequential() throws {
    var text = "time,station,depth,flag,mixed,late\n"
    for row in 0..<60_000 {
      let depth = row % 97 == 0 ? "" : "\(Double(row) * 0.25)"
      let mixed = row == 50_000 ? "x" : "\(row % 7)"
      let late = row < 40_000 ? "\(row)" : "\(row).5"
      text +=
        "2019-01-01T00:\(String(format: "%02d", row / 60 % 60)):\(String(format: "%02d", row % 60)),"
      text += "st\(row % 13 == 0 ? row % 1000 : row % 3),\(depth),\(row % 4),\(mixed),\(late)\n"
    }
    XCTAssertGreaterThan(text.utf8.count, CSVReader.parallelThreshold)
    var sequential = CSVOptions()
    sequential.allowsParallel = false
    let one = try parseCSV(text, sequential).frame
    let many = try parseCSV(text).frame
    XCTAssertEqual(one.rowCount, 60_000)
    for name in one.names {
      let a = try one.required(name)
      let b = try many.required(name)
      XCTAssertEqual(a.type, b.type, name)
      XCTAssertEqual(a.validity, b.validity, name)
      XCTAssertEqual(a.strings, b.strings, name)
      XCTAssertEqual(a.doubles, b.doubles, name)
      XCTAssertEqual(a.times, b.times, name)
      if case .string(_, let d1) = a.storage, case .string(_, let d2) = b.storage {
        XCTAssertEqual(d1, d2, name)
      }
    }
    XCTAssertEqual(try many.required("mixed").type, .string)
    XCTAssertEqual(try many.required("late").type, .float)
    XCTAssertEqual(
      try many.required("depth").missingCount, (0..<60_000).filter { $0 % 97 == 0 }.count)
  }

  func testParallelErrorsNameFileLines() throws {
    var text = "a,b\n"
    for row in 0..<200_000 { text += "\(row),\(row)\n" }
    text += "1,2,3\n"
    let error = csvError(Array(text.utf8))
    XCTAssertEqual(error?.line, 200_002)
    var skip = CSVOptions()
    skip.onBadRows = .skip
    XCTAssertEqual(try parseCSV(text + "4\n", skip).skippedRows.map(\.line), [200_002, 200_003])
  }

  /// Times `read_csv` of the 1M-row CTD file when AWISH_BENCH_CSV names it
  /// (`python3 gen_data.py /tmp/peers-data` writes it); skipped otherwise. Debug builds are
  /// ~80x slower, and `swift test -c release` cannot link (release links the runtime
  /// statically), so for real figures compile Sources/Tensor with `swiftc -O -wmo` and a
  /// driver that calls `CSVReader.read(path:options:)`.
  func testBenchmarkCTD() throws {
    guard let path = ProcessInfo.processInfo.environment["AWISH_BENCH_CSV"] else {
      throw XCTSkip("set AWISH_BENCH_CSV to a CSV file to time it")
    }
    for inferTimes in [false, true] {
      var options = CSVOptions()
      options.inferTimes = inferTimes
      var times: [Double] = []
      var rows = 0
      for _ in 0..<5 {
        let start = Date()
        rows = try CSVReader.read(path: path, options: options).frame.rowCount
        times.append(Date().timeIntervalSince(start))
      }
      let summary = times.sorted().map { String(format: "%.3f", $0) }.joined(separator: " ")
      print("awish.csv_read inferTimes=\(inferTimes) rows=\(rows) seconds: \(summary)")
    }
  }
}
