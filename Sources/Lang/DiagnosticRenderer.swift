/// Draws diagnostics in rustc's layout: the message, `--> file:line:col`, the source line with
/// a caret line under the exact range, labels, notes and `help:`.
public struct DiagnosticRenderer: Sendable {
  public var useColor: Bool

  public init(useColor: Bool = false) {
    self.useColor = useColor
  }

  /// The whole text of one diagnostic, ending in a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    var out = paint(diagnostic.severity.rawValue, bold: true, color: color(diagnostic.severity))
    out += paint(": " + diagnostic.message, bold: true, color: nil) + "\n"
    guard let file = diagnostic.file else {
      out += diagnostic.notes.map { "  = note: \($0)\n" }.joined()
      if let help = diagnostic.help { out += "  = help: \(help)\n" }
      return out
    }
    let start = file.location(of: diagnostic.range.start)
    let gutterWidth = String(start.line).count
    let pad = String(repeating: " ", count: gutterWidth)
    out += "\(pad)--> \(file.name):\(start)\n"
    out += "\(pad) |\n"
    out += snippet(file, diagnostic.range, diagnostic.label, gutterWidth, primary: true)
    for label in diagnostic.labels where label.file == nil || label.file === file {
      out += snippet(file, label.range, label.message, gutterWidth, primary: false)
    }
    out += "\(pad) |\n"
    for note in diagnostic.notes { out += "\(pad) = note: \(note)\n" }
    if let help = diagnostic.help { out += "\(pad) = help: \(help)\n" }
    return out
  }

  /// All diagnostics, separated by blank lines.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined(separator: "\n")
  }

  private func snippet(
    _ file: SourceFile, _ range: SourceRange, _ label: String, _ width: Int, primary: Bool
  ) -> String {
    let start = file.location(of: range.start)
    let end = file.location(of: range.end)
    let fullLine = file.lineText(start.line).replacingTabs()
    let number = String(start.line)
    let gutter = String(repeating: " ", count: width - number.count) + number
    let lineLength = fullLine.count
    let lastColumn = end.line == start.line ? end.column : lineLength + 1
    var markCount = max(1, lastColumn - start.column)
    var (shown, firstColumn) = (fullLine, 1)
    if lineLength > DiagnosticRenderer.maxLineWidth {
      (shown, firstColumn) = window(fullLine, around: start.column)
      markCount = min(markCount, DiagnosticRenderer.maxLineWidth / 2)
    }
    let lineText = shown
    let indent = String(repeating: " ", count: max(0, start.column - firstColumn))
    let marks = String(repeating: primary ? "^" : "-", count: markCount)
    let tail = label.isEmpty ? "" : " " + label
    let pad = String(repeating: " ", count: width)
    return "\(gutter) | \(lineText)\n\(pad) | \(indent)"
      + paint(marks + tail, bold: true, color: primary ? "31" : "34") + "\n"
  }

  /// Lines longer than this show only a window around the caret.
  static let maxLineWidth = 120

  /// A part of a long line around `column`, marked with "…" where cut, and the column its
  /// first character has in the line (counting the "…" as the column before it).
  private func window(_ line: String, around column: Int) -> (String, Int) {
    let characters = Array(line)
    let half = DiagnosticRenderer.maxLineWidth / 2
    let from = max(0, min(column - 1 - half, characters.count - DiagnosticRenderer.maxLineWidth))
    let to = min(characters.count, from + DiagnosticRenderer.maxLineWidth)
    let prefix = from > 0 ? "…" : ""
    let suffix = to < characters.count ? "…" : ""
    return (prefix + String(characters[from..<to]) + suffix, from + 1 - prefix.count)
  }

  private func color(_ severity: Diagnostic.Severity) -> String {
    switch severity {
    case .error: return "31"
    case .warning: return "33"
    case .note: return "36"
    }
  }

  private func paint(_ text: String, bold: Bool, color: String?) -> String {
    guard useColor else { return text }
    let codes = [bold ? "1" : nil, color].compactMap { $0 }.joined(separator: ";")
    return "\u{1B}[\(codes)m\(text)\u{1B}[0m"
  }
}

extension String {
  /// Tabs become one space so caret columns (counted in characters) line up.
  fileprivate func replacingTabs() -> String {
    String(map { $0 == "\t" ? " " : $0 })
  }
}
