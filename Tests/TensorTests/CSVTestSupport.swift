import XCTest

@testable import Tensor

/// Parses `text` (UTF-8) with `options`.
func parseCSV(_ text: String, _ options: CSVOptions = CSVOptions()) throws -> CSVResult {
  try CSVReader.parse(bytes: Array(text.utf8), options: options, sourceName: "test.csv")
}

/// The error parsing `bytes` throws, or nil.
func csvError(_ bytes: [UInt8], _ options: CSVOptions = CSVOptions()) -> CSVError? {
  do {
    _ = try CSVReader.parse(bytes: bytes, options: options, sourceName: "test.csv")
    return nil
  } catch {
    return error
  }
}

extension Frame {
  /// The column named `name`, failing the test when absent.
  func required(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws
    -> Column
  {
    try XCTUnwrap(column(named: name), "no column \(name)", file: file, line: line)
  }
}

extension Column {
  /// Values as optional Doubles (nil where missing), for float and int columns.
  var doubles: [Double?] {
    (0..<count).map { row in
      if isMissing(row) { return nil }
      switch storage {
      case .float(let values): return values[row]
      case .int(let values): return Double(values[row])
      default: return nil
      }
    }
  }

  var ints: [Int?] {
    guard case .int(let values) = storage else { return [] }
    return (0..<count).map { isMissing($0) ? nil : values[$0] }
  }

  var strings: [String?] {
    guard case .string(let codes, let dictionary) = storage else { return [] }
    return (0..<count).map { isMissing($0) ? nil : dictionary[Int(codes[$0])] }
  }

  var bools: [Bool?] {
    guard case .bool(let values) = storage else { return [] }
    return (0..<count).map { isMissing($0) ? nil : values[$0] }
  }

  var times: [Int64?] {
    guard case .time(let values) = storage else { return [] }
    return (0..<count).map { isMissing($0) ? nil : values[$0] }
  }
}
