import Foundation

/// Draws a plot as SVG text: small, crisp at any zoom, and readable by browsers and editors.
struct SVGCanvas: PlotCanvas {
  private(set) var body = ""

  init(width: Int, height: Int) {
    body =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
      + "viewBox=\"0 0 \(width) \(height)\" font-family=\"DejaVu Sans, Helvetica, Arial, "
      + "sans-serif\">\n"
  }

  var document: String { body + "</svg>\n" }

  mutating func polyline(_ points: [(x: Double, y: Double)], color: PlotColor, width: Double) {
    guard points.count > 1 else { return }
    let coordinates = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
    body +=
      "<polyline points=\"\(coordinates)\" fill=\"none\" stroke=\"\(color.hex)\" "
      + (color.opacityText.map { "stroke-opacity=\"\($0)\" " } ?? "")
      + "stroke-width=\"\(n(width))\" stroke-linejoin=\"round\"/>\n"
  }

  mutating func rectangle(
    x: Double, y: Double, width: Double, height: Double, fill: PlotColor?, stroke: PlotColor?
  ) {
    body +=
      "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" "
      + "fill=\"\(fill?.hex ?? "none")\""
      + (fill?.opacityText.map { " fill-opacity=\"\($0)\"" } ?? "")
      + (stroke.map { " stroke=\"\($0.hex)\"" } ?? "")
      + (stroke?.opacityText.map { " stroke-opacity=\"\($0)\"" } ?? "") + "/>\n"
  }

  mutating func circle(x: Double, y: Double, radius: Double, fill: PlotColor) {
    body +=
      "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(radius))\" fill=\"\(fill.hex)\""
      + (fill.opacityText.map { " fill-opacity=\"\($0)\"" } ?? "") + "/>\n"
  }

  mutating func text(
    _ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double, vertical: Bool,
    color: PlotColor
  ) {
    let anchorName = anchor == .start ? "start" : anchor == .middle ? "middle" : "end"
    let rotation = vertical ? " transform=\"rotate(-90 \(n(x)) \(n(y)))\"" : ""
    body +=
      "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchorName)\""
      + (color == .black ? "" : " fill=\"\(color.hex)\"")
      + "\(rotation)>\(SVGCanvas.escaped(text))</text>\n"
  }

  mutating func image(
    _ colors: [PlotColor], columns: Int, rows: Int, x: Double, y: Double, width: Double,
    height: Double
  ) {
    guard columns > 0, rows > 0 else { return }
    let png = PNGEncoder.encode(
      width: columns, height: rows, rgb: colors.flatMap { [$0.red, $0.green, $0.blue] })
    body +=
      "<image x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" "
      + "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" "
      + "href=\"data:image/png;base64,\(png.base64EncodedString())\"/>\n"
  }

  /// A coordinate with at most two decimals, so files stay small and diff well.
  private func n(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    if rounded == rounded.rounded() { return String(Int(rounded)) }
    return String(rounded)
  }

  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
