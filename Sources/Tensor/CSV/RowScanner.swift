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
  ///
  /// The breaks (separators, LF, CR) of eight bytes at a time are found at once as a mask,
  /// and each field then costs one bit; a quote at a field start is read byte by byte.
  mutating func next(into fields: FieldBuffer) -> RowEvent {
    let rowLine = line
    guard position < bytes.count, let base = bytes.baseAddress else { return .end }
    fields.count = 0
    let end = bytes.count
    var fieldStart = position
    var how = FieldQuoting.plain
    var block = position
    var hits = breaks(base, at: block, end)
    while true {
      if fieldStart < end, base[fieldStart] == 34 {
        guard allowsQuotes else { return .quote }
        guard let closed = skipQuoted(from: fieldStart) else {
          return .unterminatedQuote(line: rowLine + linesBefore(fieldStart))
        }
        how = closed.hasEscapes ? .escaped : .quoted
        if closed.end < end, !isBreak(base[closed.end]) { how = .escaped }
        block = closed.end
        hits = block < end ? breaks(base, at: block, end) : 0
      }
      while hits == 0 {
        block += 8
        guard block < end else {
          fields.record(fieldStart, end, how)
          position = end
          return isBlank(fields, how) ? .blank : .row(line: rowLine)
        }
        hits = breaks(base, at: block, end)
      }
      let index = block + hits.trailingZeroBitCount >> 3
      hits &= hits &- 1
      fields.record(fieldStart, index, how)
      if base[index] == separator {
        fieldStart = index + 1
        how = .plain
        continue
      }
      position = index + (base[index] == 13 && index + 1 < end && base[index + 1] == 10 ? 2 : 1)
      line += 1
      return isBlank(fields, how) ? .blank : .row(line: rowLine)
    }
  }

  @inline(__always)
  private func isBlank(_ fields: FieldBuffer, _ how: FieldQuoting) -> Bool {
    fields.count == 1 && how == .plain && fields.ends[0] == fields.starts[0]
  }

  @inline(__always)
  private func isBreak(_ byte: UInt8) -> Bool {
    byte == separator || byte == 10 || byte == 13
  }

  /// The breaks among the (up to) eight bytes from `start` as a mask with the high bit of
  /// byte `i` at bit `8 i + 7`; `start` must be below `end`.
  @inline(__always)
  private func breaks(_ base: UnsafePointer<UInt8>, at start: Int, _ end: Int) -> UInt64 {
    guard end - start >= 8 else {
      var hits: UInt64 = 0
      for offset in 0..<(end - start) where isBreak(base[start + offset]) {
        hits |= 0x80 << UInt64(offset * 8)
      }
      return hits
    }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
    return RowScanner.zeroBytes(word ^ (ones &* UInt64(separator)))
      | RowScanner.zeroBytes(word ^ (ones &* 10)) | RowScanner.zeroBytes(word ^ (ones &* 13))
  }

  /// Exactly the high bit of each zero byte of `word`.
  @inline(__always)
  private static func zeroBytes(_ word: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((word & low) &+ low) | word | low)
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
