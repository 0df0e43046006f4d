/// How a field was written: plain bytes, quoted without escapes (the content is inside the
/// quotes), or quoted with doubled quotes or text after the closing quote (must be unescaped).
enum FieldQuoting: UInt8 {
  case plain, quoted, escaped
}

/// The field boundaries of the current row; fields past `capacity` are counted, not kept.
final class FieldBuffer {
  let capacity: Int
  let starts: UnsafeMutablePointer<Int>
  let ends: UnsafeMutablePointer<Int>
  let quoting: UnsafeMutablePointer<FieldQuoting>
  var count = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    starts = .allocate(capacity: self.capacity)
    ends = .allocate(capacity: self.capacity)
    quoting = .allocate(capacity: self.capacity)
  }

  deinit {
    starts.deallocate()
    ends.deallocate()
    quoting.deallocate()
  }

  @inline(__always)
  func record(_ start: Int, _ end: Int, _ how: FieldQuoting) {
    if count < capacity {
      starts[count] = start
      ends[count] = end
      quoting[count] = how
    }
    count += 1
  }
}

/// What `RowScanner.next` found.
enum RowEvent {
  /// A row whose fields are in the buffer, starting on file line `line`.
  case row(line: Int)
  case blank
  case end
  /// A quote opened on `line` is never closed.
  case unterminatedQuote(line: Int)
  /// A quoted field, in a scanner that does not allow them (a parallel chunk).
  case quote
}

/// Splits bytes into rows of fields (RFC 4180: quotes around fields, doubled quotes inside,
/// separators and newlines inside quotes; LF, CRLF or CR line ends). Never reads outside
/// `0..<end`. O(bytes).
struct RowScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let separator: UInt8
  let allowsQuotes: Bool
  private(set) var position: Int
  /// The file line the next row starts on (1-based).
  private(set) var line: Int

  init(
    bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, allowsQuotes: Bool, line: Int,
    position: Int = 0
  ) {
    self.bytes = bytes
    self.separator = separator
    self.allowsQuotes = allowsQuotes
    self.position = position
    self.line = line
  }

  /// Scans the next row into `fields`.
  mutating func next(into fields: FieldBuffer) -> RowEvent {
    let rowLine = line
    guard position < bytes.count, let base = bytes.baseAddress else { return .end }
    fields.count = 0
    let end = bytes.count
    var index = position
    var fieldStart = index
    var how = FieldQuoting.plain
    while index < end {
      if index == fieldStart, base[index] == 34 {
        guard allowsQuotes else { return .quote }
        guard let closed = skipQuoted(from: index) else {
          return .unterminatedQuote(line: rowLine + linesBefore(index))
        }
        index = closed.end
        how = closed.hasEscapes ? .escaped : .quoted
        if index < end, base[index] != separator, base[index] != 10, base[index] != 13 {
          how = .escaped
        }
        continue
      }
      index = nextBreak(base, from: index, to: end)
      guard index < end else { break }
      if base[index] == separator {
        fields.record(fieldStart, index, how)
        index += 1
        fieldStart = index
        how = .plain
        continue
      }
      fields.record(fieldStart, index, how)
      index += base[index] == 13 && index + 1 < end && base[index + 1] == 10 ? 2 : 1
      line += 1
      position = index
      return isBlank(fields, how) ? .blank : .row(line: rowLine)
    }
    fields.record(fieldStart, end, how)
    position = end
    return isBlank(fields, how) ? .blank : .row(line: rowLine)
  }

  @inline(__always)
  private func isBlank(_ fields: FieldBuffer, _ how: FieldQuoting) -> Bool {
    fields.count == 1 && how == .plain && fields.ends[0] == fields.starts[0]
  }

  /// The index of the first separator, LF or CR in `start..<end`, or `end`: eight bytes at a
  /// time (a byte equal to the one sought is a zero byte of the XOR; the lowest flagged byte
  /// of `(x - 0x01…) & ~x & 0x80…` is always a true zero, so the first hit is exact).
  @inline(__always)
  private func nextBreak(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let separators = ones &* UInt64(separator)
    var index = start
    while end - index >= 8 {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let hits =
        RowScanner.zeroBytes(word ^ separators) | RowScanner.zeroBytes(word ^ (ones &* 10))
        | RowScanner.zeroBytes(word ^ (ones &* 13))
      if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
      index += 8
    }
    while index < end, base[index] != separator, base[index] != 10, base[index] != 13 {
      index += 1
    }
    return index
  }

  /// The high bit of each zero byte of `word` (and possibly of bytes above the first one).
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
  }

  /// Skips a quoted field opening at `start`: the index after its closing quote and whether a
  /// doubled quote is inside, or nil at the end of the bytes. Counts the newlines inside.
  private mutating func skipQuoted(from start: Int) -> (end: Int, hasEscapes: Bool)? {
    var index = start + 1
    var newlines = 0
    var hasEscapes = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 34 {
        if index + 1 < bytes.count, bytes[index + 1] == 34 {
          hasEscapes = true
          index += 2
          continue
        }
        line += newlines
        return (index + 1, hasEscapes)
      }
      if byte == 10 || (byte == 13 && !(index + 1 < bytes.count && bytes[index + 1] == 10)) {
        newlines += 1
      }
      index += 1
    }
    return nil
  }

  /// The newlines between the row start and `index` (only for error messages).
  private func linesBefore(_ index: Int) -> Int {
    var count = 0
    var cursor = position
    while cursor < index {
      let byte = bytes[cursor]
      if byte == 10 || (byte == 13 && !(cursor + 1 < bytes.count && bytes[cursor + 1] == 10)) {
        count += 1
      }
      cursor += 1
    }
    return count
  }
}
