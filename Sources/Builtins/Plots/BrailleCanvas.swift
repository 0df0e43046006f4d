import Foundation

/// A plot as text for a terminal or any printed output: a grid of characters, in which the
/// marks of the data area are braille dots (2 × 4 per character) and images are shades
/// (░▒▓█), while outside it lines are box-drawing rules, points glyphs, fills blocks and text
/// whole characters. Coordinates count braille dots, their centres at whole numbers.
///
/// What a character grid cannot show is mapped here, for every plot alike: pale colours
/// (the white paper, grid lines, tints) are not lines or fills, line widths and point sizes
/// are one dot, fills keep a one-dot gap from their neighbours as a figure's bars do with their
/// white outlines, text snaps to whole
/// characters, leaves out what would run into earlier text and clears one character either
/// side over the picture. When several labelled point series are drawn (`usesMarkers`), each
/// point is its series' glyph (•, ×, +, …) instead of a dot.
struct BrailleCanvas: PlotCanvas {
  /// What one character shows.
  enum Cell: Equatable {
    case empty
    /// Cleared beside text written over the picture.
    case blank
    /// Braille dots, one bit per dot as Unicode numbers them.
    case dots(UInt8)
    /// An image's value, 0 (lowest) to 4.
    case shade(Int)
    /// A point's glyph.
    case glyph(Character)
    case text(Character)
    /// A box-drawing line by its arms: up 1, down 2, left 4, right 8.
    case rule(UInt8)
    case block
  }

  /// The bit of each dot of a character, row by row, as Unicode numbers braille dots.
  static let dotBits: [UInt8] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]

  /// Marker glyphs of point series, by colour of the cycle.
  static let markers: [Character] = ["•", "×", "+", "○", "▪", "◆", "▲", "*", "◇", "#"]

  let grid: PlotLayout.Grid
  let usesMarkers: Bool
  private(set) var cells: [[Cell]]
  /// The colour of what each character shows; nil for the terminal's own.
  private(set) var colors: [[PlotColor?]]
  /// The dots marks may reach: the data area, narrowed by the clip.
  private(set) var clipped: (x0: Int, y0: Int, x1: Int, y1: Int)?

  init(grid: PlotLayout.Grid, usesMarkers: Bool) {
    self.grid = grid
    self.usesMarkers = usesMarkers
    cells = Array(repeating: Array(repeating: .empty, count: grid.columns), count: grid.rows)
    colors = Array(repeating: Array(repeating: nil, count: grid.columns), count: grid.rows)
  }

  var resolution: (width: Double, height: Double)? { (2, 4) }

  /// The data area in dots, first and last inclusive.
  var area: (x0: Int, y0: Int, x1: Int, y1: Int) {
    (
      2 * grid.areaColumn, 4 * grid.areaRow, 2 * (grid.areaColumn + grid.areaColumns) - 1,
      4 * (grid.areaRow + grid.areaRows) - 1
    )
  }

  mutating func clip(to rectangle: (x: Double, y: Double, width: Double, height: Double)?) {
    guard let rectangle else {
      clipped = nil
      return
    }
    let area = self.area
    clipped = (
      max(area.x0, Self.dot(rectangle.x)), max(area.y0, Self.dot(rectangle.y)),
      min(area.x1, Self.dot(rectangle.x + rectangle.width)),
      min(area.y1, Self.dot(rectangle.y + rectangle.height))
    )
  }

  mutating func polyline(_ points: [(x: Double, y: Double)], color: PlotColor, width: Double) {
    guard !color.isPale, points.count > 1 else { return }
    let limits = lineLimits
    for index in 1..<points.count {
      let (a, b) = (points[index - 1], points[index])
      if clipped == nil, a.x == b.x || a.y == b.y, !inArea(a), !inArea(b) {
        rule(from: a, to: b, color: color)
      } else {
        line(from: a, to: b, color: color, limits: limits)
      }
    }
  }

  mutating func rectangle(
    x: Double, y: Double, width: Double, height: Double, fill: PlotColor?, stroke: PlotColor?
  ) {
    if let fill, !fill.isPale {
      if clipped != nil || inArea((x + width / 2, y + height / 2)) {
        fillDots(x: x, y: y, width: width, height: height, color: fill)
      } else {
        fillBlocks(x: x, y: y, width: width, height: height, color: fill)
      }
    }
    if let stroke {
      polyline(
        [(x, y), (x + width, y), (x + width, y + height), (x, y + height), (x, y)],
        color: stroke, width: 1)
    }
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: PlotColor) {
    let glyph = usesMarkers ? fill.marker : "•"
    if let limits = clipped ?? (inArea((x, y)) ? area : nil) {
      let (px, py) = (Self.dot(x), Self.dot(y))
      guard px >= limits.x0, px <= limits.x1, py >= limits.y0, py <= limits.y1 else { return }
      if usesMarkers {
        put(.glyph(glyph), column: px / 2, row: py / 4, color: fill)
      } else {
        setDot(px, py, color: fill)
      }
    } else if let (column, row) = cell(x, y) {
      put(.glyph(glyph), column: column, row: row, color: fill)
    }
  }

  mutating func image(
    _ colors: [PlotColor], columns: Int, rows: Int, x: Double, y: Double, width: Double,
    height: Double
  ) {
    guard columns > 0, rows > 0, colors.count == columns * rows, width > 0, height > 0 else {
      return
    }
    let limits = clipped ?? area
    guard limits.x0 <= limits.x1, limits.y0 <= limits.y1 else { return }
    var levels: [Int: Int] = [:]
    for row in (limits.y0 / 4)...(limits.y1 / 4) {
      for column in (limits.x0 / 2)...(limits.x1 / 2) {
        let (cx, cy) = (Double(2 * column) + 0.5, Double(4 * row) + 1.5)
        guard cx >= x, cx <= x + width, cy >= y, cy <= y + height else { continue }
        let sourceColumn = min(columns - 1, Int((cx - x) / width * Double(columns)))
        let sourceRow = min(rows - 1, Int((cy - y) / height * Double(rows)))
        let color = colors[sourceRow * columns + sourceColumn]
        // White is a missing value; pale colours of the map are its highest values.
        guard color != .white else { continue }
        switch cells[row][column] {
        case .empty, .dots, .blank, .shade:
          let key = Int(color.red) << 16 | Int(color.green) << 8 | Int(color.blue)
          let level = levels[key] ?? color.shadeLevel
          levels[key] = level
          cells[row][column] = .shade(level)
          self.colors[row][column] = nil
        default: break
        }
      }
    }
  }

  /// The dot a coordinate falls on (bounded, so a value far outside the axes cannot trap).
  static func dot(_ value: Double) -> Int {
    guard value.isFinite else { return value > 0 ? 1_000_000 : -1_000_000 }
    return Int(min(max(value, -1_000_000), 1_000_000).rounded())
  }

  /// The character a coordinate falls in, when it is on the grid.
  func cell(_ x: Double, _ y: Double) -> (column: Int, row: Int)? {
    let (px, py) = (Self.dot(x), Self.dot(y))
    guard px >= 0, py >= 0, py / 4 < grid.rows else { return nil }
    return (px / 2, py / 4)
  }

  func inArea(_ point: (x: Double, y: Double)) -> Bool {
    let (px, py) = (Self.dot(point.x), Self.dot(point.y))
    let area = self.area
    return px >= area.x0 && px <= area.x1 && py >= area.y0 && py <= area.y1
  }

  mutating func setDot(_ x: Int, _ y: Int, color: PlotColor) {
    let (column, row) = (x / 2, y / 4)
    let bit = Self.dotBits[(y % 4) * 2 + x % 2]
    switch cells[row][column] {
    case .empty, .blank: cells[row][column] = .dots(bit)
    case .dots(let old): cells[row][column] = .dots(old | bit)
    default: return
    }
    colors[row][column] = color.terminalColor
  }

  /// Writes `cell` at a character, widening its row when text runs past the grid.
  mutating func put(_ cell: Cell, column: Int, row: Int, color: PlotColor?) {
    guard row >= 0, row < cells.count, column >= 0, column < 100_000 else { return }
    while cells[row].count <= column {
      cells[row].append(.empty)
      colors[row].append(nil)
    }
    cells[row][column] = cell
    colors[row][column] = color?.terminalColor
  }
}

extension PlotColor {
  /// Pale enough to be the paper: white, grid lines, the tint inside a box.
  var isPale: Bool {
    0.2126 * Double(red) + 0.7152 * Double(green) + 0.0722 * Double(blue) > 190
  }

  /// The colour a terminal draws: black and the dark greys of axes are its own (nil).
  var terminalColor: PlotColor? {
    red == green && green == blue && red < 100 ? nil : self
  }

  /// The glyph of this colour's series of the cycle; • for other colours.
  var marker: Character {
    let index = PlotColor.cycle.firstIndex {
      $0.red == red && $0.green == green && $0.blue == blue
    }
    return index.map { BrailleCanvas.markers[$0 % BrailleCanvas.markers.count] } ?? "•"
  }

  /// Where a colour of the viridis map lies, as one of five shades (0 lowest).
  var shadeLevel: Int {
    var (best, nearest) = (0, Int.max)
    for (index, entry) in PlotColor.viridisTable.enumerated() {
      let (dr, dg, db) = (
        Int(entry.red) - Int(red), Int(entry.green) - Int(green), Int(entry.blue) - Int(blue)
      )
      let distance = dr * dr + dg * dg + db * db
      if distance < nearest { (best, nearest) = (index, distance) }
    }
    return min(4, Int(Double(best) / 1023 * 4.999))
  }

  static let viridisTable = (0...1023).map { viridis(Double($0) / 1023) }
}
