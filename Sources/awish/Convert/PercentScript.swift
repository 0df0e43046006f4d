import Lang

/// The `# %%` script side of `awish convert` (the Jupytext "percent" format): code cells
/// under `# %% title`, markdown and raw cells as comment lines under `# %% [markdown]` and
/// `# %% [raw]`.
enum PercentScript {
  /// The cells of a script; text before the first marker is a code cell when not blank.
  static func cells(_ text: String) -> [NotebookCell] {
    let file = SourceFile(name: "", text: text)
    return file.cells.map { cell in
      var lines = Array(cell.lines).map { String(file.lineText($0)) }
      if lines.first?.hasPrefix("# %%") == true { lines.removeFirst() }
      while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
      for kind in [NotebookCell.Kind.markdown, .raw] where cell.title.hasPrefix("[\(kind)]") {
        let title = cell.title.dropFirst(kind.rawValue.count + 2).drop { $0 == " " }
        return NotebookCell(
          kind: kind, title: String(title), source: lines.map(uncommented).joined(separator: "\n"))
      }
      return NotebookCell(kind: .code, title: cell.title, source: lines.joined(separator: "\n"))
    }
  }

  /// The script of the cells, one blank line between cells.
  static func text(_ cells: [NotebookCell]) -> String {
    cells.map { cell in
      switch cell.kind {
      case .code:
        return marker(cell.title) + "\n" + (cell.source.isEmpty ? "" : cell.source + "\n")
      case .markdown, .raw:
        let lines =
          cell.source.isEmpty
          ? []
          : cell.source.split(
            separator: "\n", omittingEmptySubsequences: false)
        let title = "[\(cell.kind.rawValue)]" + (cell.title.isEmpty ? "" : " " + cell.title)
        return marker(title) + "\n"
          + lines.map { ($0.isEmpty ? "#" : "# " + $0) + "\n" }.joined()
      }
    }.joined(separator: "\n")
  }

  private static func marker(_ title: String) -> String {
    title.isEmpty ? "# %%" : "# %% " + title
  }

  /// A comment line without its `# ` (or `#`).
  private static func uncommented(_ line: String) -> String {
    if line.hasPrefix("# ") { return String(line.dropFirst(2)) }
    if line.hasPrefix("#") { return String(line.dropFirst()) }
    return line
  }
}
