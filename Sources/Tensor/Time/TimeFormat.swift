/// A strftime-like pattern for reading times from text: `%Y` (4-digit year), `%y` (2-digit
/// year, 1969–2068 as in POSIX), `%m`, `%d`, `%H`, `%M`, `%S` (1–2 digits each), `%j` (day of
/// the year, 1–3 digits), `%f` (1–6 fraction digits), `%%`, and literal text that must match.
/// Times are taken as UTC.
public struct TimeFormat: Sendable {
  enum Piece: Equatable {
    case literal(UInt8)
    case field(Character)
  }

  let pieces: [Piece]

  /// The format, or nil when it uses a directive other than those above.
  public init?(_ pattern: String) {
    var pieces: [Piece] = []
    var iterator = pattern.utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        pieces.append(.literal(byte))
        continue
      }
      guard let directive = iterator.next() else { return nil }
      let character = Character(Unicode.Scalar(directive))
      if character == "%" {
        pieces.append(.literal(directive))
      } else if "YymdHMSjf".contains(character) {
        pieces.append(.field(character))
      } else {
        return nil
      }
    }
    self.pieces = pieces
  }

  /// Microseconds since 1970-01-01T00:00:00Z, or nil when `text` does not match the format
  /// or names an impossible date (month 13, February 30).
  public func microseconds(_ text: String) -> Int64? {
    var fields = TimeFields()
    var bytes = Array(text.utf8)[...]
    for piece in pieces {
      switch piece {
      case .literal(let byte):
        guard bytes.first == byte else { return nil }
        bytes = bytes.dropFirst()
      case .field(let directive):
        guard fields.read(directive, from: &bytes) else { return nil }
      }
    }
    guard bytes.isEmpty else { return nil }
    return fields.microseconds()
  }
}

/// The parts of a time read so far; each defaults as in Python's strptime (1900-01-01).
struct TimeFields {
  var year = 1900
  var month = 1
  var day = 1
  var dayOfYear: Int?
  var hour = 0
  var minute = 0
  var second = 0
  var micro = 0

  /// Reads one directive's digits; false when they are absent or out of range.
  mutating func read(_ directive: Character, from bytes: inout ArraySlice<UInt8>) -> Bool {
    switch directive {
    case "Y": return digits(&bytes, 4, 4).map { year = $0 } != nil
    case "y": return digits(&bytes, 2, 2).map { year = $0 < 69 ? 2000 + $0 : 1900 + $0 } != nil
    case "m": return digits(&bytes, 1, 2, in: 1...12).map { month = $0 } != nil
    case "d": return digits(&bytes, 1, 2, in: 1...31).map { day = $0 } != nil
    case "H": return digits(&bytes, 1, 2, in: 0...23).map { hour = $0 } != nil
    case "M": return digits(&bytes, 1, 2, in: 0...59).map { minute = $0 } != nil
    case "S": return digits(&bytes, 1, 2, in: 0...59).map { second = $0 } != nil
    case "j": return digits(&bytes, 1, 3, in: 1...366).map { dayOfYear = $0 } != nil
    default: return fraction(&bytes)
    }
  }

  /// Between `least` and `most` decimal digits, greedily, as a value in `range`.
  private func digits(
    _ bytes: inout ArraySlice<UInt8>, _ least: Int, _ most: Int,
    in range: ClosedRange<Int> = 0...9999
  ) -> Int? {
    var value = 0
    var count = 0
    while count < most, let byte = bytes.first, byte &- UInt8(ascii: "0") < 10 {
      value = value * 10 + Int(byte &- UInt8(ascii: "0"))
      count += 1
      bytes = bytes.dropFirst()
    }
    return count >= least && range.contains(value) ? value : nil
  }

  private mutating func fraction(_ bytes: inout ArraySlice<UInt8>) -> Bool {
    let start = bytes.count
    guard let value = digits(&bytes, 1, 6, in: 0...999_999) else { return false }
    var scaled = value
    for _ in 0..<(6 - (start - bytes.count)) { scaled *= 10 }
    micro = scaled
    return true
  }

  /// The instant, or nil for an impossible date.
  func microseconds() -> Int64? {
    let days: Int
    if let dayOfYear {
      let length = TimeParser.daysIn(month: 2, year: year) == 29 ? 366 : 365
      guard dayOfYear <= length else { return nil }
      days = TimeParser.daysFromCivil(year: year, month: 1, day: 1) + dayOfYear - 1
    } else {
      guard day <= TimeParser.daysIn(month: month, year: year) else { return nil }
      days = TimeParser.daysFromCivil(year: year, month: month, day: day)
    }
    let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    return seconds * 1_000_000 + Int64(micro)
  }
}
