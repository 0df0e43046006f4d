import Lang

/// One `# %%` cell of a report: its title, Quarto-style options, code and what running it
/// gave.
struct ReportCell {
  enum Piece {
    case text(String)
    case html(String)
    case error(String)
    /// A warning the cell's code gave (`RunContext.warnOnce`), without the "warning: ".
    case warning(String)
  }

  var title: String
  var options: CellOptions
  /// The cell's lines without the marker and option lines.
  var code: String
  /// 1-based line of the first code line in the script.
  var firstLine: Int
  var pieces: [Piece] = []
  var ran = false

  /// `#| echo: false`, `#| eval: false`, `#| fig-cap: …` at the top of a cell.
  struct CellOptions {
    var echo = true
    var eval = true
    var figureCaption = ""
  }

  /// The cells of a script with their options read off.
  static func cells(of file: SourceFile) -> [ReportCell] {
    file.cells.map { cell in
      var options = CellOptions()
      var lines = Array(cell.lines)
      if let first = lines.first, file.lineText(first).hasPrefix("# %%") { lines.removeFirst() }
      while let line = lines.first, file.lineText(line).hasPrefix("#|") {
        options.read(String(file.lineText(line).dropFirst(2)))
        lines.removeFirst()
      }
      while let line = lines.last, file.lineText(line).allSatisfy(\.isWhitespace) {
        lines.removeLast()
      }
      let code = lines.map { file.lineText($0) }.joined(separator: "\n")
      return ReportCell(
        title: cell.title, options: options, code: code,
        firstLine: lines.first ?? cell.lines.upperBound)
    }
  }

  mutating func append(text: String) {
    if case .text(let earlier) = pieces.last {
      pieces[pieces.count - 1] = .text(earlier + text)
    } else {
      pieces.append(.text(text))
    }
  }
}

extension ReportCell.CellOptions {
  mutating func read(_ line: String) {
    guard let colon = line.firstIndex(of: ":") else { return }
    let key = line[..<colon].trimmingCharacters(in: .whitespaces)
    var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    if value.count >= 2, value.first == "\"", value.last == "\"" {
      value = String(value.dropFirst().dropLast())
    }
    switch key {
    case "echo": echo = value != "false"
    case "eval": eval = value != "false"
    case "fig-cap": figureCaption = value
    default: break
    }
  }
}
