import Builtins
import Foundation
import Interpreter
import XCTest

/// Unit conversions, unit arithmetic and verbs on columns with units against pint and pandas:
/// the numbers Reference/make_units_reference.py committed (it runs the same computations).
final class UnitsReferenceTests: XCTestCase {
  struct Case: Decodable {
    let awi: String
    let expected: Expected?
    let source: String
  }

  enum Expected: Decodable {
    case number(Double)
    case flag(Bool)

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let flag = try? container.decode(Bool.self) {
        self = .flag(flag)
      } else {
        self = .number(try container.decode(Double.self))
      }
    }
  }

  struct Reference: Decodable {
    let cases: [Case]
  }

  func testAgainstPintAndPandas() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/units_reference.json")
    let cases = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).cases
    XCTAssertGreaterThanOrEqual(cases.count, 100)
    for item in cases {
      var output = ""
      let session = Session(builtins: Builtins.all, output: { output += $0 })
      let outcome = session.run("print(\(item.awi))", name: "reference.awi")
      // The last line: verbs such as harmonize report their steps first.
      let text = output.split(separator: "\n").last.map(String.init) ?? ""
      switch (item.expected, outcome) {
      case (nil, .success):
        XCTFail("\(item.awi): \(item.source), awish gives \(text)")
      case (nil, _): break
      case (.flag(let flag)?, .success): XCTAssertEqual(text, "\(flag)", item.awi)
      case (.number(let number)?, .success):
        guard let value = Double(text) else {
          XCTFail("\(item.awi): not a number: \(text)")
          continue
        }
        XCTAssertEqual(value, number, accuracy: max(abs(number) * 1e-12, 1e-15), item.awi)
      case (_?, _):
        XCTFail(
          "\(item.awi): awish fails, \(item.source) gives \(String(describing: item.expected))")
      }
    }
  }
}
