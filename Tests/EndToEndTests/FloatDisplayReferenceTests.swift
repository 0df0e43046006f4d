import Builtins
import Foundation
import Interpreter
import XCTest

/// Frames print each float column in one format, as pandas' to_string does: the frames and
/// pandas' cells are in Reference/float_display_reference.json (written by
/// make_float_display_reference.py); awish prints `nil` where pandas prints NaN for a missing
/// value and `nan` for a NaN.
final class FloatDisplayReferenceTests: XCTestCase {
  struct Column: Decodable {
    let name: String
    let values: [String?]
  }

  struct Case: Decodable {
    let columns: [Column]
    let expected: [String: [String]]
  }

  struct Reference: Decodable {
    let cases: [Case]
  }

  func testFloatColumnsPrintAsPandasDoes() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Reference/float_display_reference.json")
    let cases = try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url)).cases
    XCTAssertGreaterThanOrEqual(cases.count, 8)
    for item in cases {
      let printed = try cells(printing: item.columns)
      for (index, column) in item.columns.enumerated() {
        let rowCount = column.values.count
        let shown =
          rowCount > 12 ? Array(0..<5) + Array((rowCount - 5)..<rowCount) : Array(0..<rowCount)
        let expected = zip(shown, item.expected[column.name] ?? []).map { row, cell in
          switch column.values[row] {
          case nil: return "nil"
          case "nan": return "nan"
          default: return cell
          }
        }
        XCTAssertEqual(printed.map { $0.count > index ? $0[index] : "" }, expected, column.name)
      }
    }
  }

  /// The value cells of each printed row (the index dropped) of a frame of these columns.
  private func cells(printing columns: [Column]) throws -> [[String]] {
    let arguments = columns.map { column in
      let values = column.values.map { value -> String in
        guard let value else { return "nil" }
        return ["nan", "inf", "-inf"].contains(value) ? "float(\"\(value)\")" : value
      }
      return "\(column.name)=[\(values.joined(separator: ", "))]"
    }
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    guard
      case .success = session.run("print(frame(\(arguments.joined(separator: ", "))))", name: "t")
    else {
      XCTFail("the frame did not build: \(output)")
      return []
    }
    // The shape line, the names and the types come first; the gap line has no cells.
    let rows = output.split(separator: "\n").dropFirst(3).filter { !$0.contains("rows hidden") }
    return rows.map { $0.split(separator: " ").dropFirst().map(String.init) }
  }
}
