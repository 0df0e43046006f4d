import Foundation

/// The keys beside a plot's data: the legend (a box in the data area's corner, or a preview's
/// row of entries), the colour bar and a spectrogram's loudest band.
extension PlotDrawing {
  func drawLegend<C: PlotCanvas>(on canvas: inout C) {
    let labelled = plot.legendLayers ?? plot.layers.filter { !$0.label.isEmpty }
    guard !labelled.isEmpty else { return }
    switch layout.legend {
    case .box: drawLegendBox(labelled, on: &canvas)
    case .row(let rowY): drawLegendRow(labelled, at: rowY, on: &canvas)
    case .none: break
    }
  }

  /// The entries side by side, each a symbol and its label, from the data area's left edge.
  private func drawLegendRow<C: PlotCanvas>(
    _ labelled: [PlotLayer], at rowY: Double, on canvas: inout C
  ) {
    let cell = layout.characterWidth ?? 1
    var x0 = left
    for layer in labelled {
      drawLegendSymbol(layer, x: x0 + cell / 4, y: rowY, scale: cell / 32, on: &canvas)
      canvas.text(
        layer.label, x: x0 + 2 * cell, y: rowY, anchor: .start, size: Self.fontSize,
        vertical: false)
      x0 += layout.width(of: layer.label, size: Self.fontSize) + 5 * cell
    }
  }

  private func drawLegendBox<C: PlotCanvas>(_ labelled: [PlotLayer], on canvas: inout C) {
    let longest = labelled.map { layout.width(of: $0.label, size: Self.fontSize) }.max() ?? 0
    let width = longest + 36
    let height = Double(labelled.count) * 16 + 8
    let x0 = right - width - 8
    let y0 = top + 8
    canvas.rectangle(
      x: x0, y: y0, width: width, height: height, fill: .white, stroke: .grid)
    for (index, layer) in labelled.enumerated() {
      let rowY = y0 + 12 + Double(index) * 16
      drawLegendSymbol(layer, x: x0 + 14, y: rowY - 1, scale: 1, on: &canvas)
      canvas.text(
        layer.label, x: x0 + 28, y: rowY + 3, anchor: .start, size: Self.fontSize,
        vertical: false)
    }
  }

  /// A dot for points, a block for bars, else a short line, centred at (x, y); `scale` 1 is
  /// a figure's size.
  private func drawLegendSymbol<C: PlotCanvas>(
    _ layer: PlotLayer, x: Double, y: Double, scale: Double, on canvas: inout C
  ) {
    let color = PlotColor.series(layer.color).opacity(max(layer.alpha, 0.5))
    switch layer.shape {
    case .points: canvas.circle(x: x, y: y, radius: 3 * scale, fill: color)
    case .bars:
      canvas.rectangle(
        x: x - 6 * scale, y: y - 5 * scale, width: 12 * scale, height: 10 * scale, fill: color,
        stroke: nil)
    default:
      canvas.polyline([(x - 8 * scale, y), (x + 8 * scale, y)], color: color, width: 2)
    }
  }

  func drawColorBar<C: PlotCanvas>(_ range: ColorRange, on canvas: inout C) {
    let x0 = right + 14
    let steps = 64
    let colors = (0..<steps).reversed().map { PlotColor.viridis(Double($0) / Double(steps - 1)) }
    canvas.image(colors, columns: 1, rows: steps, x: x0, y: top, width: 14, height: bottom - top)
    canvas.rectangle(x: x0, y: top, width: 14, height: bottom - top, fill: nil, stroke: .axis)
    let scale = PlotScale(covering: [range.lowest, range.highest], log: false, margin: 0)
    let ticks = scale.ticks(target: 5)
    for (tick, label) in zip(ticks, PlotScale.labels(ticks)) {
      guard let f = scale.fraction(tick), f >= -1e-9, f <= 1 + 1e-9 else { continue }
      let py = bottom - f * (bottom - top)
      canvas.polyline([(x0 + 14, py), (x0 + 18, py)], color: .axis, width: 1)
      canvas.text(
        label, x: x0 + 21, y: py + 4, anchor: .start, size: Self.fontSize, vertical: false)
    }
    if !plot.colorLabel.isEmpty {
      canvas.text(
        plot.colorLabel, x: Double(plot.width) - 8, y: (top + bottom) / 2, anchor: .middle,
        size: Self.fontSize, vertical: true)
    }
  }

  /// ◀ beside the row of the band's centre and, on its own line, what the band is.
  func drawLoudestBand<C: PlotCanvas>(
    _ band: SpectrogramBand, _ mark: (x: Double, labelY: Double), on canvas: inout C
  ) {
    if let py = y(band.center), py >= top - 0.5, py <= bottom + 0.5 {
      canvas.text(
        "◀", x: mark.x, y: py + layout.baselineDrop, anchor: .start, size: Self.fontSize,
        vertical: false)
    }
    canvas.text(
      "◀ " + band.label, x: left, y: mark.labelY, anchor: .start, size: Self.fontSize,
      vertical: false)
  }
}
