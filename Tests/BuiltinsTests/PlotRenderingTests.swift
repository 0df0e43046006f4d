import Foundation
import Interpreter
import Tensor
import TestSupport
import XCTest

@testable import Builtins

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Plot files as other programs read them: PNGs decoded by libpng, SVG parsed as XML, and
/// the numbers behind histograms and box plots as numpy and matplotlib compute them.
final class PlotRenderingTests: XCTestCase {
  private func samplePlot() -> Plot {
    var plot = Plot(
      layers: [
        .line(xs: [0, 1, 2, 3], ys: [0, 1, 4, 9], label: "squares", color: -1),
        .points(xs: [0, 1, 2, 3], ys: [9, 4, 1, 0], label: "down", color: -1, size: 3),
      ])
    plot.title = "Temperature °C"
    plot.xLabel = "depth [m]"
    plot.yLabel = "T"
    plot.width = 320
    plot.height = 200
    return plot.colored
  }

  func testPNGIsReadByLibpngPixelForPixel() throws {
    let decoder = try LibPNG.load()
    let plot = samplePlot()
    var canvas = RasterCanvas(width: plot.width, height: plot.height)
    PlotDrawing(plot).draw(on: &canvas)
    for data in [
      PNGEncoder.encode(width: plot.width, height: plot.height, rgb: canvas.pixels),
      storedPNG(canvas),
    ] {
      let image = try decoder.decode(data)
      XCTAssertEqual(image.width, plot.width)
      XCTAssertEqual(image.height, plot.height)
      XCTAssertEqual(image.rgb, canvas.pixels)
    }
    XCTAssertGreaterThan(Set(canvas.pixels).count, 10, "the figure is not blank")
  }

  /// The fallback without zlib: stored deflate blocks, more than one of them.
  private func storedPNG(_ canvas: RasterCanvas) -> Data {
    var raw = [UInt8]()
    for row in 0..<canvas.height {
      raw.append(0)
      raw += canvas.pixels[(row * canvas.width * 3)..<((row + 1) * canvas.width * 3)]
    }
    let stream = Zlib.stored(raw)
    XCTAssertGreaterThan(raw.count, 65535)
    let png = PNGEncoder.encode(width: canvas.width, height: canvas.height, rgb: canvas.pixels)
    // Same file, with the IDAT chunk's data replaced by the stored stream.
    var bytes = [UInt8](png.prefix(33))
    bytes += PNGEncoder.bigEndian(UInt32(stream.count))
    let chunk = Array("IDAT".utf8) + stream
    bytes += chunk + PNGEncoder.bigEndian(CRC32.checksum(chunk))
    bytes +=
      [0, 0, 0, 0] + Array("IEND".utf8) + PNGEncoder.bigEndian(CRC32.checksum(Array("IEND".utf8)))
    return Data(bytes)
  }

  func testSVGIsWellFormedXMLWithTheLabels() throws {
    var canvas = SVGCanvas(width: 320, height: 200)
    var plot = samplePlot()
    plot.title = "a < b & \"c\""
    PlotDrawing(plot).draw(on: &canvas)
    let document = canvas.document
    let parser = XMLParser(data: Data(document.utf8))
    XCTAssertTrue(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    XCTAssertTrue(document.contains(">a &lt; b &amp; &quot;c&quot;</text>"))
    XCTAssertTrue(document.contains(">depth [m]</text>"))
    XCTAssertTrue(document.contains("<polyline"))
    XCTAssertTrue(document.contains("<circle"))
  }

  func testTicksAreRoundNumbers() {
    XCTAssertEqual(PlotScale.niceTicks(0, 1, target: 5), [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
    XCTAssertEqual(
      PlotScale.labels(PlotScale.niceTicks(0, 1, target: 5)),
      ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    XCTAssertEqual(PlotScale.niceTicks(168, 236, target: 3), [180, 200, 220])
    XCTAssertEqual(PlotScale.labels([1000, 2000, 3000]), ["1000", "2000", "3000"])
    XCTAssertEqual(PlotScale(covering: [1, 1000], log: true).ticks(), [1, 10, 100, 1000])
    let flat = PlotScale(covering: [5, 5], log: false)
    XCTAssertLessThan(flat.lower, 5)
    XCTAssertGreaterThan(flat.upper, 5)
    let times = PlotTimeTicks.ticks(lower: 0, upper: 4 * 3600)
    XCTAssertEqual(times.labels, ["00:00", "01:00", "02:00", "03:00", "04:00"])
  }

  /// Groups share colours across facets, translucent series carry their opacity into SVG
  /// and PNG, and a numeric colour column gets a colour bar on the panels' shared scale.
  /// `xerr=` draws horizontal error bars with caps (three strokes a point) and widens the x
  /// axis to hold them, as on a depth-down CTD profile.
  func testHorizontalErrorBars() throws {
    func plot(_ call: String) throws -> PlotValue {
      let session = Session(builtins: Builtins.all, output: { _ in })
      let code = "c = frame(temp=[-1.5, -1.2], depth=[10.0, 50.0])\n" + call
      var plot: PlotValue?
      if case .success(.object(let value as PlotValue)?) =
        session.run(code, name: "t", keepLastValue: true)
      {
        plot = value
      }
      return try XCTUnwrap(plot, "the plot did not build: \(call)")
    }
    let with = try plot("plot(c, .temp, .depth, xerr=[0.2, 0.3], invert_y=true)")
    let without = try plot("plot(c, .temp, .depth, invert_y=true)")
    let extent = try XCTUnwrap(with.plot.layers.first?.extent)
    XCTAssertEqual(extent.xs.min() ?? 0, -1.7, accuracy: 1e-12)
    XCTAssertEqual(extent.xs.max() ?? 0, -0.9, accuracy: 1e-12)
    // Error bars are the strokes 1.2 wide.
    let strokes = { (svg: String) in svg.components(separatedBy: "stroke-width=\"1.2\"").count }
    XCTAssertEqual(strokes(with.svg) - strokes(without.svg), 6)
  }

  /// On a colour terminal each series' glyphs, dots and legend entry are in its colour of
  /// the cycle (24-bit escapes, reset at each line's end); without colour, no escapes.
  func testColorPreviewPaintsEachSeries() {
    var plot = Plot()
    plot.layers = [
      PlotLayer.points(xs: [1, 2], ys: [1, 2], label: "Adelie", color: -1, size: 3),
      PlotLayer.points(xs: [3, 4], ys: [3, 4], label: "Gentoo", color: -1, size: 3),
      PlotLayer(shape: .line(xs: [1, 4], ys: [4, 1]), label: "", color: -1),
    ]
    let value = PlotValue(plot)
    let blue = "\u{1B}[38;2;31;119;180m"
    let orange = "\u{1B}[38;2;255;127;14m"
    let green = "\u{1B}[38;2;44;160;44m"
    let colored = value.display(width: 100, usesColor: true)
    XCTAssertTrue(colored.contains(blue + "•"), colored)
    XCTAssertTrue(colored.contains(orange + "×"), colored)
    XCTAssertTrue(colored.contains(green), "the line's dots: \(colored)")
    XCTAssertTrue(colored.contains(blue + "•\u{1B}[39m Adelie   " + orange + "×\u{1B}[39m Gentoo"))
    for line in colored.split(separator: "\n") where line.contains("\u{1B}[38") {
      let lastOn = line.ranges(of: "\u{1B}[38").last?.lowerBound
      let lastOff = line.ranges(of: "\u{1B}[39m").last?.lowerBound
      XCTAssertTrue(lastOn.flatMap { on in lastOff.map { $0 > on } } == true, "reset: \(line)")
    }
    let plain = value.display(width: 100)
    XCTAssertFalse(plain.contains("\u{1B}"))
    XCTAssertTrue(plain.contains("• Adelie   × Gentoo"))
  }

  func testGroupsFacetsAndOpacityRender() throws {
    var grouped = Plot()
    grouped.width = 480
    grouped.height = 320
    var a = PlotLayer.points(xs: [1, 2], ys: [1, 2], label: "a", color: -1, size: 3)
    a.alpha = 0.5
    let b = PlotLayer.points(xs: [3], ys: [3], label: "b", color: -1, size: 3)
    grouped.facets = [
      PlotFacet(title: "north", layers: [a, b]), PlotFacet(title: "south", layers: [a]),
    ]
    let colored = grouped.colored
    XCTAssertEqual(colored.facets[0].layers.map(\.color), [0, 1])
    XCTAssertEqual(colored.facets[1].layers.map(\.color), [0], "a keeps its colour")
    let svg = PlotValue(grouped).svg
    XCTAssertTrue(svg.contains("fill-opacity=\"0.502\""), svg)
    XCTAssertTrue(svg.contains(">north</text>") && svg.contains(">south</text>"))
    _ = try XMLDocument(data: Data(svg.utf8))

    var shaded = Plot()
    var points = PlotLayer.points(xs: [1, 2, 3], ys: [1, 2, 3], label: "", color: -1, size: 3)
    points.shades = [10, 20, 30]
    shaded.layers = [points]
    shaded.colorLabel = "mass [g]"
    XCTAssertEqual(shaded.colorRange?.lowest, 10)
    XCTAssertEqual(shaded.colorRange?.highest, 30)
    XCTAssertTrue(PlotValue(shaded).svg.contains(">mass [g]</text>"))
    let decoder = try LibPNG.load()
    let image = try decoder.decode(PlotValue(grouped).png)
    XCTAssertEqual(image.width, 480)
  }

  func testHistogramCountsAsNumpy() throws {
    // numpy.histogram([1, 2, 2, 3, 3, 3], bins=3) -> [1, 2, 3], edges 1, 1.667, 2.333, 3.
    let edges = try XCTUnwrap(Histogram.edges([1, 2, 2, 3, 3, 3, .nan], bins: 3))
    XCTAssertEqual(edges.count, 4)
    XCTAssertEqual(edges[1], 1 + 2.0 / 3.0, accuracy: 1e-15)
    XCTAssertEqual(Histogram.counts([1, 2, 2, 3, 3, 3, .nan], edges: edges), [1, 2, 3])
    // numpy.histogram([0, 0.5, 1, 10], bins=4): [3, 0, 0, 1].
    let four = try XCTUnwrap(Histogram.edges([0, 0.5, 1, 10], bins: 4))
    XCTAssertEqual(Histogram.counts([0, 0.5, 1, 10], edges: four), [3, 0, 0, 1])
    // numpy.histogram([1, 2, 2, 3, 7, 8, 4, -1, 9], bins=[0, 2, 4, 8]): [1, 3, 3]; the top
    // edge belongs to the last bin, values outside the edges are not counted.
    XCTAssertEqual(
      Histogram.counts([1, 2, 2, 3, 7, 8, 4, -1, 9], edges: [0, 2, 4, 8]), [1, 3, 3])
    // numpy.histogram([5.0], bins=2): [0, 1], edges 4.5, 5, 5.5.
    XCTAssertEqual(Histogram.edges([5], bins: 2), [4.5, 5, 5.5])
    XCTAssertEqual(Histogram.counts([5], edges: [4.5, 5, 5.5]), [0, 1])
  }

  func testBoxSummaryAsMatplotlib() {
    // matplotlib.cbook.boxplot_stats([1, 2, 3, 4, 100]): q1 2, med 3, q3 4, whiskers 1 and 4,
    // fliers [100].
    let box = BoxStatistics.summary([4, 1, 100, 3, 2], at: 0)
    XCTAssertEqual(box.lowerQuartile, 2)
    XCTAssertEqual(box.median, 3)
    XCTAssertEqual(box.upperQuartile, 4)
    XCTAssertEqual(box.lowerWhisker, 1)
    XCTAssertEqual(box.upperWhisker, 4)
    XCTAssertEqual(box.outliers, [100])
    // numpy.percentile([1, 2, 3, 4], 25) = 1.75 (linear).
    XCTAssertEqual(BoxStatistics.percentile([1, 2, 3, 4], 0.25), 1.75)
  }
}

/// Spectrograms as images: decibels with a floor, loudest-value reduction, log rows.
final class SpectrogramImageTests: XCTestCase {
  func testDecibelsFloorAndReduction() throws {
    // 2 frequencies × 4 frames of power; 10·log10: 0, 10, 20, -∞ → floored at 30 - 25 = 5.
    let image = try XCTUnwrap(
      SpectrogramImage.image(
        values: [1, 10, 100, 0, 1000, 1, 1, 1], frequencies: [0, 100], times: [0, 1, 2, 3],
        scale: .power, topDB: 25, logFrequency: false, maxColumns: 2))
    XCTAssertEqual(image.columns, 2)
    XCTAssertEqual(image.rows, 2)
    XCTAssertEqual(image.highest, 30)
    XCTAssertEqual(image.lowest, 5)
    XCTAssertEqual(image.values, [10, 20, 30, 5])
    XCTAssertEqual(image.x0, -0.5)
    XCTAssertEqual(image.x1, 3.5)
  }

  func testLogRowsPickTheirBin() throws {
    let frequencies = (0..<101).map { Double($0) * 10 }
    let values = frequencies.map { $0 }
    let image = try XCTUnwrap(
      SpectrogramImage.image(
        values: values, frequencies: frequencies, times: [0], scale: .decibels, topDB: 2000,
        logFrequency: true))
    XCTAssertEqual(image.rows, 256)
    XCTAssertEqual(image.y0, 5)
    XCTAssertEqual(image.values.first, 10)
    XCTAssertEqual(image.values.last, 990, "the top band is centred at 994.6 Hz")
    XCTAssertEqual(image.values, image.values.sorted(), "rows rise with frequency")
  }

  /// Drawn in a preview's characters, a spectrogram's cell shows the loudest value it covers,
  /// so a band narrower than a character row is not skipped; other images are sampled.
  func testPreviewKeepsTheLoudestCellOfASpectrogram() throws {
    var image = PlotImage(
      rows: 100, columns: 3, values: (0..<300).map { $0 / 3 == 37 ? 10 : 0 }, x0: 0, x1: 3,
      y0: 0, y1: 100, lowest: 0, highest: 10)
    let pooled = image.loudest(columns: 1, rows: 14)
    XCTAssertEqual(pooled.rows, 14)
    XCTAssertEqual(pooled.columns, 1)
    XCTAssertEqual(pooled.values.enumerated().filter { $0.element == 10 }.map(\.offset), [5])
    XCTAssertEqual(image.loudest(columns: 5, rows: 200).values, image.values, "no finer grid")
    func preview(_ image: PlotImage) -> String {
      var plot = Plot(layers: [.image(image)])
      (plot.width, plot.height) = (200, 400)
      return PlotPreview.text(plot, width: 80, usesColor: false)
    }
    let sampled = preview(image)
    XCTAssertFalse(sampled.contains("█"), "row 37 falls between the sampled rows:\n\(sampled)")
    image.keepsLoudest = true
    let loudest = preview(image).split(separator: "\n").filter { $0.contains("█") }
    XCTAssertEqual(loudest.count, 1, "one row shows the band")
  }

  /// The loudest band sums power over time (amplitudes squared, decibels undone) and reaches
  /// halfway to the neighbouring bins; a silent spectrogram has none.
  func testLoudestBandSumsPowerOverTime() throws {
    let frequencies = [0.0, 100, 300]
    let amplitude = try XCTUnwrap(
      SpectrogramBand.loudest(
        values: [1, 1, 3, 0, 2, 2], frequencies: frequencies, scale: .amplitude, unit: "Hz"))
    XCTAssertEqual(amplitude.center, 100)
    XCTAssertEqual(amplitude.low, 50)
    XCTAssertEqual(amplitude.high, 200)
    XCTAssertEqual(amplitude.share, 9.0 / 19.0, accuracy: 1e-15)
    let decibels = try XCTUnwrap(
      SpectrogramBand.loudest(
        values: [0, 0, 10, 10, 20, -.infinity], frequencies: frequencies, scale: .decibels,
        unit: "Hz"))
    XCTAssertEqual(decibels.center, 300)
    XCTAssertEqual(decibels.low, 200)
    XCTAssertEqual(decibels.high, 300)
    XCTAssertEqual(decibels.share, 100.0 / 122.0, accuracy: 1e-12)
    XCTAssertEqual(decibels.label, "loudest band 200–300 Hz (300 Hz, 82% of the energy)")
    XCTAssertNil(
      SpectrogramBand.loudest(
        values: [0, 0, 0, 0], frequencies: [0, 1], scale: .power, unit: "Hz"))
  }
}

final class PooledImageTests: XCTestCase {
  /// Large images are drawn from block means (missing values left out); small ones as they are.
  func testLargeImagesArePooled() {
    let rows = 1300
    let columns = 2500
    var values = (0..<(rows * columns)).map { Double($0 % columns) }
    values[0] = .nan
    let image = PlotImage(
      rows: rows, columns: columns, values: values, x0: 0, x1: 1, y0: 0, y1: 1, lowest: 0,
      highest: 1)
    let pooled = PlotImage.pooled(image)
    XCTAssertEqual(pooled.rows, 434)
    XCTAssertEqual(pooled.columns, 834)
    XCTAssertEqual(pooled.values[0], 1.125, "mean of columns 0-2 over 3 rows, NaN left out")
    XCTAssertEqual(pooled.values[1], 4)
    let small = PlotImage(
      rows: 2, columns: 2, values: [1, 2, 3, 4], x0: 0, x1: 1, y0: 0, y1: 1, lowest: 1,
      highest: 4)
    XCTAssertEqual(PlotImage.pooled(small).values, [1, 2, 3, 4])
  }
}
