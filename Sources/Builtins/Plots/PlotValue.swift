import Foundation
import Interpreter
import Lang

/// A plot as an awi value: prints as a braille preview, `a + b` draws b's layers over a,
/// and `save(p, "fig.svg")` or `"fig.png"` writes the real figure.
final class PlotValue: ObjectValue {
  let plot: Plot

  init(_ plot: Plot) {
    self.plot = plot
  }

  var typeName: String { "plot" }

  var shortDescription: String {
    let title = plot.title.isEmpty ? "" : " \"\(plot.title)\""
    return "<plot\(title), \(plot.layers.count) layer\(plot.layers.count == 1 ? "" : "s")>"
  }

  func display(width: Int) -> String { display(width: width, usesColor: false) }

  /// The braille preview; with `usesColor`, series in their colours for a colour terminal.
  func display(width: Int, usesColor: Bool) -> String {
    PlotPreview.text(plot, width: width, usesColor: usesColor)
  }

  func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    guard op == .add, case .object(let otherPlot as PlotValue) = other else { return nil }
    let (first, second) = isLeft ? (plot, otherPlot.plot) : (otherPlot.plot, plot)
    return .object(PlotValue(first.overlaid(with: second)))
  }

  var memberNames: [String] {
    [
      "title", "xlabel", "ylabel", "layers", "width", "height", "series", "facets", "colorbar",
      "loudest_band",
    ]
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "title": return .string(plot.title)
    case "xlabel": return .string(plot.xLabel)
    case "ylabel": return .string(plot.yLabel)
    case "layers": return .int(plot.layers.count)
    case "width": return .int(plot.width)
    case "height": return .int(plot.height)
    case "series":
      // The legend's entries, in order, each once.
      var seen = Set<String>()
      let labels = (plot.layers + plot.facets.flatMap(\.layers)).map(\.label)
        .filter { !$0.isEmpty && seen.insert($0).inserted }
      return .list(ListObject(labels.map { .string($0) }))
    case "facets": return .list(ListObject(plot.facets.map { .string($0.title) }))
    case "colorbar": return plot.colorRange == nil ? .null : .string(plot.colorLabel)
    case "loudest_band":
      guard let band = plot.loudestBand else { return .null }
      return .record(
        RecordObject([
          ("low", .float(band.low)), ("center", .float(band.center)), ("high", .float(band.high)),
          ("share", .float(band.share)),
        ]))
    default: return nil
    }
  }

  var svg: String {
    var canvas = SVGCanvas(width: plot.width, height: plot.height)
    FacetLayout(plot.colored).draw(on: &canvas)
    return canvas.document
  }

  var png: Data {
    var canvas = RasterCanvas(width: plot.width, height: plot.height)
    FacetLayout(plot.colored).draw(on: &canvas)
    return PNGEncoder.encode(width: plot.width, height: plot.height, rgb: canvas.pixels)
  }
}

/// Plots previewed for a colour terminal: the REPL shows them this way when its standard
/// output is one.
public enum ColorPreview {
  /// The value's preview with each series in its colour; nil for anything but a plot.
  public static func text(_ value: Value, width: Int) -> String? {
    guard case .object(let plot as PlotValue) = value else { return nil }
    return plot.display(width: width, usesColor: true)
  }
}

extension Plot {
  /// Layers whose colour was left to the plot (-1) take the next colour of the cycle; a
  /// label seen before (the same group in another facet) keeps its colour.
  var colored: Plot {
    var result = self
    var next = 0
    var byLabel: [String: Int] = [:]
    func assign(_ layer: PlotLayer) -> PlotLayer {
      guard layer.color < 0, layer.image == nil else { return layer }
      var layer = layer
      if !layer.label.isEmpty, let known = byLabel[layer.label] {
        layer.color = known
        return layer
      }
      layer.color = next
      if !layer.label.isEmpty { byLabel[layer.label] = next }
      next += 1
      return layer
    }
    result.layers = layers.map(assign)
    result.facets = facets.map { PlotFacet(title: $0.title, layers: $0.layers.map(assign)) }
    return result
  }
}
