/// Colours text for a terminal with 24-bit escape codes, switching only where the colour
/// changes along a line; does nothing when off (pipes, files, notebooks, `NO_COLOR`).
struct TerminalPainter {
  let isOn: Bool
  private var current: Int?

  init(isOn: Bool) {
    self.isOn = isOn
  }

  /// Switches to series colour `color` (nil: the terminal's own) before the next character.
  mutating func paint(_ color: Int?, into text: inout String) {
    guard isOn, color != current else { return }
    text += color.map(Self.escape) ?? Self.reset
    current = color
  }

  /// `text` in series colour `color` (none for a negative colour), reset after.
  static func painted(_ text: String, _ color: Int, isOn: Bool) -> String {
    guard isOn, color >= 0 else { return text }
    return escape(color) + text + reset
  }

  /// The escape code for the foreground colour of the cycle's entry `color`.
  static func escape(_ color: Int) -> String {
    let rgb = PlotColor.series(color)
    return "\u{1B}[38;2;\(rgb.red);\(rgb.green);\(rgb.blue)m"
  }

  static let reset = "\u{1B}[39m"
}
