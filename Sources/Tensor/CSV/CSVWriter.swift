import Dispatch
import Foundation

/// Writes a frame as CSV/TSV text: a header line, then one line per row; fields that hold
/// the separator, a quote or a line break (CR or LF) are quoted; missing values are empty
/// fields (`""` when a row has no other field, so that it is not a blank line).
/// Floats are written in their shortest round-trip form, as pandas' to_csv does.
///
/// Files are streamed: rows are formatted in chunks, a batch of chunks at a time on every
/// core, and the chunks are written in row order, so memory beyond the frame stays at a few
/// batches' text whatever the frame's size.
public enum CSVWriter {
  /// Rows per chunk formatted as one piece of work.
  static let chunkRows = 16_384

  /// The whole text (header and rows) as one String.
  public static func text(_ frame: Frame, separator: Character = ",") -> String {
    let lines = CSVLines(frame, separator: separator)
    var bytes = lines.header()
    bytes.append(contentsOf: lines.rows(0..<frame.rowCount))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes `frame` to `path` through `AtomicFile` (atomic replace of a regular file).
  /// O(rows × columns); both cores for large frames; the bytes equal `text`'s.
  public static func write(
    _ frame: Frame, separator: Character = ",", to path: String, intoRaw: Bool = false
  ) throws(AtomicFile.Problem) {
    let lines = CSVLines(frame, separator: separator)
    try AtomicFile.write(to: path, intoRaw: intoRaw) { sink in
      func write(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { sink($0) } }
      return write(lines.header()) && streamRows(lines, frame.rowCount, write)
    }
  }

  /// The rows in chunks, a batch of chunks formatted concurrently, each batch handed to
  /// `sink` in order; false when a write failed.
  static func streamRows(_ lines: CSVLines, _ count: Int, _ sink: ([UInt8]) -> Bool) -> Bool {
    let chunks = (count + chunkRows - 1) / chunkRows
    let batch = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
    var first = 0
    while first < chunks {
      let pieces = min(batch, chunks - first)
      let texts = Parallel.map(Array(first..<first + pieces)) { chunk in
        lines.rows(chunk * chunkRows..<min(count, (chunk + 1) * chunkRows))
      }
      for text in texts where !sink(text) { return false }
      first += pieces
    }
    return true
  }

  /// Writes `text` to `path` atomically: a temporary file beside it, then a rename, so a
  /// crash leaves either the old file or the new one, never half of one.
  public static func writeAtomically(_ text: String, to path: String, intoRaw: Bool = false)
    throws(AtomicFile.Problem)
  {
    try AtomicFile.write(Data(text.utf8), to: path, intoRaw: intoRaw)
  }
}

/// A frame's lines as bytes: the header, and any range of rows (each line ends in "\n").
struct CSVLines: Sendable {
  let fields: [CSVFieldText]
  let headers: [[UInt8]]
  let separator: UInt8

  init(_ frame: Frame, separator: Character) {
    let byte = separator.asciiValue ?? UInt8(ascii: ",")
    self.separator = byte
    fields = frame.columns.map { CSVFieldText($0, separator: byte) }
    headers = frame.columns.map {
      CSVFieldText.field(Array(ColumnNaming.header($0).utf8), byte)
    }
  }

  /// The header line.
  func header() -> [UInt8] {
    join(headers.map { $0[...] })
  }

  /// The lines of `rows`: each column's fields of the range formatted in one typed pass
  /// (all columns into one buffer), then interleaved. O(rows × columns + bytes).
  func rows(_ rows: Range<Int>) -> [UInt8] {
    var bytes: [UInt8] = []
    var ends: [Int] = []
    bytes.reserveCapacity(rows.count * fields.count * 8)
    ends.reserveCapacity(rows.count * fields.count)
    for field in fields { field.append(rows, to: &bytes, ends: &ends) }
    return bytes.withUnsafeBufferPointer { bytes in
      ends.withUnsafeBufferPointer { ends in interleave(bytes, ends, rows.count) }
    }
  }

  /// Column-major fields (column c's field of line l ends at `ends[c × lines + l]`) as lines.
  private func interleave(
    _ bytes: UnsafeBufferPointer<UInt8>, _ ends: UnsafeBufferPointer<Int>, _ lines: Int
  ) -> [UInt8] {
    let columns = fields.count
    // A blank line is no row to a reader; a one-column row that is empty says so, as
    // pandas' to_csv writes it.
    let quoteEmpty = columns == 1
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + lines * max(columns, 1) + (quoteEmpty ? 2 * lines : 0))
    for line in 0..<lines {
      for column in 0..<columns {
        if column > 0 { out.append(separator) }
        let index = column * lines + line
        let start = index == 0 ? 0 : ends[index - 1]
        let end = ends[index]
        if start == end, quoteEmpty {
          out.append(UInt8(ascii: "\""))
          out.append(UInt8(ascii: "\""))
        } else {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
      }
      out.append(UInt8(ascii: "\n"))
    }
    return out
  }

  func join(_ parts: [ArraySlice<UInt8>]) -> [UInt8] {
    var out: [UInt8] = []
    for (index, part) in parts.enumerated() {
      if index > 0 { out.append(separator) }
      out.append(contentsOf: part)
    }
    out.append(UInt8(ascii: "\n"))
    return out
  }
}
