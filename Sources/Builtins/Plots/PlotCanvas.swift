/// An RGB colour, 0…255 per channel, and its opacity (255 opaque).
struct PlotColor: Equatable {
  var red: UInt8
  var green: UInt8
  var blue: UInt8
  var alpha: UInt8 = 255

  static let black = PlotColor(red: 0, green: 0, blue: 0)
  static let white = PlotColor(red: 255, green: 255, blue: 255)
  static let grid = PlotColor(red: 230, green: 230, blue: 230)
  static let axis = PlotColor(red: 68, green: 68, blue: 68)

  /// matplotlib's "tab10" cycle, so series look as users know them.
  static let cycle: [PlotColor] = [
    (31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189),
    (140, 86, 75), (227, 119, 194), (127, 127, 127), (188, 189, 34), (23, 190, 207),
  ].map { PlotColor(red: $0.0, green: $0.1, blue: $0.2) }

  static func series(_ index: Int) -> PlotColor { cycle[abs(index) % cycle.count] }

  /// This colour with the opacity `fraction` (0…1).
  func opacity(_ fraction: Double) -> PlotColor {
    var color = self
    color.alpha = UInt8((min(max(fraction.isFinite ? fraction : 1, 0), 1) * 255).rounded())
    return color
  }

  /// The opacity as a fraction, for SVG's fill-opacity and stroke-opacity.
  var opacityText: String? {
    guard alpha < 255 else { return nil }
    return String((Double(alpha) / 255 * 1000).rounded() / 1000)
  }

  var hex: String {
    let digits = Array("0123456789abcdef")
    return "#"
      + [red, green, blue].map { "\(digits[Int($0 >> 4)])\(digits[Int($0 & 15)])" }.joined()
  }

  /// The viridis colour map at `t` in 0…1 (a polynomial fit of matplotlib's table).
  static func viridis(_ t: Double) -> PlotColor {
    let t = t.isFinite ? min(max(t, 0), 1) : 0
    let c: [(Double, Double, Double)] = [
      (0.2777273272234177, 0.005407344544966578, 0.3340998053353061),
      (0.1050930431085774, 1.404613529898575, 1.384590162594685),
      (-0.3308618287255563, 0.214847559468213, 0.09509516302823659),
      (-4.634230498983486, -5.799100973351585, -19.33244095627987),
      (6.228269936347081, 14.17993336680509, 56.69055260068105),
      (4.776384997670288, -13.74514537774601, -65.35303263337234),
      (-5.435455855934631, 4.645852612178535, 26.3124352495832),
    ]
    var (r, g, b) = (0.0, 0.0, 0.0)
    for coefficient in c.reversed() {
      r = r * t + coefficient.0
      g = g * t + coefficient.1
      b = b * t + coefficient.2
    }
    func byte(_ x: Double) -> UInt8 { UInt8(min(max(x, 0), 1) * 255 + 0.5) }
    return PlotColor(red: byte(r), green: byte(g), blue: byte(b))
  }
}

enum TextAnchor { case start, middle, end }

extension PlotColor {
  /// Black or white, whichever reads better on this colour (by its relative luminance).
  var readableText: PlotColor {
    let luminance = 0.2126 * Double(red) + 0.7152 * Double(green) + 0.0722 * Double(blue)
    return luminance > 128 ? .black : .white
  }
}

/// What a renderer draws: the few primitives every plot is made of, in pixels with y down.
protocol PlotCanvas {
  mutating func polyline(_ points: [(x: Double, y: Double)], color: PlotColor, width: Double)
  mutating func rectangle(
    x: Double, y: Double, width: Double, height: Double, fill: PlotColor?, stroke: PlotColor?)
  mutating func circle(x: Double, y: Double, radius: Double, fill: PlotColor)
  /// Text whose baseline starts, centres or ends at (x, y); rotated a quarter turn
  /// anticlockwise when `vertical`.
  mutating func text(
    _ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double, vertical: Bool,
    color: PlotColor)
  /// Colours `columns` × `rows`, row 0 at the top, stretched over the rectangle.
  mutating func image(
    _ colors: [PlotColor], columns: Int, rows: Int, x: Double, y: Double, width: Double,
    height: Double)
  /// Marks drawn from now on show only inside the rectangle (x, y, width, height); nil
  /// lifts the clip. The layers are drawn clipped to the data area.
  mutating func clip(to rectangle: (x: Double, y: Double, width: Double, height: Double)?)
  /// The size of the smallest area the canvas tells apart, when coarser than a pixel (a
  /// character of a text preview); nil for pixel canvases.
  var resolution: (width: Double, height: Double)? { get }
}

extension PlotCanvas {
  /// Pixel canvases draw the layers unclipped (the data area is where the axes say).
  mutating func clip(to rectangle: (x: Double, y: Double, width: Double, height: Double)?) {}

  var resolution: (width: Double, height: Double)? { nil }

  /// Black text.
  mutating func text(
    _ text: String, x: Double, y: Double, anchor: TextAnchor, size: Double, vertical: Bool
  ) {
    self.text(text, x: x, y: y, anchor: anchor, size: size, vertical: vertical, color: .black)
  }
}
