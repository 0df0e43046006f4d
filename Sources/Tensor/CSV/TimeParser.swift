/// ISO 8601 dates and date-times parsed from field bytes into microseconds since
/// 1970-01-01T00:00:00Z: `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM`, `:SS`,
/// `.f` (1–6 digits), and `Z` or `±HH:MM` / `±HHMM`. Times without an offset are taken as UTC.
enum TimeParser {
  /// The instant in `bytes`, or nil when it is not an ISO 8601 date or date-time.
  static func microseconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    var cache = DateCache()
    return microseconds(bytes, cache: &cache)
  }

  /// The instant in `bytes`, reusing the day of the previous value when its date bytes are
  /// the same (consecutive rows of a file mostly share the day).
  @inline(__always)
  static func microseconds(_ bytes: UnsafeBufferPointer<UInt8>, cache: inout DateCache)
    -> Int64?
  {
    var cursor = Cursor(bytes: bytes)
    let days: Int
    if let cached = cache.days(of: bytes) {
      days = cached
      cursor.index = 10
    } else {
      guard let parsed = cursor.date() else { return nil }
      days = parsed
      cache.remember(bytes, days: days)
    }
    guard !cursor.atEnd else { return Int64(days) * 86_400_000_000 }
    if let clock = wholeSeconds(bytes) { return Int64(days) * 86_400_000_000 + clock }
    guard cursor.skip("T") || cursor.skip(" "), let clock = cursor.clock(),
      let offset = cursor.offset(), cursor.atEnd
    else { return nil }
    return Int64(days) * 86_400_000_000 + clock - Int64(offset) * 60_000_000
  }

  /// The clock of exactly `YYYY-MM-DDTHH:MM:SS` (or a space for the `T`) in microseconds,
  /// read at fixed places; nil for any other shape, which the cursor then reads.
  @inline(__always)
  static func wholeSeconds(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard bytes.count == 19, let base = bytes.baseAddress,
      base[10] == UInt8(ascii: "T") || base[10] == UInt8(ascii: " "),
      base[13] == UInt8(ascii: ":"), base[16] == UInt8(ascii: ":")
    else { return nil }
    func pair(_ at: Int) -> Int? {
      let tens = base[at] &- UInt8(ascii: "0")
      let ones = base[at + 1] &- UInt8(ascii: "0")
      return tens < 10 && ones < 10 ? Int(tens) * 10 + Int(ones) : nil
    }
    guard let hour = pair(11), let minute = pair(14), let second = pair(17), hour < 24,
      minute < 60, second < 60
    else { return nil }
    return Int64((hour * 3600 + minute * 60 + second) * 1_000_000)
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// The ten bytes `YYYY-MM-DD` of the last date parsed and its day number.
struct DateCache {
  private var head: UInt64 = 0
  private var tail: UInt16 = 0
  private var day: Int?

  /// The day of `bytes` when its first ten bytes are the remembered date's.
  @inline(__always)
  func days(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let day, bytes.count >= 10, let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    guard raw.loadUnaligned(as: UInt64.self) == head,
      raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == tail
    else { return nil }
    return day
  }

  /// Remembers the date in the first ten bytes of `bytes` (a valid date was parsed from them).
  mutating func remember(_ bytes: UnsafeBufferPointer<UInt8>, days: Int) {
    guard bytes.count >= 10, let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    head = raw.loadUnaligned(as: UInt64.self)
    tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
    day = days
  }
}

/// A read position in a field's bytes; every read checks the end.
private struct Cursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var atEnd: Bool { index == bytes.count }

  /// `YYYY-MM-DD` as days since 1970-01-01, when it is a real date.
  mutating func date() -> Int? {
    guard let year = number(4), skip("-"), let month = number(2), skip("-"),
      let day = number(2), (1...12).contains(month), day >= 1,
      day <= TimeParser.daysIn(month: month, year: year)
    else { return nil }
    return TimeParser.daysFromCivil(year: year, month: month, day: day)
  }

  mutating func skip(_ character: Unicode.Scalar) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }

  /// Exactly `width` decimal digits.
  mutating func number(_ width: Int) -> Int? {
    guard bytes.count - index >= width else { return nil }
    var value = 0
    for _ in 0..<width {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
      index += 1
    }
    return value
  }

  /// `HH:MM[:SS[.f]]` as microseconds into the day.
  mutating func clock() -> Int64? {
    guard let hour = number(2), skip(":"), let minute = number(2), hour < 24, minute < 60
    else { return nil }
    var second = 0
    var micro = 0
    if skip(":") {
      guard let value = number(2), value < 60 else { return nil }
      second = value
      if skip(".") {
        guard let fraction = fraction() else { return nil }
        micro = fraction
      }
    }
    return Int64((hour * 3600 + minute * 60 + second) * 1_000_000 + micro)
  }

  /// 1–6 fraction digits as microseconds.
  mutating func fraction() -> Int? {
    var value = 0
    var digits = 0
    while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10, digits < 6 {
      value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
      digits += 1
      index += 1
    }
    guard digits > 0 else { return nil }
    for _ in digits..<6 { value *= 10 }
    return value
  }

  /// The offset from UTC in minutes: none or `Z` is 0, else `±HH:MM` or `±HHMM`.
  mutating func offset() -> Int? {
    if atEnd || skip("Z") { return 0 }
    let sign: Int
    if skip("+") {
      sign = 1
    } else if skip("-") {
      sign = -1
    } else {
      return nil
    }
    guard let hours = number(2), hours < 24 else { return nil }
    _ = skip(":")
    guard let minutes = number(2), minutes < 60 else { return nil }
    return sign * (hours * 60 + minutes)
  }
}
