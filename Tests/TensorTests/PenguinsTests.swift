import XCTest

@testable import Tensor

/// The Palmer penguins file, checked against pandas 3.1.1:
/// `df = pandas.read_csv("penguins.csv")`; `len(df)`, `df.isna().sum()`, `df.dtypes`,
/// `df.body_mass_g.sum()` (1437000.0), `df.bill_length_mm.sum()` (15021.3),
/// `df.bill_depth_mm.sum()` (5865.7), `df.flipper_length_mm.sum()` (68713.0),
/// `df.year.sum()` (690762), `df.species.value_counts()` (Adelie 152, Gentoo 124, Chinstrap 68).
/// pandas makes flipper_length_mm and body_mass_g float64 because of their NA; awish keeps
/// them int with two missing rows.
final class PenguinsTests: XCTestCase {
  func testPenguinsMatchPandas() throws {
    let url = try XCTUnwrap(
      Bundle.module.url(forResource: "Fixtures/penguins", withExtension: "csv"))
    let result = try CSVReader.read(path: url.path)
    let frame = result.frame
    XCTAssertEqual(frame.rowCount, 344)
    XCTAssertTrue(result.skippedRows.isEmpty)
    let expected: [(String, ColumnType, Int)] = [
      ("species", .string, 0), ("island", .string, 0), ("bill_length_mm", .float, 2),
      ("bill_depth_mm", .float, 2), ("flipper_length_mm", .int, 2), ("body_mass_g", .int, 2),
      ("sex", .string, 11), ("year", .int, 0),
    ]
    XCTAssertEqual(frame.names, expected.map(\.0))
    for (name, type, missing) in expected {
      let column = try frame.required(name)
      XCTAssertEqual(column.type, type, name)
      XCTAssertEqual(column.missingCount, missing, name)
    }
    XCTAssertEqual(try sum("bill_length_mm", frame), 15021.3)
    XCTAssertEqual(try sum("bill_depth_mm", frame), 5865.7)
    XCTAssertEqual(try frame.required("body_mass_g").ints.compactMap { $0 }.reduce(0, +), 1_437_000)
    XCTAssertEqual(
      try frame.required("flipper_length_mm").ints.compactMap { $0 }.reduce(0, +), 68713)
    XCTAssertEqual(try frame.required("year").ints.compactMap { $0 }.reduce(0, +), 690_762)
    let species = try frame.required("species").strings.compactMap { $0 }
    XCTAssertEqual(species.filter { $0 == "Adelie" }.count, 152)
    XCTAssertEqual(species.filter { $0 == "Gentoo" }.count, 124)
    XCTAssertEqual(Set(try frame.required("sex").strings.compactMap { $0 }), ["male", "female"])
  }

  /// numpy's pairwise sum over every slot (pandas fills NaN with 0 before summing, and awish
  /// stores 0 in missing float slots), so the bits match.
  private func sum(_ name: String, _ frame: Frame) throws -> Double {
    guard case .float(let values) = try frame.required(name).storage else { return .nan }
    return values.withUnsafeBufferPointer(Reduce.pairwiseSum)
  }
}
