import XCTest

@testable import Builtins

/// The character grid's mapping of what it cannot show: pale colours, lines outside the data
/// area, text at positions between characters, coordinates far off the grid.
final class BrailleCanvasTests: XCTestCase {
  /// A grid of 12 × 6 characters whose data area is columns 2–9, rows 1–3.
  private func canvas(markers: Bool = false) -> BrailleCanvas {
    BrailleCanvas(
      grid: PlotLayout.Grid(
        columns: 12, rows: 6, areaColumn: 2, areaRow: 1, areaColumns: 8, areaRows: 3),
      usesMarkers: markers)
  }

  func testPaleLinesAndFillsAreThePaper() {
    var grid = canvas()
    grid.polyline([(4, 4), (18, 4)], color: .grid, width: 1)
    grid.rectangle(x: 4, y: 4, width: 8, height: 6, fill: .white, stroke: nil)
    XCTAssertTrue(grid.cells.joined().allSatisfy { $0 == .empty })
    grid.polyline([(4, 4), (5, 4)], color: .series(0), width: 3)
    XCTAssertEqual(grid.cells[1][2], .dots(0x01 | 0x08), "one dot high, whatever the width")
  }

  func testLinesOutsideTheAreaJoinAsBoxDrawing() {
    var grid = canvas()
    // The axis lines through the centres of the gutter column and the row under the area.
    grid.polyline([(2.5, 4), (2.5, 17.5), (19, 17.5)], color: .axis, width: 1)
    grid.polyline([(2, 9), (2.5, 9)], color: .axis, width: 1)
    grid.polyline([(8, 17.5), (8, 18)], color: .axis, width: 1)
    let text = grid.lines(usesColor: false)
    XCTAssertEqual(text[1], " │⠀⠀⠀⠀⠀⠀⠀⠀")
    XCTAssertEqual(text[2], " ┤⠀⠀⠀⠀⠀⠀⠀⠀")
    XCTAssertEqual(text[4], " └──┬─────")
  }

  func testLayersAreClippedToTheDataArea() {
    var grid = canvas()
    grid.clip(to: (4, 4, 15, 11))
    grid.polyline([(-1e6, 10), (1e6, 10)], color: .series(1), width: 1)
    grid.polyline([(-1e300, 3), (1e300, .greatestFiniteMagnitude)], color: .series(1), width: 1)
    grid.polyline([(.nan, 4), (8, .infinity)], color: .series(1), width: 1)
    grid.circle(x: 40, y: 40, radius: 3, fill: .series(1))
    grid.clip(to: nil)
    for (row, cells) in grid.cells.enumerated() {
      for (column, cell) in cells.enumerated() where cell != .empty {
        XCTAssertTrue((2...9).contains(column) && row == 2, "\(cell) at \(column), \(row)")
      }
    }
    XCTAssertEqual(grid.cells[2].filter { $0 != .empty }.count, 8, "across the whole area")
  }

  func testTextSnapsToCharactersAndKeepsClearOfEarlierText() {
    var grid = canvas()
    grid.text("ab", x: 4.5, y: 1.5, anchor: .middle, size: 11, vertical: false, color: .black)
    grid.text("c", x: 8, y: 1.5, anchor: .start, size: 11, vertical: false, color: .black)
    grid.text("d", x: 10, y: 1.5, anchor: .start, size: 11, vertical: false, color: .black)
    grid.text("end", x: 24, y: 1.5, anchor: .end, size: 11, vertical: false, color: .black)
    XCTAssertEqual(grid.lines(usesColor: false)[0], "  ab d   end", "c would touch ab")
    grid.rectangle(x: 4, y: 4, width: 15, height: 3, fill: .series(0), stroke: nil)
    grid.text("7", x: 10.5, y: 5.5, anchor: .middle, size: 11, vertical: false, color: .white)
    XCTAssertEqual(
      grid.lines(usesColor: false)[1], "  ⢸⣿ 7 ⣿⣿⡇",
      "side dots left out, a blank either side of the text")
  }

  func testMarkersAndColours() {
    var grid = canvas(markers: true)
    grid.circle(x: 5, y: 5, radius: 3, fill: .series(1))
    grid.circle(x: 9, y: 5, radius: 3, fill: .series(2).opacity(0.5))
    grid.polyline([(2.5, 4), (2.5, 17.5)], color: .axis, width: 1)
    let line = grid.lines(usesColor: true)[1]
    XCTAssertTrue(
      line.hasPrefix(" │\u{1B}[38;2;255;127;14m×\u{1B}[39m⠀\u{1B}[38;2;44;160;44m+"), line)
    let last = line.ranges(of: "\u{1B}[").last.map { String(line[$0.lowerBound...].prefix(5)) }
    XCTAssertEqual(last, "\u{1B}[39m", "the terminal's colour again before the line ends")
  }

  func testViridisShadesAndTheMissingWhite() {
    XCTAssertEqual(PlotColor.viridis(0).shadeLevel, 0)
    XCTAssertEqual(PlotColor.viridis(0.5).shadeLevel, 2)
    XCTAssertEqual(PlotColor.viridis(1).shadeLevel, 4)
    var grid = canvas()
    grid.image(
      [.viridis(1), .white, .viridis(0.3), .viridis(0.7)], columns: 2, rows: 2, x: 4, y: 4,
      width: 15, height: 11)
    let text = grid.lines(usesColor: false)
    XCTAssertEqual(text[1], "  ████⠀⠀⠀⠀")
    XCTAssertEqual(text[3], "  ░░░░▓▓▓▓")
  }
}
