/// Byte-level passes over the rows of a PANGAEA table (TAB-separated, LF or CRLF lines).
/// A cell is flagged when it starts with one of `? / * < > #` and the rest is a number;
/// text cells keep their prefixes. O(bytes) per pass.
struct PangaeaCells {
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
  static let flagBytes = Set(PangaeaReader.flagPrefixes.compactMap(\.asciiValue))

  let columnCount: Int
  let firstLine: Int

  /// Whether each column has at least one flagged cell; also checks that no row has more
  /// non-empty fields than the header.
  func flaggedColumns(in body: ArraySlice<UInt8>) throws(CSVError) -> [Bool] {
    var flagged = Array(repeating: false, count: columnCount)
    var line = firstLine
    var problem: CSVError?
    forEachRow(body) { cells in
      if cells.count > columnCount, cells[columnCount...].contains(where: { !$0.isEmpty }) {
        problem =
          problem
          ?? CSVError(
            line: line, message: "\(cells.count) fields, but the header has \(columnCount)")
      }
      for (index, cell) in cells.prefix(columnCount).enumerated() where PangaeaCells.isFlagged(cell)
      {
        flagged[index] = true
      }
      line += 1
    }
    if let problem { throw problem }
    return flagged
  }

  /// Appends every row to `output`: flagged columns split into value and flag, short rows
  /// padded with empty cells, surplus empty cells dropped.
  func rewrite(_ body: ArraySlice<UInt8>, flagged: [Bool], into output: inout [UInt8]) {
    output.reserveCapacity(output.count + body.count + body.count / 8)
    forEachRow(body) { cells in
      for index in 0..<columnCount {
        if index > 0 { output.append(PangaeaCells.tab) }
        let cell = index < cells.count ? cells[index] : []
        guard flagged[index] else {
          output.append(contentsOf: cell)
          continue
        }
        if PangaeaCells.isFlagged(cell), let flag = cell.first {
          output.append(contentsOf: cell.dropFirst())
          output.append(PangaeaCells.tab)
          output.append(flag)
        } else {
          output.append(contentsOf: cell)
          output.append(PangaeaCells.tab)
        }
      }
      output.append(PangaeaCells.newline)
    }
  }

  /// Calls `body` with the cells of each non-blank line.
  func forEachRow(_ bytes: ArraySlice<UInt8>, _ body: ([ArraySlice<UInt8>]) -> Void) {
    var cells: [ArraySlice<UInt8>] = []
    cells.reserveCapacity(columnCount + 1)
    var start = bytes.startIndex
    while start < bytes.endIndex {
      var end = bytes[start...].firstIndex(of: PangaeaCells.newline) ?? bytes.endIndex
      let next = end < bytes.endIndex ? end + 1 : end
      if end > start, bytes[end - 1] == PangaeaCells.carriageReturn { end -= 1 }
      if end > start {
        cells.removeAll(keepingCapacity: true)
        var cellStart = start
        while let tab = bytes[cellStart..<end].firstIndex(of: PangaeaCells.tab) {
          cells.append(bytes[cellStart..<tab])
          cellStart = tab + 1
        }
        cells.append(bytes[cellStart..<end])
        body(cells)
      }
      start = next
    }
  }

  static func isFlagged(_ cell: ArraySlice<UInt8>) -> Bool {
    guard let first = cell.first, flagBytes.contains(first) else { return false }
    return isNumber(cell.dropFirst())
  }

  /// `[+-]digits[.digits][(e|E)[+-]digits]` with at least one digit before the exponent.
  static func isNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
    var index = bytes.startIndex
    func digits() -> Int {
      let start = index
      while index < bytes.endIndex, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
      return index - start
    }
    if index < bytes.endIndex, bytes[index] == 43 || bytes[index] == 45 { index += 1 }
    var count = digits()
    if index < bytes.endIndex, bytes[index] == 46 {
      index += 1
      count += digits()
    }
    guard count > 0 else { return false }
    if index < bytes.endIndex, bytes[index] == 101 || bytes[index] == 69 {
      index += 1
      if index < bytes.endIndex, bytes[index] == 43 || bytes[index] == 45 { index += 1 }
      guard digits() > 0 else { return false }
    }
    return index == bytes.endIndex
  }
}
