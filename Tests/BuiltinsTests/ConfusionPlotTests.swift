import Foundation
import TestSupport
import XCTest

@testable import Builtins

/// confusion_plot's heat map: cell values and labels as sklearn's confusion_matrix, and a PNG
/// that libpng decodes with cell text readable on its colour.
final class ConfusionPlotTests: XCTestCase {
  func testConfusionHeatMapCellsAndLabels() {
    let confusion = [[5, 1, 0], [2, 6, 0], [0, 0, 0]]
    let counts = ConfusionHeatMap(names: ["a", "b", "c"], confusion: confusion, normalize: false)
    // Image row 0 is the bottom: the last true class, so the first class reads at the top.
    XCTAssertEqual(counts.image.values, [0, 0, 0, 2, 6, 0, 5, 1, 0])
    XCTAssertEqual(counts.image.cellLabels ?? [], ["0", "0", "0", "2", "6", "0", "5", "1", "0"])
    XCTAssertEqual(counts.xCategories, ["a", "b", "c"])
    XCTAssertEqual(counts.yCategories, ["c", "b", "a"])
    XCTAssertEqual(counts.image.highest, 6)
    // As sklearn's confusion_matrix(normalize="true"): rows sum to 1; a class without test
    // rows stays empty (sklearn gives NaN).
    let fractions = ConfusionHeatMap(names: ["a", "b", "c"], confusion: confusion, normalize: true)
    XCTAssertEqual(Array(fractions.image.values[3...]), [0.25, 0.75, 0, 5.0 / 6, 1.0 / 6, 0])
    XCTAssertTrue(fractions.image.values[0...2].allSatisfy(\.isNaN))
    XCTAssertEqual(
      fractions.image.cellLabels ?? [],
      ["", "", "", "0.25", "0.75", "0.00", "0.83", "0.17", "0.00"])
    XCTAssertEqual(fractions.image.lowest, 0)
    XCTAssertEqual(fractions.image.highest, 1)
  }

  func testConfusionPlotPNGDecodesWithReadableCellText() throws {
    let map = ConfusionHeatMap(
      names: ["x", "y"], confusion: [[90, 0], [0, 90]], normalize: false)
    var plot = Plot(layers: [.image(map.image)])
    (plot.categories, plot.yCategories) = (map.xCategories, map.yCategories)
    plot.width = 320
    plot.height = 240
    let png = PlotValue(plot).png
    let image = try LibPNG.load().decode(png)
    XCTAssertEqual(image.width, 320)
    XCTAssertEqual(image.height, 240)
    let drawing = PlotDrawing(plot)
    // True y predicted as x (0 rows) is dark: white text; true x predicted as x is bright.
    func pixels(around value: (x: Double, y: Double)) -> [PlotColor] {
      guard let px = drawing.x(value.x), let py = drawing.y(value.y) else { return [] }
      var found: [PlotColor] = []
      for dy in -6...2 {
        for dx in -8...8 {
          let offset = ((Int(py) + dy) * image.width + Int(px) + dx) * 3
          found.append(
            PlotColor(
              red: image.rgb[offset], green: image.rgb[offset + 1], blue: image.rgb[offset + 2]))
        }
      }
      return found
    }
    // Anti-aliased glyphs: look for near-white and near-black pixels.
    func light(_ color: PlotColor) -> Bool { min(color.red, color.green, color.blue) > 200 }
    func dark(_ color: PlotColor) -> Bool { max(color.red, color.green, color.blue) < 60 }
    XCTAssertTrue(pixels(around: (0, 0)).contains(where: light), "white text on a dark cell")
    XCTAssertTrue(pixels(around: (0, 1)).contains(where: dark), "black text on a bright cell")
    XCTAssertFalse(pixels(around: (0, 1)).contains(where: light), "no white on a bright cell")
  }
}
