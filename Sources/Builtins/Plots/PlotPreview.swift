/// A plot's text preview: each panel drawn by `PlotDrawing`, as the SVG and PNG files are, on
/// a `BrailleCanvas` laid out in characters; facets one under the other on their shared axes.
/// The preview keeps the figure's proportions: about 9 × 28 pixels per character.
enum PlotPreview {
  static func text(_ plot: Plot, width: Int, usesColor: Bool) -> String {
    let colored = plot.colored
    let columns = max(10, min(plot.width / 9, max(20, width - 12)))
    guard !colored.facets.isEmpty else {
      return panel(colored, columns: columns, rows: max(4, plot.height / 28), usesColor: usesColor)
    }
    let title = colored.title.isEmpty ? [] : [colored.title]
    let panels = FacetLayout(colored).panels.map { panel in
      self.panel(
        panel.plot, scales: (panel.xScale, panel.yScale), columns: columns,
        rows: max(6, plot.height / 28 / 2), usesColor: usesColor)
    }
    return (title + panels).joined(separator: "\n\n")
  }

  /// One panel whose data area is `columns` × `rows` characters, on the given axes or those
  /// covering its layers.
  static func panel(
    _ plot: Plot, scales: (PlotScale, PlotScale)? = nil, columns: Int, rows: Int,
    usesColor: Bool
  ) -> String {
    let (xScale, yScale) = scales ?? PlotDrawing.scales(plot, layers: plot.layers)
    let layout = PlotLayout(grid: plot, yScale: yScale, columns: columns, rows: rows)
    guard let grid = layout.grid else { return "" }
    let pointSeries = plot.layers.filter {
      if case .points = $0.shape { return !$0.label.isEmpty }
      return false
    }
    var canvas = BrailleCanvas(grid: grid, usesMarkers: pointSeries.count > 1)
    PlotDrawing(plot, xScale: xScale, yScale: yScale, layout: layout).draw(on: &canvas)
    return canvas.lines(usesColor: usesColor).joined(separator: "\n")
  }
}

extension BrailleCanvas {
  /// The grid as lines of text, painted when `usesColor`: the data area whole, anything
  /// else without trailing blanks.
  func lines(usesColor: Bool) -> [String] {
    let areaColumns = grid.areaColumn..<(grid.areaColumn + grid.areaColumns)
    let areaRows = grid.areaRow..<(grid.areaRow + grid.areaRows)
    return cells.indices.map { row in
      var last = areaRows.contains(row) ? areaColumns.upperBound - 1 : -1
      for (column, cell) in cells[row].enumerated() where cell != .empty {
        last = max(last, column)
      }
      var text = ""
      var painter = TerminalPainter(isOn: usesColor)
      for column in 0..<(last + 1) {
        let cell = column < cells[row].count ? cells[row][column] : .empty
        painter.paint(column < colors[row].count ? colors[row][column] : nil, into: &text)
        let inArea = areaRows.contains(row) && areaColumns.contains(column)
        text.append(Self.character(cell, inArea: inArea))
      }
      painter.paint(nil, into: &text)
      return text
    }
  }

  private static let shades: [Character] = [" ", "░", "▒", "▓", "█"]
  /// Box-drawing characters by their arms: up 1, down 2, left 4, right 8.
  private static let rules = Array(" │││─┘┐┤─└┌├─┴┬┼")

  private static func character(_ cell: Cell, inArea: Bool) -> Character {
    switch cell {
    case .empty: return inArea ? "\u{2800}" : " "
    case .blank: return " "
    case .dots(let bits): return Unicode.Scalar(0x2800 + UInt32(bits)).map(Character.init) ?? " "
    case .shade(let level): return shades[min(max(level, 0), 4)]
    case .glyph(let character), .text(let character): return character
    case .rule(let arms): return rules[Int(arms & 15)]
    case .block: return "█"
    }
  }
}
