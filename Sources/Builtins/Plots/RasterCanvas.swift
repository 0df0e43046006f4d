import Foundation

/// Draws a plot into RGB pixels with anti-aliased edges, for PNG files.
struct RasterCanvas: PlotCanvas {
  let width: Int
  let height: Int
  private(set) var pixels: [UInt8]
  /// Coverage of the shape being drawn, so overlapping pieces of one line blend once.
  private var coverage: [Float]
  private var touched: [Int] = []

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
    pixels = [UInt8](repeating: 255, count: width * height * 3)
    coverage = [Float](repeating: 0, count: width * height)
  }

  mutating func polyline(_ points: [(x: Double, y: Double)], color: PlotColor, width: Double) {
    guard points.count > 1 else { return }
    let crisp = width <= 1.01
    for index in 1..<points.count {
      var (a, b) = (points[index - 1], points[index])
      if crisp && a.x == b.x { (a.x, b.x) = (a.x.rounded(.down) + 0.5, b.x.rounded(.down) + 0.5) }
      if crisp && a.y == b.y { (a.y, b.y) = (a.y.rounded(.down) + 0.5, b.y.rounded(.down) + 0.5) }
      cover(segmentFrom: a, to: b, halfWidth: width / 2)
    }
    flush(color)
  }

  mutating func rectangle(
    x: Double, y: Double, width: Double, height: Double, fill: PlotColor?, stroke: PlotColor?
  ) {
    if let fill {
      let x0 = max(0, Int(x.rounded(.down)))
      let x1 = min(self.width, Int((x + width).rounded(.up)))
      let y0 = max(0, Int(y.rounded(.down)))
      let y1 = min(self.height, Int((y + height).rounded(.up)))
      if x0 < x1 && y0 < y1 {
        for py in y0..<y1 {
          let cy = overlap(Double(py), y, y + height)
          for px in x0..<x1 {
            mark(py * self.width + px, Float(cy * overlap(Double(px), x, x + width)))
          }
        }
      }
      flush(fill)
    }
    if let stroke {
      polyline(
        [(x, y), (x + width, y), (x + width, y + height), (x, y + height), (x, y)],
        color: stroke, width: 1)
    }
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: PlotColor) {
    let x0 = max(0, Int(x - radius - 1))
    let x1 = min(width - 1, Int(x + radius + 1))
    let y0 = max(0, Int(y - radius - 1))
    let y1 = min(height - 1, Int(y + radius + 1))
    guard x0 <= x1, y0 <= y1 else { return }
    for py in y0...y1 {
      for px in x0...x1 {
        let dx = Double(px) + 0.5 - x
        let dy = Double(py) + 0.5 - y
        let c = radius + 0.5 - (dx * dx + dy * dy).squareRoot()
        if c > 0 { mark(py * width + px, Float(min(c, 1))) }
      }
    }
    flush(fill)
  }

  mutating func text(
    _ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double, vertical: Bool,
    color: PlotColor
  ) {
    guard let face = PlotFont.face(size: size) else { return }
    let total = PlotFont.width(text, size: size)
    let shift = anchor == .start ? 0 : anchor == .middle ? total / 2 : total
    var u = Int((-shift).rounded())
    let (ox, oy) = (Int(x.rounded()), Int(y.rounded()))
    for character in text {
      let glyph = face.glyphs[character] ?? face.fallback
      for row in 0..<face.height {
        for column in 0..<glyph.advance {
          let index = row * glyph.advance + column
          guard index < glyph.coverage.count, glyph.coverage[index] > 0 else { continue }
          let (along, across) = (u + column, row - face.ascent)
          let (px, py) = vertical ? (ox + across, oy - along) : (ox + along, oy + across)
          guard px >= 0, px < width, py >= 0, py < height else { continue }
          mark(py * width + px, Float(glyph.coverage[index]) / 255)
        }
      }
      u += glyph.advance
    }
    flush(color)
  }

  mutating func image(
    _ colors: [PlotColor], columns: Int, rows: Int, x: Double, y: Double, width: Double,
    height: Double
  ) {
    guard columns > 0, rows > 0, colors.count == columns * rows, width > 0, height > 0 else {
      return
    }
    let x0 = max(0, Int(x.rounded()))
    let x1 = min(self.width, Int((x + width).rounded()))
    let y0 = max(0, Int(y.rounded()))
    let y1 = min(self.height, Int((y + height).rounded()))
    guard x0 < x1, y0 < y1 else { return }
    for py in y0..<y1 {
      let row = min(rows - 1, max(0, Int((Double(py) + 0.5 - y) / height * Double(rows))))
      for px in x0..<x1 {
        let column = min(
          columns - 1, max(0, Int((Double(px) + 0.5 - x) / width * Double(columns))))
        let color = colors[row * columns + column]
        let at = (py * self.width + px) * 3
        pixels[at] = color.red
        pixels[at + 1] = color.green
        pixels[at + 2] = color.blue
      }
    }
  }

  /// The part of pixel [p, p+1) inside [low, high).
  private func overlap(_ p: Double, _ low: Double, _ high: Double) -> Double {
    max(0, min(p + 1, high) - max(p, low))
  }

  private mutating func cover(
    segmentFrom a: (x: Double, y: Double), to b: (x: Double, y: Double), halfWidth: Double
  ) {
    let reach = halfWidth + 1
    let x0 = max(0, Int((min(a.x, b.x) - reach).rounded(.down)))
    let x1 = min(width - 1, Int((max(a.x, b.x) + reach).rounded(.up)))
    let y0 = max(0, Int((min(a.y, b.y) - reach).rounded(.down)))
    let y1 = min(height - 1, Int((max(a.y, b.y) + reach).rounded(.up)))
    guard x0 <= x1, y0 <= y1 else { return }
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    let length2 = dx * dx + dy * dy
    for py in y0...y1 {
      for px in x0...x1 {
        let (cx, cy) = (Double(px) + 0.5, Double(py) + 0.5)
        var t = length2 > 0 ? ((cx - a.x) * dx + (cy - a.y) * dy) / length2 : 0
        t = min(max(t, 0), 1)
        let (ex, ey) = (cx - (a.x + t * dx), cy - (a.y + t * dy))
        let c = halfWidth + 0.5 - (ex * ex + ey * ey).squareRoot()
        if c > 0 { mark(py * width + px, Float(min(c, 1))) }
      }
    }
  }

  private mutating func mark(_ index: Int, _ value: Float) {
    if coverage[index] == 0 { touched.append(index) }
    coverage[index] = max(coverage[index], value)
  }

  /// Blends `color` into every covered pixel by its coverage and opacity, then forgets the
  /// coverage.
  private mutating func flush(_ color: PlotColor) {
    let opacity = Float(color.alpha) / 255
    for index in touched {
      let alpha = coverage[index] * opacity
      coverage[index] = 0
      let at = index * 3
      for (offset, channel) in [color.red, color.green, color.blue].enumerated() {
        let old = Float(pixels[at + offset])
        pixels[at + offset] = UInt8((old + (Float(channel) - old) * alpha).rounded())
      }
    }
    touched.removeAll(keepingCapacity: true)
  }
}
