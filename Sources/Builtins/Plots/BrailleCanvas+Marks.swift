import Foundation

/// Lines, rules, fills and text on the character grid.
extension BrailleCanvas {
  /// The dots lines may reach (the data area, narrowed by the clip), and the box around them
  /// that segments are cut to.
  var lineLimits:
    (dots: (x0: Int, y0: Int, x1: Int, y1: Int), box: (Double, Double, Double, Double))
  {
    let limits = clipped ?? area
    return (
      limits,
      (
        Double(limits.x0) - 0.5, Double(limits.y0) - 0.5, Double(limits.x1) + 0.49,
        Double(limits.y1) + 0.49
      )
    )
  }

  /// A line of dots from a to b (Bresenham), cut to `limits` first.
  mutating func line(
    from a: (x: Double, y: Double), to b: (x: Double, y: Double), color: PlotColor,
    limits: (dots: (x0: Int, y0: Int, x1: Int, y1: Int), box: (Double, Double, Double, Double))
  ) {
    guard let (start, end) = Self.cut(a, b, to: limits.box) else { return }
    let dots = limits.dots
    var (x, y) = (Self.dot(start.x), Self.dot(start.y))
    let (x1, y1) = (Self.dot(end.x), Self.dot(end.y))
    let (dx, dy) = (abs(x1 - x), -abs(y1 - y))
    let (sx, sy) = (x < x1 ? 1 : -1, y < y1 ? 1 : -1)
    var error = dx + dy
    while true {
      if x >= dots.x0, x <= dots.x1, y >= dots.y0, y <= dots.y1 { setDot(x, y, color: color) }
      if x == x1 && y == y1 { break }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x += sx
      }
      if doubled <= dx {
        error += dx
        y += sy
      }
    }
  }

  /// The part of segment a–b inside `box` (Liang–Barsky); nil when none is.
  static func cut(
    _ a: (x: Double, y: Double), _ b: (x: Double, y: Double),
    to box: (Double, Double, Double, Double)
  ) -> ((x: Double, y: Double), (x: Double, y: Double))? {
    guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
    if a.x >= box.0, a.x <= box.2, a.y >= box.1, a.y <= box.3, b.x >= box.0, b.x <= box.2,
      b.y >= box.1, b.y <= box.3
    {
      return (a, b)
    }
    let (dx, dy) = (b.x - a.x, b.y - a.y)
    var (low, high) = (0.0, 1.0)
    // Each side: the part of the segment where p·t ≤ q.
    for (p, q) in [(-dx, a.x - box.0), (dx, box.2 - a.x), (-dy, a.y - box.1), (dy, box.3 - a.y)] {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      if p < 0 { low = max(low, q / p) } else { high = min(high, q / p) }
      if low > high { return nil }
    }
    return ((a.x + low * dx, a.y + low * dy), (a.x + high * dx, a.y + high * dy))
  }

  /// A horizontal or vertical line outside the data area as box-drawing characters: each
  /// character it crosses gets an arm towards each side the line reaches past its centre.
  mutating func rule(
    from a: (x: Double, y: Double), to b: (x: Double, y: Double), color: PlotColor
  ) {
    guard let first = cell(min(a.x, b.x), min(a.y, b.y)),
      let last = cell(max(a.x, b.x), max(a.y, b.y))
    else { return }
    let (x0, x1, y0, y1) = (min(a.x, b.x), max(a.x, b.x), min(a.y, b.y), max(a.y, b.y))
    for row in first.row...last.row {
      for column in first.column...min(last.column, first.column + 100_000) {
        let (cx, cy) = (Double(2 * column) + 0.5, Double(4 * row) + 1.5)
        var arms: UInt8 = 0
        if y0 < cy - 0.25 { arms |= 1 }
        if y1 > cy + 0.25 { arms |= 2 }
        if x0 < cx - 0.25 { arms |= 4 }
        if x1 > cx + 0.25 { arms |= 8 }
        if row < cells.count, column < cells[row].count, case .rule(let old) = cells[row][column] {
          arms |= old
        }
        put(.rule(arms), column: column, row: row, color: color)
      }
    }
  }

  /// A filled rectangle as dots; its side columns stay empty when it is at least three dots
  /// wide, so neighbouring bars keep a gap.
  mutating func fillDots(x: Double, y: Double, width: Double, height: Double, color: PlotColor) {
    let limits = clipped ?? area
    var (x0, x1) = (Self.dot(min(x, x + width)), Self.dot(max(x, x + width)))
    let y0 = max(limits.y0, Self.dot(min(y, y + height)))
    let y1 = min(limits.y1, Self.dot(max(y, y + height)))
    if x1 - x0 >= 2 { (x0, x1) = (x0 + 1, x1 - 1) }
    (x0, x1) = (max(limits.x0, x0), min(limits.x1, x1))
    guard x0 <= x1, y0 <= y1 else { return }
    for py in y0...y1 {
      for px in x0...x1 { setDot(px, py, color: color) }
    }
  }

  /// A filled rectangle outside the data area (a legend's bar) as block characters.
  mutating func fillBlocks(x: Double, y: Double, width: Double, height: Double, color: PlotColor) {
    guard let first = cell(min(x, x + width), min(y, y + height)),
      let last = cell(max(x, x + width), max(y, y + height)), last.column - first.column < 1000
    else { return }
    for row in first.row...last.row {
      for column in first.column...last.column {
        put(.block, column: column, row: row, color: color)
      }
    }
  }

  /// Text in whole characters on the row of its baseline, placed by its anchor from the dot
  /// it falls on (halves rounding left); left out when it would run into earlier text. Over the picture, the
  /// characters either side are cleared so it reads. Rotated text is written across.
  mutating func text(
    _ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double, vertical: Bool,
    color: PlotColor
  ) {
    let count = text.count
    guard count > 0, let (_, row) = cell(max(0, x), y) else { return }
    let shift = anchor == .start ? 0 : anchor == .middle ? Double(count) / 2 : Double(count)
    let u = (Double(Self.dot(x)) + 0.5) / 2 - shift
    let start = max(0, Int((u - 0.5).rounded(.up)))
    for column in (start - 1)...(start + count) where column >= 0 && column < cells[row].count {
      if case .text = cells[row][column] { return }
    }
    for (offset, character) in text.enumerated() {
      put(.text(character), column: start + offset, row: row, color: nil)
    }
    for column in [start - 1, start + count] where column >= 0 && column < cells[row].count {
      switch cells[row][column] {
      case .dots, .shade, .glyph: put(.blank, column: column, row: row, color: nil)
      default: break
      }
    }
  }
}
