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

  func display(width: Int) -> String {
    // The preview keeps the figure's proportions: about 9 × 28 pixels per character.
    BraillePreview(
      plot.colored, columns: min(plot.width / 9, max(20, width - 12)), rows: plot.height / 28
    ).render()
  }

  func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    guard op == .add, case .object(let otherPlot as PlotValue) = other else { return nil }
    let (first, second) = isLeft ? (plot, otherPlot.plot) : (otherPlot.plot, plot)
    return .object(PlotValue(first.overlaid(with: second)))
  }

  var memberNames: [String] { ["title", "xlabel", "ylabel", "layers", "width", "height"] }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "title": return .string(plot.title)
    case "xlabel": return .string(plot.xLabel)
    case "ylabel": return .string(plot.yLabel)
    case "layers": return .int(plot.layers.count)
    case "width": return .int(plot.width)
    case "height": return .int(plot.height)
    default: return nil
    }
  }

  var svg: String {
    var canvas = SVGCanvas(width: plot.width, height: plot.height)
    PlotDrawing(plot.colored).draw(on: &canvas)
    return canvas.document
  }

  var png: Data {
    var canvas = RasterCanvas(width: plot.width, height: plot.height)
    PlotDrawing(plot.colored).draw(on: &canvas)
    return PNGEncoder.encode(width: plot.width, height: plot.height, rgb: canvas.pixels)
  }
}

extension Plot {
  /// Layers whose colour was left to the plot (-1) take the next colour of the cycle.
  var colored: Plot {
    var result = self
    var next = 0
    result.layers = layers.map { layer in
      guard layer.color < 0 else { return layer }
      defer { next += 1 }
      switch layer {
      case .line(let xs, let ys, let label, _):
        return .line(xs: xs, ys: ys, label: label, color: next)
      case .points(let xs, let ys, let label, _, let size):
        return .points(xs: xs, ys: ys, label: label, color: next, size: size)
      case .bars(let xs, let heights, let width, let label, _):
        return .bars(xs: xs, heights: heights, width: width, label: label, color: next)
      case .boxes(let boxes, _): return .boxes(boxes, color: next)
      case .image: return layer
      }
    }
    return result
  }
}
