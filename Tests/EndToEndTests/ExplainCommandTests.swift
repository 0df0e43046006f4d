import Foundation
import XCTest

/// `awish explain ID` prints an error id's explanation and example, as `rustc --explain`
/// does; an unknown id is wrong usage.
final class ExplainCommandTests: XCTestCase {
  func testExplainByIdAndBySlug() throws {
    let result = try AwishBinary.run(["explain", "E0303"])
    XCTAssertEqual(result.status, 0, result.errors)
    XCTAssertTrue(result.output.hasPrefix("E0303 division-by-zero: "), result.output)
    XCTAssertTrue(result.output.contains("Example:\n\n    x = 7 // 0\n"), result.output)
    XCTAssertEqual(try AwishBinary.run(["explain", "division-by-zero"]).output, result.output)
    XCTAssertEqual(try AwishBinary.run(["explain", "e303"]).output, result.output)
  }

  func testUnknownIdIsWrongUsage() throws {
    let result = try AwishBinary.run(["explain", "E9999"])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.errors.hasPrefix("error: no error id 'E9999'"), result.errors)
  }

  /// The id in an error's first line is one `explain` knows.
  func testTheIdAnErrorShowsIsExplained() throws {
    let failed = try AwishBinary.run(["-e", "[1, 2][5]"])
    XCTAssertEqual(failed.status, 1)
    XCTAssertTrue(failed.errors.hasPrefix("error[E0305]: "), failed.errors)
    let explained = try AwishBinary.run(["explain", "E0305"])
    XCTAssertTrue(explained.output.hasPrefix("E0305 index-out-of-range: "), explained.output)
  }
}
