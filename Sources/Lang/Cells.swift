/// A `# %%` cell of a script (the Jupytext "percent" format): its title and the lines it spans.
public struct Cell: Equatable, Sendable {
  /// The text after `# %%` on the marker line, trimmed; empty for an untitled cell.
  public let title: String
  /// 1-based first and last line of the cell, the marker line included.
  public let lines: ClosedRange<Int>

  public init(title: String, lines: ClosedRange<Int>) {
    self.title = title
    self.lines = lines
  }
}

extension SourceFile {
  /// The cells of the file. Text before the first marker is a cell of its own when it holds
  /// anything but blank lines; a file without markers is one cell.
  public var cells: [Cell] {
    let count = lineStarts.count
    var markers: [(line: Int, title: String)] = []
    for line in 1...count {
      let text = lineText(line)
      guard text.hasPrefix("# %%") else { continue }
      let title = text.dropFirst(4).trimmingCharacters(in: " \t")
      markers.append((line, title))
    }
    var cells: [Cell] = []
    let firstMarker = markers.first?.line ?? count + 1
    if firstMarker > 1,
      (1..<firstMarker).contains(where: { !lineText($0).allSatisfy(\.isWhitespace) })
    {
      cells.append(Cell(title: "", lines: 1...(firstMarker - 1)))
    }
    for (index, marker) in markers.enumerated() {
      let last = index + 1 < markers.count ? markers[index + 1].line - 1 : count
      cells.append(Cell(title: marker.title, lines: marker.line...max(marker.line, last)))
    }
    return cells
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = self
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}
