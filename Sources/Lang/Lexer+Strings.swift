extension Lexer {
  /// Scans a quoted string; `position` is at the opening quote. For an f-string the pieces are
  /// split here so the parser can parse each `{expression}` at its own offset.
  mutating func scanString(start: Int, isFormat: Bool) {
    let quote = bytes[position]
    position += 1
    var text: [UInt8] = []
    var pieces: [FormatPiece] = []
    while position < end {
      let byte = bytes[position]
      if byte == quote {
        position += 1
        finishString(start: start, text: text, pieces: pieces, isFormat: isFormat)
        return
      }
      if byte == UInt8(ascii: "\n") { break }
      if byte == UInt8(ascii: "\\") {
        scanEscape(into: &text)
      } else if isFormat, byte == UInt8(ascii: "{"), peek(1) != UInt8(ascii: "{") {
        if !text.isEmpty { pieces.append(.text(String(decoding: text, as: UTF8.self))) }
        text = []
        guard let piece = scanInterpolation(quote: quote) else { break }
        pieces.append(piece)
      } else if isFormat, byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") {
        if peek(1) == byte {
          text.append(byte)
          position += 2
        } else {
          report(
            .invalidFormatString, Messages.singleBraceInFormat,
            SourceRange(position, position + 1), help: Messages.singleBraceHelp)
          position += 1
        }
      } else {
        text.append(byte)
        position += 1
      }
    }
    report(
      .unterminatedString, Messages.unterminatedString, SourceRange(start, position),
      label: Messages.unterminatedStringLabel)
    emit(.invalid, from: start)
  }

  private mutating func finishString(
    start: Int, text: [UInt8], pieces: [FormatPiece],
    isFormat: Bool
  ) {
    if isFormat {
      var all = pieces
      if !text.isEmpty { all.append(.text(String(decoding: text, as: UTF8.self))) }
      emit(.formatString(all), from: start)
    } else {
      emit(.string(String(decoding: text, as: UTF8.self)), from: start)
    }
  }

  private mutating func scanEscape(into text: inout [UInt8]) {
    let start = position
    position += 1
    guard position < end else { return }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "n"): text.append(UInt8(ascii: "\n"))
    case UInt8(ascii: "t"): text.append(UInt8(ascii: "\t"))
    case UInt8(ascii: "r"): text.append(UInt8(ascii: "\r"))
    case UInt8(ascii: "0"): text.append(0)
    case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "{"),
      UInt8(ascii: "}"):
      text.append(byte)
    case UInt8(ascii: "u"):
      scanUnicodeEscape(start: start, into: &text)
    default:
      position = start + 1 + utf8Length(of: byte)
      report(
        .invalidEscape, Messages.invalidEscape(file.slice(SourceRange(start, position))),
        SourceRange(start, position), help: Messages.invalidEscapeHelp)
    }
  }

  /// `\u{1F600}`: one to six hex digits naming a Unicode scalar.
  private mutating func scanUnicodeEscape(start: Int, into text: inout [UInt8]) {
    guard peek() == UInt8(ascii: "{") else {
      report(.invalidEscape, Messages.invalidUnicodeEscape, SourceRange(start, position))
      return
    }
    position += 1
    var value: UInt32 = 0
    var digits = 0
    while position < end, let digit = hexValue(bytes[position]), digits < 6 {
      value = value * 16 + digit
      digits += 1
      position += 1
    }
    let closed = peek() == UInt8(ascii: "}")
    if closed { position += 1 }
    guard closed, digits > 0, let scalar = Unicode.Scalar(value) else {
      report(.invalidEscape, Messages.invalidUnicodeEscape, SourceRange(start, position))
      return
    }
    text.append(contentsOf: Array(String(Character(scalar)).utf8))
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// Scans `{expression:spec}` inside an f-string; `position` is at `{`. Nested brackets,
  /// braces and strings are skipped so `{r["a"]}`, `{xs[1:2]}` and `{ {a: 1}.a }` work.
  private mutating func scanInterpolation(quote: UInt8) -> FormatPiece? {
    let open = position
    position += 1
    let exprStart = position
    var depth = 0
    var specStart: Int?
    while position < end {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\n") || (byte == quote && specStart != nil) { break }
      // A quote inside the braces starts a nested string (Python 3.12 allows the same quote).
      if specStart == nil, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        skipNestedString(byte)
        continue
      }
      if specStart == nil,
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{")
      {
        depth += 1
      }
      if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
        || (byte == UInt8(ascii: "}") && depth > 0)
      {
        depth -= 1
        position += 1
        continue
      }
      if byte == UInt8(ascii: ":"), depth == 0, specStart == nil { specStart = position }
      if byte == UInt8(ascii: "}"), depth <= 0 {
        let exprEnd = specStart ?? position
        let source = String(decoding: bytes[exprStart..<exprEnd], as: UTF8.self)
        let spec = specStart.map { String(decoding: bytes[($0 + 1)..<position], as: UTF8.self) }
        position += 1
        if source.allSatisfy({ $0 == " " }) {
          report(
            .invalidFormatString, Messages.emptyInterpolation,
            SourceRange(open, position))
        }
        return .expression(source: source, offset: exprStart, spec: spec ?? "")
      }
      position += 1
    }
    report(
      .invalidFormatString, Messages.unclosedInterpolation, SourceRange(open, open + 1),
      help: Messages.singleBraceHelp)
    return nil
  }

  private mutating func skipNestedString(_ quote: UInt8) {
    position += 1
    while position < end, bytes[position] != quote, bytes[position] != UInt8(ascii: "\n") {
      position += 1
    }
    if position < end, bytes[position] == quote { position += 1 }
  }
}
