import Foundation

/// Lays a plot out and draws it on any canvas: frame, grid, ticks, labels, layers, legend and
/// colour bar, at the places its `PlotLayout` gives (a figure's pixels or a preview's cells).
struct PlotDrawing {
  let plot: Plot
  let xScale: PlotScale
  let yScale: PlotScale
  let layout: PlotLayout

  static let fontSize = 11.0
  static let titleSize = 14.0

  var left: Double { layout.left }
  var right: Double { layout.right }
  var top: Double { layout.top }
  var bottom: Double { layout.bottom }

  /// One panel filling the plot's figure, its axes covering its layers (or the limits).
  init(_ plot: Plot) {
    let (xScale, yScale) = PlotDrawing.scales(plot, layers: plot.layers)
    self.init(plot, xScale: xScale, yScale: yScale)
  }

  /// A panel on the given axes (facets share theirs), laid out as a figure unless `layout`
  /// says otherwise.
  init(_ plot: Plot, xScale: PlotScale, yScale: PlotScale, layout: PlotLayout? = nil) {
    self.plot = plot
    self.xScale = xScale
    self.yScale = yScale
    self.layout = layout ?? PlotLayout(figure: plot)
  }

  /// The axes that show `layers` of `plot`, with its limits, log and inversion options.
  static func scales(_ plot: Plot, layers: [PlotLayer]) -> (x: PlotScale, y: PlotScale) {
    var xs: [Double] = []
    var ys: [Double] = []
    for layer in layers {
      let extent = layer.extent
      xs += extent.xs
      ys += extent.ys
    }
    let tight = plot.image != nil
    return (
      PlotScale.axis(
        covering: xs, limits: plot.xLimits, log: plot.logX, margin: tight ? 0 : 0.04),
      PlotScale.axis(
        covering: ys, limits: plot.yLimits, log: plot.logY, margin: tight ? 0 : 0.04,
        reversed: plot.invertY)
    )
  }

  func x(_ value: Double) -> Double? {
    xScale.fraction(value).map { left + $0 * (right - left) }
  }

  func y(_ value: Double) -> Double? {
    yScale.fraction(value).map { bottom - $0 * (bottom - top) }
  }

  func draw<C: PlotCanvas>(on canvas: inout C) {
    canvas.rectangle(
      x: 0, y: 0, width: Double(plot.width), height: Double(plot.height), fill: .white,
      stroke: nil)
    let (xTicks, xLabels) = xTickMarks()
    let (yTicks, yLabels) = yTickMarks()
    for tick in xTicks { if let px = x(tick) { gridLine(&canvas, [(px, top), (px, bottom)]) } }
    for tick in yTicks { if let py = y(tick) { gridLine(&canvas, [(left, py), (right, py)]) } }
    canvas.clip(to: (left, top, right - left, bottom - top))
    for layer in plot.layers { drawLayer(layer, on: &canvas) }
    canvas.clip(to: nil)
    drawFrame(on: &canvas)
    drawTicks(xTicks, xLabels, yTicks, yLabels, on: &canvas)
    drawLabels(on: &canvas)
    if plot.legend { drawLegend(on: &canvas) }
    if let range = plot.colorRange, layout.showsColorBar { drawColorBar(range, on: &canvas) }
    if let band = plot.loudestBand, let mark = layout.bandMark {
      drawLoudestBand(band, mark, on: &canvas)
    }
  }

  private func drawFrame<C: PlotCanvas>(on canvas: inout C) {
    let frame = layout.frame
    if layout.isFrameOpen {
      canvas.polyline(
        [(frame.left, frame.top), (frame.left, frame.bottom), (frame.right, frame.bottom)],
        color: .axis, width: 1)
    } else {
      canvas.rectangle(
        x: frame.left, y: frame.top, width: frame.right - frame.left,
        height: frame.bottom - frame.top, fill: nil, stroke: .axis)
    }
  }

  private func drawTicks<C: PlotCanvas>(
    _ xTicks: [Double], _ xLabels: [String], _ yTicks: [Double], _ yLabels: [String],
    on canvas: inout C
  ) {
    let (frame, length) = (layout.frame, layout.tickLength)
    for (tick, label) in zip(xTicks, xLabels) {
      guard let px = x(tick), px >= left - 0.5, px <= right + 0.5 else { continue }
      canvas.polyline([(px, frame.bottom), (px, frame.bottom + length)], color: .axis, width: 1)
      canvas.text(
        label, x: px, y: layout.xTickLabelY, anchor: .middle, size: Self.fontSize,
        vertical: false)
    }
    for (tick, label) in zip(yTicks, yLabels) {
      guard let py = y(tick), py >= top - 0.5, py <= bottom + 0.5 else { continue }
      canvas.polyline([(frame.left - length, py), (frame.left, py)], color: .axis, width: 1)
      canvas.text(
        label, x: layout.yTickLabelX, y: py + layout.baselineDrop, anchor: .end,
        size: Self.fontSize, vertical: false)
    }
  }

  private func drawLabels<C: PlotCanvas>(on canvas: inout C) {
    if !plot.xLabel.isEmpty {
      canvas.text(
        plot.xLabel, x: layout.xLabel.x, y: layout.xLabel.y, anchor: .middle,
        size: Self.fontSize, vertical: false)
    }
    if !plot.yLabel.isEmpty {
      let place = layout.yLabel
      canvas.text(
        plot.yLabel, x: place.x, y: place.y, anchor: place.anchor, size: Self.fontSize,
        vertical: place.vertical)
    }
    if !plot.title.isEmpty {
      let place = layout.title
      canvas.text(
        plot.title, x: place.x, y: place.y, anchor: place.anchor, size: Self.titleSize,
        vertical: false)
    }
  }

  func xTickMarks() -> ([Double], [String]) {
    if !plot.categories.isEmpty {
      let positions = plot.categories.indices.map(Double.init)
      return (positions, plot.categories)
    }
    if plot.timeX { return PlotTimeTicks.ticks(lower: xScale.lower, upper: xScale.upper) }
    let ticks = xScale.ticks(target: layout.xTickTarget)
    return (ticks, PlotScale.labels(ticks))
  }

  func yTickMarks() -> ([Double], [String]) {
    Self.yTickMarks(plot, yScale, target: layout.yTickTarget)
  }

  /// The y axis' ticks and their labels: the y categories, or about `target` round numbers.
  static func yTickMarks(_ plot: Plot, _ yScale: PlotScale, target: Int) -> ([Double], [String]) {
    if !plot.yCategories.isEmpty {
      return (plot.yCategories.indices.map(Double.init), plot.yCategories)
    }
    let ticks = yScale.ticks(target: target)
    return (ticks, PlotScale.labels(ticks))
  }

  private func gridLine<C: PlotCanvas>(_ canvas: inout C, _ points: [(x: Double, y: Double)]) {
    canvas.polyline(points, color: .grid, width: 1)
  }

  private func drawLayer<C: PlotCanvas>(_ layer: PlotLayer, on canvas: inout C) {
    let color = PlotColor.series(layer.color).opacity(layer.alpha)
    switch layer.shape {
    case .line(let xs, let ys):
      var run: [(x: Double, y: Double)] = []
      for (vx, vy) in zip(xs, ys) {
        if let px = x(vx), let py = y(vy) {
          run.append((px, py))
        } else {
          if run.count > 1 { canvas.polyline(run, color: color, width: 1.6) }
          run.removeAll(keepingCapacity: true)
        }
      }
      if run.count > 1 { canvas.polyline(run, color: color, width: 1.6) }
    case .points(let xs, let ys, let size):
      let range = plot.colorRange
      for (index, (vx, vy)) in zip(xs, ys).enumerated() {
        guard let px = x(vx), let py = y(vy) else { continue }
        var fill = color
        if let shades = layer.shades, index < shades.count, let range {
          fill = PlotColor.viridis(range.fraction(shades[index])).opacity(layer.alpha)
        }
        canvas.circle(x: px, y: py, radius: size, fill: fill)
      }
    case .bars(let xs, let heights, let widths):
      for (index, vx) in xs.enumerated() where index < heights.count && index < widths.count {
        let (height, width) = (heights[index], widths[index])
        guard let x0 = x(vx - width / 2), let x1 = x(vx + width / 2), let y1 = y(height),
          let y0 = y(plot.logY ? yScaleFloor : 0)
        else { continue }
        canvas.rectangle(
          x: min(x0, x1), y: min(y0, y1), width: abs(x1 - x0), height: abs(y1 - y0),
          fill: color, stroke: layer.alpha < 1 ? nil : .white)
      }
    case .boxes(let boxes):
      for box in boxes { drawBox(box, color: layer.color, on: &canvas) }
    case .image(let image):
      drawImage(image, on: &canvas)
    }
    if layer.errors != nil || layer.xErrors != nil { drawErrorBars(layer, on: &canvas) }
  }

  private func drawImage<C: PlotCanvas>(_ image: PlotImage, on canvas: inout C) {
    guard let x0 = x(image.x0), let x1 = x(image.x1), let y0 = y(image.y0), let y1 = y(image.y1)
    else { return }
    let (width, height) = (abs(x1 - x0), abs(y0 - y1))
    var shown = image
    if let cell = canvas.resolution {
      // A coarse canvas shows one value per cell: the loudest, or the one at its centre.
      let columns = max(1, Int((width / cell.width).rounded()))
      let rows = max(1, Int((height / cell.height).rounded()))
      shown =
        image.keepsLoudest
        ? image.loudest(columns: columns, rows: rows) : image.sampled(columns: columns, rows: rows)
    }
    let span = shown.highest - shown.lowest
    var colors: [PlotColor] = []
    colors.reserveCapacity(shown.values.count)
    for row in (0..<shown.rows).reversed() {
      for column in 0..<shown.columns {
        let value = shown.values[row * shown.columns + column]
        colors.append(
          value.isNaN ? .white : .viridis(span > 0 ? (value - shown.lowest) / span : 0.5))
      }
    }
    canvas.image(
      colors, columns: shown.columns, rows: shown.rows, x: min(x0, x1), y: min(y0, y1),
      width: width, height: height)
    if let labels = shown.cellLabels { drawCellLabels(labels, shown, colors, on: &canvas) }
  }

  /// A vertical bar with caps from y − error to y + error, and a horizontal one from
  /// x − xerror to x + xerror, at each point of a line, points or bars layer.
  private func drawErrorBars<C: PlotCanvas>(_ layer: PlotLayer, on canvas: inout C) {
    let xs: [Double]
    let ys: [Double]
    switch layer.shape {
    case .line(let lineXs, let lineYs), .points(let lineXs, let lineYs, _):
      (xs, ys) = (lineXs, lineYs)
    case .bars(let barXs, let heights, _): (xs, ys) = (barXs, heights)
    case .boxes, .image: return
    }
    let color = PlotColor.series(layer.color).opacity(layer.alpha)
    let cap = layout.errorCap
    for (index, (vx, vy)) in zip(xs, ys).enumerated() {
      if let errors = layer.errors, index < errors.count, errors[index].isFinite,
        let px = x(vx), let low = y(vy - errors[index]), let high = y(vy + errors[index])
      {
        canvas.polyline([(px, low), (px, high)], color: color, width: 1.2)
        canvas.polyline([(px - cap, low), (px + cap, low)], color: color, width: 1.2)
        canvas.polyline([(px - cap, high), (px + cap, high)], color: color, width: 1.2)
      }
      if let errors = layer.xErrors, index < errors.count, errors[index].isFinite,
        let py = y(vy), let left = x(vx - errors[index]), let right = x(vx + errors[index])
      {
        canvas.polyline([(left, py), (right, py)], color: color, width: 1.2)
        canvas.polyline([(left, py - cap), (left, py + cap)], color: color, width: 1.2)
        canvas.polyline([(right, py - cap), (right, py + cap)], color: color, width: 1.2)
      }
    }
  }

  /// Each cell's text centred in it, black or white to read on the cell's colour.
  private func drawCellLabels<C: PlotCanvas>(
    _ labels: [String], _ image: PlotImage, _ colors: [PlotColor], on canvas: inout C
  ) {
    for row in 0..<image.rows {
      for column in 0..<image.columns {
        let index = row * image.columns + column
        // `colors` runs from the top row down.
        let colorIndex = (image.rows - 1 - row) * image.columns + column
        guard index < labels.count, colorIndex < colors.count, !labels[index].isEmpty,
          let px = x(image.center(row: row, column: column).x),
          let py = y(image.center(row: row, column: column).y)
        else { continue }
        canvas.text(
          labels[index], x: px, y: py + layout.baselineDrop, anchor: .middle, size: Self.fontSize,
          vertical: false,
          color: colors[colorIndex].readableText)
      }
    }
  }

  private var yScaleFloor: Double { pow(10, yScale.lower) }

  private func drawBox<C: PlotCanvas>(_ box: BoxSummary, color: Int, on canvas: inout C) {
    let half = 0.3
    guard let x0 = x(box.position - half), let x1 = x(box.position + half),
      let xm = x(box.position), let q1 = y(box.lowerQuartile), let q3 = y(box.upperQuartile),
      let median = y(box.median), let low = y(box.lowerWhisker), let high = y(box.upperWhisker)
    else { return }
    let stroke = PlotColor.series(color)
    canvas.polyline([(xm, q1), (xm, low)], color: .axis, width: 1)
    canvas.polyline([(xm, q3), (xm, high)], color: .axis, width: 1)
    let capHalf = (x1 - x0) / 4
    canvas.polyline([(xm - capHalf, low), (xm + capHalf, low)], color: .axis, width: 1)
    canvas.polyline([(xm - capHalf, high), (xm + capHalf, high)], color: .axis, width: 1)
    canvas.rectangle(
      x: x0, y: min(q1, q3), width: x1 - x0, height: abs(q1 - q3),
      fill: PlotColor(
        red: UInt8((Int(stroke.red) + 510) / 3), green: UInt8((Int(stroke.green) + 510) / 3),
        blue: UInt8((Int(stroke.blue) + 510) / 3)),
      stroke: stroke)
    canvas.polyline([(x0, median), (x1, median)], color: stroke, width: 2)
    for outlier in box.outliers {
      if let py = y(outlier) { canvas.circle(x: xm, y: py, radius: 2.5, fill: .axis) }
    }
  }
}
