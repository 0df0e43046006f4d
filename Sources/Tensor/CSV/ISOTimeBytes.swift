/// `ISOTime.text` written as bytes, with the date part of the last day kept: rows of a time
/// column mostly share their day, so most rows only write the time of day.
enum ISOTimeBytes {
  /// The last day seen and its "YYYY-MM-DDT" bytes.
  struct DayCache {
    var day: Int64 = .min
    var text: [UInt8] = []
  }

  /// Appends the text of `microseconds` (since 1970, UTC) to `bytes`; years outside
  /// 0...9999 go through `ISOTime.text`.
  @inline(__always)
  static func append(_ microseconds: Int64, _ cache: inout DayCache, to bytes: inout [UInt8]) {
    let (seconds, fraction) = ISOTime.floorDivision(microseconds, 1_000_000)
    let (day, rest) = ISOTime.floorDivision(seconds, 86_400)
    if day != cache.day {
      let (year, month, dayOfMonth) = ISOTime.civil(fromDays: day)
      guard (0...9999).contains(year) else {
        bytes.append(contentsOf: ISOTime.text(microseconds).utf8)
        return
      }
      cache.day = day
      cache.text = []
      digits(year, 4, &cache.text)
      cache.text.append(UInt8(ascii: "-"))
      digits(month, 2, &cache.text)
      cache.text.append(UInt8(ascii: "-"))
      digits(dayOfMonth, 2, &cache.text)
      cache.text.append(UInt8(ascii: "T"))
    }
    bytes.append(contentsOf: cache.text)
    digits(rest / 3600, 2, &bytes)
    bytes.append(UInt8(ascii: ":"))
    digits(rest / 60 % 60, 2, &bytes)
    bytes.append(UInt8(ascii: ":"))
    digits(rest % 60, 2, &bytes)
    if fraction != 0 {
      bytes.append(UInt8(ascii: "."))
      digits(fraction, 6, &bytes)
    }
  }

  /// `value` (0 ≤ value < 10^width) in exactly `width` digits.
  @inline(__always)
  static func digits(_ value: Int64, _ width: Int, _ bytes: inout [UInt8]) {
    var divisor: Int64 = 1
    for _ in 1..<width { divisor *= 10 }
    var rest = value
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor % 10))
      rest %= divisor
      divisor /= 10
    }
  }
}
