/// A CF time encoding, `<unit> since <reference date>` in a calendar, and the decoding of
/// numbers in it as netCDF4-python (cftime) does: value × unit in microseconds, computed in
/// extended precision and rounded to the nearest microsecond, with cftime's correction of
/// values one microsecond off a whole second.
public struct CFTimeUnits: Equatable, Sendable {
  /// Microseconds per unit.
  public let factor: Int64
  public let unitName: String
  public let calendar: CFCalendar
  /// The reference time in the calendar: microseconds since its 1970-01-01 (UTC offsets
  /// applied).
  public let reference: Int64

  /// Parses a `units` attribute such as `days since 1950-01-01 00:00:00 UTC`; nil unless it
  /// names a time unit and a reference date.
  public init?(units: String, calendar: CFCalendar) {
    let parts = units.trimmingSpaces.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count >= 3, parts[1].lowercased() == "since",
      let factor = CFTimeUnits.factor(String(parts[0]).lowercased(), calendar: calendar),
      let reference = CFTimeUnits.reference(parts[2...].joined(separator: " "), calendar)
    else { return nil }
    self.factor = factor
    self.unitName = String(parts[0]).lowercased()
    self.calendar = calendar
    self.reference = reference
  }

  /// Whether a `units` attribute has the shape of a time unit (`… since …`).
  public static func looksLikeTime(_ units: String) -> Bool {
    units.lowercased().contains(" since ")
  }

  static func factor(_ unit: String, calendar: CFCalendar) -> Int64? {
    switch unit {
    case "microseconds", "microsecond", "microsec", "microsecs": return 1
    case "milliseconds", "millisecond", "millisec", "millisecs", "msec", "msecs", "ms": return 1000
    case "seconds", "second", "sec", "secs", "s": return 1_000_000
    case "minutes", "minute", "min", "mins": return 60_000_000
    case "hours", "hour", "hr", "hrs", "h": return 3_600_000_000
    case "days", "day", "d": return 86_400_000_000
    case "months", "month": return calendar == .day360 ? 30 * 86_400_000_000 : nil
    case "common_years", "common_year": return calendar == .noLeap ? 365 * 86_400_000_000 : nil
    default: return nil
    }
  }

  /// `1950-01-01`, `1950-01-01 00:00:00 UTC`, `1970-01-01T00:00:00Z`,
  /// `1985-01-01 00:00:00+00:00`, fractional seconds allowed.
  static func reference(_ text: String, _ calendar: CFCalendar) -> Int64? {
    let pattern =
      /^(-?\d{1,4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,6})\d*)?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/
    guard let match = text.trimmingSpaces.wholeMatch(of: pattern),
      let year = Int(match.1), let month = Int(match.2), let day = Int(match.3),
      (1...12).contains(month), day >= 1, day <= calendar.days(inMonth: month, year: year)
    else { return nil }
    let hour = match.4.flatMap { Int($0) } ?? 0
    let minute = match.5.flatMap { Int($0) } ?? 0
    let second = match.6.flatMap { Int($0) } ?? 0
    let fraction =
      match.7.map { digits in
        Int(digits + String(repeating: "0", count: 6 - digits.count)) ?? 0
      } ?? 0
    guard hour < 24, minute < 60, second < 61 else { return nil }
    let days = Int64(calendar.dayNumber(year: year, month: month, day: day))
    let seconds = Int64(hour * 3600 + minute * 60 + second)
    let offset = match.8.map { CFTimeUnits.offsetSeconds(String($0)) } ?? 0
    return (days * 86400 + seconds - offset) * 1_000_000 + Int64(fraction)
  }

  /// `+10:00`, `-0300`, `+5` as seconds east of UTC; 0 for Z, UTC and GMT.
  static func offsetSeconds(_ text: String) -> Int64 {
    guard let sign = text.first, sign == "+" || sign == "-" else { return 0 }
    let digits = text.dropFirst().filter(\.isNumber)
    let hours = Int64(digits.prefix(digits.count > 2 ? digits.count - 2 : 2)) ?? 0
    let minutes = digits.count > 2 ? Int64(digits.suffix(2)) ?? 0 : 0
    return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
  }

  /// Microseconds since the calendar's 1970-01-01 of a stored number; nil when it is not
  /// finite or falls outside 64-bit microseconds.
  public func microseconds(_ value: Double) -> Int64? {
    guard value.isFinite else { return nil }
    let micro = CFTimeUnits.fastScaled(value, factor) ?? CFTimeUnits.extendedScaled(value, factor)
    guard let micro else { return nil }
    let (total, overflow) = reference.addingReportingOverflow(micro)
    return overflow ? nil : total
  }

  /// value × factor rounded as cftime does, from the exact product in two doubles (the
  /// rounded product and its error, by a fused multiply-add); nil near a tie or a whole
  /// second, where only cftime's extended precision gives the same answer.
  @inline(__always)
  static func fastScaled(_ value: Double, _ factor: Int64) -> Int64? {
    let f = Double(factor)
    let product = value * f
    guard abs(product) < 4e15 else { return nil }
    let error = (-product).addingProduct(value, f)
    let rounded = product.rounded(.toNearestOrEven)
    let rest = (product - rounded) + error
    guard abs(abs(rest) - 0.5) > 1e-6 else { return nil }
    let micro = Int64(rounded) + (rest > 0.5 ? 1 : rest < -0.5 ? -1 : 0)
    if factor >= 1_000_000 {
      let remainder = ((micro % 1_000_000) + 1_000_000) % 1_000_000
      if remainder == 1 || remainder == 999_999 { return nil }
    }
    return micro
  }

  /// cftime's own arithmetic: the product in x87 extended precision (numpy's longdouble),
  /// rounded half to even, then floor or ceil for values one microsecond off a second.
  static func extendedScaled(_ value: Double, _ factor: Int64) -> Int64? {
    #if arch(x86_64)
      let scaled = Float80(value) * Float80(factor)
      guard abs(scaled) < 9.2e18 else { return nil }
      var micro = Int64(scaled.rounded(.toNearestOrEven))
      if factor >= 1_000_000 {
        let remainder = ((micro % 1_000_000) + 1_000_000) % 1_000_000
        if remainder == 1 { micro = Int64(scaled.rounded(.down)) }
        if remainder == 999_999 { micro = Int64(scaled.rounded(.up)) }
      }
      return micro
    #else
      let scaled = value * Double(factor)
      guard abs(scaled) < 9.2e18 else { return nil }
      return Int64(scaled.rounded(.toNearestOrEven))
    #endif
  }

  /// The date and time of `microseconds` (since the calendar's 1970-01-01) as cftime's
  /// `isoformat()` writes it: `2014-07-18T05:40:00`, with `.ffffff` when not whole.
  public func text(_ microseconds: Int64) -> String {
    CFTimeUnits.text(microseconds, calendar: calendar)
  }

  public static func text(_ microseconds: Int64, calendar: CFCalendar) -> String {
    let perDay: Int64 = 86_400_000_000
    let day = microseconds >= 0 ? microseconds / perDay : -((-microseconds - 1) / perDay) - 1
    let rest = microseconds - day * perDay
    let date = calendar.date(dayNumber: Int(day))
    let seconds = rest / 1_000_000
    let micro = rest % 1_000_000
    func two(_ x: Int64) -> String { x < 10 ? "0\(x)" : "\(x)" }
    var year = String(abs(date.year))
    while year.count < 4 { year = "0" + year }
    var text =
      "\(date.year < 0 ? "-" : "")\(year)-\(two(Int64(date.month)))-\(two(Int64(date.day)))T"
      + "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    if micro != 0 {
      var digits = String(micro)
      while digits.count < 6 { digits = "0" + digits }
      text += "." + digits
    }
    return text
  }
}
