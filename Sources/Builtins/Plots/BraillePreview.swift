/// A plot as text: braille dots (2 × 4 per character) inside axes with tick labels, so it
/// shows in a terminal and in any printed output. When several point series are drawn, each
/// has its own marker glyph (•, ×, +, …) so they can be told apart; on a colour terminal each
/// series' dots, glyphs and legend entry are also drawn in its colour. `save` gives the real
/// file.
struct BraillePreview {
  let plot: Plot
  let columns: Int
  let rows: Int
  /// The axes, when shared with other panels (facets); else those covering the plot.
  let scales: (x: PlotScale, y: PlotScale)?
  /// Series are drawn in their colours with terminal escape codes.
  let usesColor: Bool

  /// Marker glyphs of point series, by colour index.
  static let markers: [Character] = ["•", "×", "+", "○", "▪", "◆", "▲", "*", "◇", "#"]

  init(
    _ plot: Plot, columns: Int = 60, rows: Int = 14, scales: (PlotScale, PlotScale)? = nil,
    usesColor: Bool = false
  ) {
    self.plot = plot
    self.usesColor = usesColor
    self.columns = max(10, columns)
    self.rows = max(4, rows)
    self.scales = scales.map { (x: $0.0, y: $0.1) }
  }

  /// Whether point series are drawn with glyphs: when more than one is labelled.
  private var usesMarkers: Bool {
    plot.layers.filter {
      if case .points = $0.shape { return !$0.label.isEmpty }
      return false
    }.count > 1
  }

  func render() -> String {
    let drawing =
      scales.map { PlotDrawing(plot, xScale: $0.x, yScale: $0.y) } ?? PlotDrawing(plot)
    let (xScale, yScale) = (drawing.xScale, drawing.yScale)
    let usesMarkers = self.usesMarkers
    let (dotsWide, dotsHigh) = (columns * 2, rows * 4)
    var dots = [Bool](repeating: false, count: dotsWide * dotsHigh)
    var shade: [Double?] = Array(repeating: nil, count: columns * rows)
    // Text written over the picture (cell labels of a heat map), by character cell.
    var overlay: [Character?] = Array(repeating: nil, count: columns * rows)
    // The colour (of the cycle) of the series drawn last in each character cell.
    var cellColor: [Int?] = Array(repeating: nil, count: columns * rows)
    var layerColor: Int?

    func dot(_ x: Double, _ y: Double) -> (Int, Int)? {
      guard let fx = xScale.fraction(x), let fy = yScale.fraction(y) else { return nil }
      let px = Int((fx * Double(dotsWide - 1)).rounded())
      let py = Int(((1 - fy) * Double(dotsHigh - 1)).rounded())
      guard px >= 0, px < dotsWide, py >= 0, py < dotsHigh else { return nil }
      return (px, py)
    }
    func set(_ point: (Int, Int)) {
      dots[point.1 * dotsWide + point.0] = true
      cellColor[point.1 / 4 * columns + point.0 / 2] = layerColor
    }
    func line(_ a: (Int, Int), _ b: (Int, Int)) {
      var (x, y) = a
      let (dx, dy) = (abs(b.0 - a.0), -abs(b.1 - a.1))
      let (sx, sy) = (a.0 < b.0 ? 1 : -1, a.1 < b.1 ? 1 : -1)
      var error = dx + dy
      while true {
        set((x, y))
        if x == b.0 && y == b.1 { break }
        let doubled = 2 * error
        if doubled >= dy { error += dy; x += sx }
        if doubled <= dx { error += dx; y += sy }
      }
    }

    func write(_ labels: [String], of image: PlotImage) {
      for (index, label) in labels.enumerated() where !label.isEmpty {
        let (row, column) = index.quotientAndRemainder(dividingBy: image.columns)
        let center = image.center(row: row, column: column)
        guard let fx = xScale.fraction(center.x), let fy = yScale.fraction(center.y)
        else { continue }
        let textRow = Int(((1 - fy) * Double(rows - 1)).rounded())
        let text = Array(" " + label + " ")
        let start = Int((fx * Double(columns - 1)).rounded()) - text.count / 2
        guard textRow >= 0, textRow < rows else { continue }
        for (offset, character) in text.enumerated() where (0..<columns).contains(start + offset) {
          overlay[textRow * columns + start + offset] = character
        }
      }
    }

    func mark(_ x: Double, _ y: Double, _ glyph: Character) {
      guard let fx = xScale.fraction(x), let fy = yScale.fraction(y) else { return }
      let row = Int(((1 - fy) * Double(rows - 1)).rounded())
      let column = Int((fx * Double(columns - 1)).rounded())
      guard row >= 0, row < rows, column >= 0, column < columns else { return }
      overlay[row * columns + column] = glyph
      cellColor[row * columns + column] = layerColor
    }

    for layer in plot.layers {
      layerColor = layer.color >= 0 && layer.image == nil ? layer.color : nil
      switch layer.shape {
      case .line(let xs, let ys):
        var previous: (Int, Int)?
        for (x, y) in zip(xs, ys) {
          let current = dot(x, y)
          if let previous, let current {
            line(previous, current)
          } else if let current {
            set(current)
          }
          previous = current
        }
      case .points(let xs, let ys, _):
        if usesMarkers {
          let glyph = Self.markers[abs(layer.color) % Self.markers.count]
          for (x, y) in zip(xs, ys) { mark(x, y, glyph) }
        } else {
          for (x, y) in zip(xs, ys) { if let point = dot(x, y) { set(point) } }
        }
      case .bars(let xs, let heights, let widths):
        for (x, (height, width)) in zip(xs, zip(heights, widths)) {
          guard let top = dot(x, height), let bottom = dot(x, plot.logY ? height : 0),
            let left = dot(x - width * 0.4, height), let right = dot(x + width * 0.4, height)
          else { continue }
          for px in left.0...max(left.0, right.0) {
            line((px, min(top.1, bottom.1)), (px, max(top.1, bottom.1)))
          }
        }
      case .boxes(let boxes):
        for box in boxes {
          guard let q1 = dot(box.position, box.lowerQuartile),
            let q3 = dot(box.position, box.upperQuartile),
            let low = dot(box.position, box.lowerWhisker),
            let high = dot(box.position, box.upperWhisker),
            let median = dot(box.position, box.median),
            let left = dot(box.position - 0.3, box.median),
            let right = dot(box.position + 0.3, box.median)
          else { continue }
          line((left.0, q1.1), (right.0, q1.1))
          line((left.0, q3.1), (right.0, q3.1))
          line((left.0, q1.1), (left.0, q3.1))
          line((right.0, q1.1), (right.0, q3.1))
          line((left.0, median.1), (right.0, median.1))
          line(low, q1)
          line(q3, high)
        }
      case .image(let image):
        let span = image.highest - image.lowest
        for row in 0..<rows {
          for column in 0..<columns {
            let value = image.previewValue(
              row: rows - 1 - row, of: rows, column: column, of: columns)
            if value.isFinite {
              shade[row * columns + column] = span > 0 ? (value - image.lowest) / span : 0.5
            }
          }
        }
        if let labels = image.cellLabels { write(labels, of: image) }
      }
    }

    let (yTicks, yLabels) = drawing.yTickMarks(target: 4)
    var labelAtRow: [Int: String] = [:]
    for (tick, label) in zip(yTicks, yLabels) {
      guard let f = yScale.fraction(tick) else { continue }
      let row = Int(((1 - f) * Double(rows - 1)).rounded())
      if row >= 0 && row < rows { labelAtRow[row] = label }
    }
    let gutter = (labelAtRow.values.map(\.count).max() ?? 0) + 1
    var lines: [String] = []
    if !plot.title.isEmpty { lines.append(String(repeating: " ", count: gutter + 1) + plot.title) }
    if !plot.yLabel.isEmpty {
      lines.append(String(repeating: " ", count: gutter + 1) + plot.yLabel)
    }
    let shades: [Character] = [" ", "░", "▒", "▓", "█"]
    let bandRow = plot.loudestBand.flatMap { band in
      yScale.fraction(band.center).map { Int(((1 - $0) * Double(rows - 1)).rounded()) }
    }
    for row in 0..<rows {
      let label = labelAtRow[row] ?? ""
      var text = String(repeating: " ", count: gutter - label.count) + label
      text += labelAtRow[row] == nil ? "│" : "┤"
      var painter = TerminalPainter(isOn: usesColor)
      for column in 0..<columns {
        painter.paint(cellColor[row * columns + column], into: &text)
        if let character = overlay[row * columns + column] {
          text.append(character)
          continue
        }
        if let level = shade[row * columns + column] {
          text.append(shades[min(4, Int(level * 4.999))])
          continue
        }
        var bits = 0
        let offsets = [
          (0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (1, 0, 0x08), (1, 1, 0x10),
          (1, 2, 0x20), (0, 3, 0x40), (1, 3, 0x80),
        ]
        for (dx, dy, bit) in offsets where dots[(row * 4 + dy) * dotsWide + column * 2 + dx] {
          bits |= bit
        }
        text.unicodeScalars.append(Unicode.Scalar(0x2800 + bits) ?? " ")
      }
      painter.paint(nil, into: &text)
      lines.append(text + (row == bandRow ? " ◀" : ""))
    }
    let (xTicks, xLabels) = drawing.xTickMarks()
    var axis = Array(
      String(repeating: " ", count: gutter) + "└" + String(repeating: "─", count: columns))
    var labels = Array(repeating: Character(" "), count: gutter + columns + 12)
    var nextFree = 0
    for (tick, label) in zip(xTicks, xLabels) {
      guard let f = xScale.fraction(tick), f >= 0, f <= 1 else { continue }
      let column = gutter + 1 + Int((f * Double(columns - 1)).rounded())
      axis[column] = "┬"
      let start = max(0, column - label.count / 2)
      guard start >= nextFree, start + label.count <= labels.count else { continue }
      for (offset, character) in label.enumerated() { labels[start + offset] = character }
      nextFree = start + label.count + 1
    }
    lines.append(String(axis))
    lines.append(String(String(labels).reversed().drop { $0 == " " }.reversed()))
    if !plot.xLabel.isEmpty {
      lines.append(
        String(repeating: " ", count: gutter + 1 + max(0, (columns - plot.xLabel.count) / 2))
          + plot.xLabel)
    }
    let legend = (plot.legendLayers ?? plot.layers).filter { !$0.label.isEmpty }.map { layer in
      var glyph = "⠤"
      if usesMarkers, case .points = layer.shape {
        glyph = String(Self.markers[abs(layer.color) % Self.markers.count])
      }
      return TerminalPainter.painted(glyph, layer.color, isOn: usesColor) + " " + layer.label
    }
    if legend.count > 1 {
      lines.append(String(repeating: " ", count: gutter + 1) + legend.joined(separator: "   "))
    }
    if let band = plot.loudestBand {
      lines.append(String(repeating: " ", count: gutter + 1) + "◀ " + band.label)
    }
    return lines.joined(separator: "\n")
  }
}
