/// Where a `PlotDrawing` puts each part of a plot: in the pixels of a figure (SVG, PNG), or in
/// the character cells of a terminal preview, counted in braille dots (2 × 4 per character,
/// dot centres at whole numbers). The drawing is the same for both; only these places differ.
struct PlotLayout {
  /// A preview's character grid: its size and the cells of the data area, where marks are
  /// braille dots.
  struct Grid {
    var columns: Int
    var rows: Int
    var areaColumn: Int
    var areaRow: Int
    var areaColumns: Int
    var areaRows: Int
  }

  /// The data area: the ends of the axes map to these edges.
  var left: Double
  var right: Double
  var top: Double
  var bottom: Double
  /// The frame's sides; a preview's lie in the cells of its axis lines.
  var frame: (left: Double, top: Double, right: Double, bottom: Double)
  /// Only the frame's left and bottom sides are drawn (a preview's axis lines).
  var isFrameOpen = false
  var tickLength = 4.0
  /// How far below a point lies the baseline of text centred on it.
  var baselineDrop = 4.0
  var xTickLabelY: Double
  /// Where y tick labels end.
  var yTickLabelX: Double
  var xLabel: (x: Double, y: Double)
  var title: (x: Double, y: Double, anchor: TextAnchor)
  var yLabel: (x: Double, y: Double, anchor: TextAnchor, vertical: Bool)
  var xTickTarget: Int
  var yTickTarget = 5
  /// Half the width of an error bar's caps.
  var errorCap = 4.0
  /// Where the legend goes: a box in the data area's corner, or one row of entries at a y.
  enum LegendPlace: Equatable {
    case box
    case row(Double)
    case none
  }

  var legend = LegendPlace.box
  var showsColorBar: Bool
  /// Where a spectrogram's loudest band is marked: ◀ at `x` on its row, its label at `labelY`.
  var bandMark: (x: Double, labelY: Double)? = nil
  /// The width of one character when text is laid out in cells; nil: the font's widths.
  var characterWidth: Double? = nil
  var grid: Grid? = nil

  /// A figure of `plot.width` × `plot.height` pixels.
  init(figure plot: Plot) {
    let (width, height) = (Double(plot.width), Double(plot.height))
    let widestY =
      plot.yCategories.map { PlotFont.width($0, size: PlotDrawing.fontSize) }.max() ?? 0
    left = max(plot.yLabel.isEmpty ? 58 : 74, widestY + (plot.yLabel.isEmpty ? 14 : 32))
    showsColorBar = plot.colorRange != nil && plot.showsColorBar
    right = width - (showsColorBar ? 92 : 18)
    top = plot.title.isEmpty ? 14 : 36
    bottom = height - (plot.xLabel.isEmpty ? 30 : 48)
    frame = (left, top, right, bottom)
    xTickLabelY = bottom + 16
    yTickLabelX = left - 7
    xLabel = ((left + right) / 2, bottom + 38)
    title = ((left + right) / 2, 24, .middle)
    yLabel = (16, (top + bottom) / 2, .middle, true)
    xTickTarget = max(2, Int((right - left) / 90))
  }

  /// A preview whose data area is `columns` × `rows` characters: the title and y label above
  /// it, y tick labels in a gutter on its left, the axis lines, x tick labels, x label, legend
  /// and loudest band below. O(y ticks).
  init(grid plot: Plot, yScale: PlotScale, columns: Int, rows: Int) {
    let headRows = (plot.title.isEmpty ? 0 : 1) + (plot.yLabel.isEmpty ? 0 : 1)
    top = Double(4 * headRows)
    bottom = top + Double(4 * rows - 1)
    let gutter = Self.gutter(plot, yScale: yScale, top: top, bottom: bottom)
    left = Double(2 * (gutter + 1))
    right = left + Double(2 * columns - 1)
    // Lines at the centres of the axis cells: the gutter's last column, the row under the area.
    frame = (left - 1.5, top, right, bottom + 2.5)
    isFrameOpen = true
    tickLength = 0.5
    baselineDrop = 0
    xTickLabelY = bottom + 6.5
    yTickLabelX = left - 2
    // Half a dot left of the middle: an odd label over an even width leans left.
    xLabel = ((left + right) / 2 - 0.5, bottom + 10.5)
    title = (left, 1.5, .start)
    yLabel = (left, plot.title.isEmpty ? 1.5 : 5.5, .start, false)
    xTickTarget = PlotLayout(figure: plot).xTickTarget
    yTickTarget = 4
    errorCap = 1
    showsColorBar = false
    characterWidth = 2
    // Rows under the data area: the axis line, tick labels, x label, legend, loudest band.
    var below = plot.xLabel.isEmpty ? 2 : 3
    let entries = (plot.legendLayers ?? plot.layers).filter { !$0.label.isEmpty }
    legend = .none
    if plot.legend && entries.count > 1 {
      legend = .row(bottom + 2.5 + Double(4 * below))
      below += 1
    }
    if plot.loudestBand != nil {
      bandMark = (right + 3, bottom + 2.5 + Double(4 * below))
      below += 1
    }
    grid = Grid(
      columns: gutter + 1 + columns + 2, rows: headRows + rows + below, areaColumn: gutter + 1,
      areaRow: headRows, areaColumns: columns, areaRows: rows)
  }

  /// The characters left of a preview's axis line: its widest y tick label and a space.
  private static func gutter(_ plot: Plot, yScale: PlotScale, top: Double, bottom: Double) -> Int {
    let (ticks, labels) = PlotDrawing.yTickMarks(plot, yScale, target: 4)
    var widest = 0
    for (tick, label) in zip(ticks, labels) {
      guard let f = yScale.fraction(tick) else { continue }
      let py = bottom - f * (bottom - top)
      if py >= top - 0.5, py <= bottom + 0.5 { widest = max(widest, label.count) }
    }
    return widest + 1
  }

  /// The width of `text` at font size `size`, in the layout's units.
  func width(of text: String, size: Double) -> Double {
    characterWidth.map { Double(text.count) * $0 } ?? PlotFont.width(text, size: size)
  }
}
