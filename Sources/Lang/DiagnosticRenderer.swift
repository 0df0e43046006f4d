/// Draws diagnostics in rustc's layout: the message, `--> file:line:col`, the source line with
/// a caret line under the exact range, labels, notes and `help:`.
public struct DiagnosticRenderer: Sendable {
  public var useColor: Bool

  public init(useColor: Bool = false) {
    self.useColor = useColor
  }

  /// The whole text of one diagnostic, ending in a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    let head = diagnostic.severity.rawValue + (diagnostic.code.map { "[\($0.id)]" } ?? "")
    var out = paint(head, bold: true, color: color(diagnostic.severity))
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
    let lastColumn = end.line == start.line ? end.column : fullLine.count + 1
    let (lineText, shift) = DiagnosticRenderer.window(fullLine, around: start.column)
    let visibleEnd = min(lastColumn - shift, lineText.count + 1)
    let markCount = max(1, visibleEnd - (start.column - shift))
    let indent = String(repeating: " ", count: max(0, start.column - shift - 1))
    let marks = String(repeating: primary ? "^" : "-", count: markCount)
    let tail = label.isEmpty ? "" : " " + label
    let pad = String(repeating: " ", count: width)
    return "\(gutter) | \(lineText)\n\(pad) | \(indent)"
      + paint(marks + tail, bold: true, color: primary ? "31" : "34") + "\n"
  }

  /// Longest source line shown whole; longer lines show a window around the caret.
  static let lineLimit = 120

  /// The part of a long line around `column`, with `…` where text was cut, and how many
  /// columns the window moves the caret left.
  static func window(_ line: String, around column: Int) -> (String, Int) {
    guard line.count > lineLimit else { return (line, 0) }
    let characters = Array(line)
    let first = max(0, min(column - 1 - lineLimit / 3, characters.count - lineLimit))
    let last = min(characters.count, first + lineLimit)
    let head = first > 0 ? "…" : ""
    let tail = last < characters.count ? "…" : ""
    return (head + String(characters[first..<last]) + tail, first - head.count)
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
