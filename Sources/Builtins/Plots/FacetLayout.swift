import Foundation

/// A plot as panels on a canvas: one panel filling the figure, or for a faceted plot a grid of
/// small multiples on shared axes (seaborn's FacetGrid), each titled with its facet value,
/// the legend on the first panel listing every series.
struct FacetLayout {
  struct Panel {
    var plot: Plot
    var xScale: PlotScale
    var yScale: PlotScale
    /// The panel's top left corner in the figure, in pixels.
    var x: Double
    var y: Double
  }

  let plot: Plot
  let panels: [Panel]
  /// Room above the grid for the figure's title.
  private let titleHeight: Double

  init(_ plot: Plot) {
    self.plot = plot
    guard !plot.facets.isEmpty else {
      let drawing = PlotDrawing(plot)
      panels = [Panel(plot: plot, xScale: drawing.xScale, yScale: drawing.yScale, x: 0, y: 0)]
      titleHeight = 0
      return
    }
    let (xScale, yScale) = PlotDrawing.scales(plot, layers: plot.facets.flatMap(\.layers))
    let columns = Int(Double(plot.facets.count).squareRoot().rounded(.up))
    let rows = (plot.facets.count + columns - 1) / columns
    let titleHeight: Double = plot.title.isEmpty ? 0 : 30
    let cellWidth = plot.width / columns
    let cellHeight = (plot.height - Int(titleHeight)) / rows
    let colorRange = plot.colorRange
    var seen = Set<String>()
    let legend = plot.facets.flatMap(\.layers).filter {
      !$0.label.isEmpty && seen.insert($0.label).inserted
    }
    panels = plot.facets.enumerated().map { index, facet in
      var panel = plot
      panel.facets = []
      panel.layers = facet.layers
      panel.title = facet.title
      panel.width = cellWidth
      panel.height = cellHeight
      panel.legend = plot.legend && index == 0
      panel.legendLayers = legend
      panel.sharedColorRange = colorRange
      let (row, column) = index.quotientAndRemainder(dividingBy: columns)
      panel.showsColorBar = column == columns - 1 || index == plot.facets.count - 1
      return Panel(
        plot: panel, xScale: xScale, yScale: yScale, x: Double(column * cellWidth),
        y: titleHeight + Double(row * cellHeight))
    }
    self.titleHeight = titleHeight
  }

  func draw<C: PlotCanvas>(on canvas: inout C) {
    guard !plot.facets.isEmpty else {
      PlotDrawing(plot).draw(on: &canvas)
      return
    }
    canvas.rectangle(
      x: 0, y: 0, width: Double(plot.width), height: Double(plot.height), fill: .white,
      stroke: nil)
    if !plot.title.isEmpty {
      canvas.text(
        plot.title, x: Double(plot.width) / 2, y: 22, anchor: .middle,
        size: PlotDrawing.titleSize, vertical: false)
    }
    for panel in panels {
      var shifted = ShiftedCanvas(inner: canvas, dx: panel.x, dy: panel.y)
      PlotDrawing(panel.plot, xScale: panel.xScale, yScale: panel.yScale).draw(on: &shifted)
      canvas = shifted.inner
    }
  }
}

/// Another canvas with every coordinate moved by (dx, dy): where a facet's panel is drawn.
struct ShiftedCanvas<Inner: PlotCanvas>: PlotCanvas {
  var inner: Inner
  let dx: Double
  let dy: Double

  mutating func polyline(_ points: [(x: Double, y: Double)], color: PlotColor, width: Double) {
    inner.polyline(points.map { ($0.x + dx, $0.y + dy) }, color: color, width: width)
  }

  mutating func rectangle(
    x: Double, y: Double, width: Double, height: Double, fill: PlotColor?, stroke: PlotColor?
  ) {
    inner.rectangle(x: x + dx, y: y + dy, width: width, height: height, fill: fill, stroke: stroke)
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: PlotColor) {
    inner.circle(x: x + dx, y: y + dy, radius: radius, fill: fill)
  }

  mutating func text(
    _ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double, vertical: Bool,
    color: PlotColor
  ) {
    inner.text(
      text, x: x + dx, y: y + dy, anchor: anchor, size: size, vertical: vertical, color: color)
  }

  mutating func image(
    _ colors: [PlotColor], columns: Int, rows: Int, x: Double, y: Double, width: Double,
    height: Double
  ) {
    inner.image(
      colors, columns: columns, rows: rows, x: x + dx, y: y + dy, width: width, height: height)
  }

  mutating func clip(to rectangle: (x: Double, y: Double, width: Double, height: Double)?) {
    inner.clip(to: rectangle.map { ($0.x + dx, $0.y + dy, $0.width, $0.height) })
  }

  var resolution: (width: Double, height: Double)? { inner.resolution }
}
