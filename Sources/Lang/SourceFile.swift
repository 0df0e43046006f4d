/// A piece of awi source text with a name to show in diagnostics ("cruise.awi", "In [3]", "-e").
///
/// Positions inside are UTF-8 byte offsets; `location(of:)` turns one into the line and the
/// column counted in characters, which is what a reader sees.
public final class SourceFile: Sendable {
  public let name: String
  public let text: String
  public let bytes: [UInt8]
  /// Byte offset of the first byte of each line.
  let lineStarts: [Int]

  public init(name: String, text: String) {
    self.name = name
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  /// The 1-based line and character column of a byte offset. O(log lines + line length).
  public func location(of offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    let column = characterCount(from: lineStarts[low], to: clamped)
    return SourceLocation(line: low + 1, column: column + 1)
  }

  /// The text of a 1-based line without its line break.
  public func lineText(_ line: Int) -> String {
    guard line >= 1, line <= lineStarts.count else { return "" }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] : bytes.count
    while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r")
    {
      end -= 1
    }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Number of characters (grapheme clusters) in the bytes `start..<end`.
  func characterCount(from start: Int, to end: Int) -> Int {
    guard end > start else { return 0 }
    return String(decoding: bytes[start..<end], as: UTF8.self).count
  }

  /// The source text of a range.
  public func slice(_ range: SourceRange) -> String {
    let start = max(0, min(range.start, bytes.count))
    let end = max(start, min(range.end, bytes.count))
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}

/// A 1-based line and character column.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
  public let line: Int
  public let column: Int
  public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 byte offsets in one source file.
public struct SourceRange: Equatable, Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(_ start: Int, _ end: Int) {
    self.start = start
    self.end = max(start, end)
  }

  /// The smallest range that covers both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(min(start, other.start), max(end, other.end))
  }

  public static let empty = SourceRange(0, 0)
}
