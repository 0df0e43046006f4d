/// Colours text for a terminal with 24-bit escape codes, switching only where the colour
/// changes along a line; does nothing when off (pipes, files, notebooks, `NO_COLOR`).
struct TerminalPainter {
  let isOn: Bool
  private var current: PlotColor?

  init(isOn: Bool) {
    self.isOn = isOn
  }

  /// Switches to `color` (nil: the terminal's own) before the next character.
  mutating func paint(_ color: PlotColor?, into text: inout String) {
    guard isOn, color != current else { return }
    text += color.map(Self.escape) ?? Self.reset
    current = color
  }

  /// The escape code for the foreground colour `color`.
  static func escape(_ color: PlotColor) -> String {
    "\u{1B}[38;2;\(color.red);\(color.green);\(color.blue)m"
  }

  static let reset = "\u{1B}[39m"
}
