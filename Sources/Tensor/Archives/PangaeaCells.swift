/// Byte-level passes over the rows of a PANGAEA table (TAB-separated, LF or CRLF lines).
/// A cell is flagged when it starts with one of `? / * < > #` and the rest is a number;
/// text cells keep their prefixes. Cells are index ranges into the buffer, so a pass
/// allocates nothing per cell. O(bytes) per pass.
struct PangaeaCells {
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  let columnCount: Int
  let firstLine: Int

  /// Whether each column has at least one flagged cell; also checks that no row has more
  /// non-empty fields than the header.
  func flaggedColumns(in body: UnsafeBufferPointer<UInt8>) throws(CSVError) -> [Bool] {
    var flagged = Array(repeating: false, count: columnCount)
    var line = firstLine
    var problem: CSVError?
    forEachRow(body) { cells in
      if cells.count > columnCount, cells[columnCount...].contains(where: { !$0.isEmpty }) {
        problem =
          problem
          ?? CSVError(
            line: line, message: TensorMessages.pangaeaFieldCount(cells.count, columnCount))

      }
      for index in 0..<min(columnCount, cells.count) where !flagged[index] {
        flagged[index] = PangaeaCells.isFlagged(body, cells[index])
      }
      line += 1
    }
    if let problem { throw problem }
    return flagged
  }

  /// Appends every row to `output`: flagged columns split into value and flag, short rows
  /// padded with empty cells, surplus empty cells dropped.
  func rewrite(
    _ body: UnsafeBufferPointer<UInt8>, flagged: [Bool], into output: inout [UInt8]
  ) {
    output.reserveCapacity(output.count + body.count + body.count / 8)
    forEachRow(body) { cells in
      for index in 0..<columnCount {
        if index > 0 { output.append(PangaeaCells.tab) }
        let cell = index < cells.count ? cells[index] : 0..<0
        guard flagged[index] else {
          output.append(contentsOf: body[cell])
          continue
        }
        if PangaeaCells.isFlagged(body, cell) {
          output.append(contentsOf: body[(cell.lowerBound + 1)..<cell.upperBound])
          output.append(PangaeaCells.tab)
          output.append(body[cell.lowerBound])
        } else {
          output.append(contentsOf: body[cell])
          output.append(PangaeaCells.tab)
        }
      }
      output.append(PangaeaCells.newline)
    }
  }

  /// Calls `body` with the cell ranges of each non-blank line.
  func forEachRow(_ bytes: UnsafeBufferPointer<UInt8>, _ body: ([Range<Int>]) -> Void) {
    var cells: [Range<Int>] = []
    cells.reserveCapacity(columnCount + 1)
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != PangaeaCells.newline { end += 1 }
      let next = end + 1
      if end > start, bytes[end - 1] == PangaeaCells.carriageReturn { end -= 1 }
      if end > start {
        cells.removeAll(keepingCapacity: true)
        var cellStart = start
        for index in start..<end where bytes[index] == PangaeaCells.tab {
          cells.append(cellStart..<index)
          cellStart = index + 1
        }
        cells.append(cellStart..<end)
        body(cells)
      }
      start = next
    }
  }

  static func isFlagged(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> Bool {
    guard let first = cell.first else { return false }
    switch bytes[first] {
    case UInt8(ascii: "?"), UInt8(ascii: "/"), UInt8(ascii: "*"), UInt8(ascii: "<"),
      UInt8(ascii: ">"), UInt8(ascii: "#"):
      return isNumber(bytes, (first + 1)..<cell.upperBound)
    default: return false
    }
  }

  /// `[+-]digits[.digits][(e|E)[+-]digits]` with at least one digit before the exponent.
  static func isNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    func digits() -> Int {
      let start = index
      while index < range.upperBound, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
      return index - start
    }
    func skip(_ first: UInt8, _ second: UInt8) -> Bool {
      guard index < range.upperBound, bytes[index] == first || bytes[index] == second else {
        return false
      }
      index += 1
      return true
    }
    _ = skip(UInt8(ascii: "+"), UInt8(ascii: "-"))
    var count = digits()
    if skip(UInt8(ascii: "."), UInt8(ascii: ".")) { count += digits() }
    guard count > 0 else { return false }
    if skip(UInt8(ascii: "e"), UInt8(ascii: "E")) {
      _ = skip(UInt8(ascii: "+"), UInt8(ascii: "-"))
      guard digits() > 0 else { return false }
    }
    return index == range.upperBound
  }
}
