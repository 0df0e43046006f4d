import Builtins
import Tensor
import XCTest

/// `--grid` parsing and expansion, and the parameter text of the command line.
final class GridTests: XCTestCase {
  func testValuesAreTypedAndNilIsMissing() throws {
    let grid = try Grid.parse(["trees=100,200", "depth=5,10,nil", "kind=gini"])
    XCTAssertEqual(grid.axes.map(\.key), ["trees", "depth", "kind"])
    XCTAssertEqual(grid.axes[1].values, [.int(5), .int(10), .null])
    XCTAssertEqual(grid.axes[2].values, [.string("gini")])
    XCTAssertEqual(grid.count, 6)
  }

  func testCombinationsVaryTheLastKeyFastest() throws {
    let grid = try Grid.parse(["a=1,2", "b=x,y,z"])
    let all = (0..<6).map { grid.combination($0).map { ParameterText.text($0.1) } }
    XCTAssertEqual(
      all, [["1", "x"], ["1", "y"], ["1", "z"], ["2", "x"], ["2", "y"], ["2", "z"]])
  }

  func testEmptyAndMalformedGridsAreErrors() {
    XCTAssertThrowsError(try Grid.parse([])) { error in
      XCTAssertEqual((error as? ClusterError)?.message, "the grid is empty")
    }
    XCTAssertThrowsError(try Grid.parse(["trees="])) { error in
      XCTAssertEqual((error as? ClusterError)?.message, "the grid of 'trees' is empty")
    }
    XCTAssertThrowsError(try Grid.parse(["trees=1,,2"]))
    XCTAssertThrowsError(try Grid.parse(["trees"]))
    XCTAssertThrowsError(try Grid.parse(["=1,2"]))
    XCTAssertThrowsError(try Grid.parse(["a=1", "a=2"])) { error in
      XCTAssertEqual((error as? ClusterError)?.message, "--grid names 'a' twice")
    }
  }

  func testParameterTextReadsNumbersBoolsAndNil() {
    XCTAssertEqual(ParameterText.value("3"), .int(3))
    XCTAssertEqual(ParameterText.value("0.5"), .number(0.5))
    XCTAssertEqual(ParameterText.value("true"), .bool(true))
    XCTAssertEqual(ParameterText.value("nil"), .null)
    XCTAssertEqual(ParameterText.value("inf"), .string("inf"))
    XCTAssertEqual(ParameterText.value("gini"), .string("gini"))
  }

  func testArraySpecJoinsRuns() {
    XCTAssertEqual(ArraySpec.text(Array(0..<1000), maxRunning: 10), "0-999%10")
    XCTAssertEqual(ArraySpec.text([5, 1, 2, 3, 9, 10]), "1-3,5,9-10")
    XCTAssertEqual(ArraySpec.text([4]), "4")
  }
}
