/// The CF calendars, with day numbers for dates in each. Day 0 is 1970-01-01 in every
/// calendar, so for the real-world calendars a day number is also a day of the proleptic
/// Gregorian calendar awish's times use; the model calendars count their own days.
public enum CFCalendar: String, Sendable, CaseIterable {
  /// Julian before 1582-10-15, Gregorian from then on (CF "standard" and "gregorian").
  case standard
  case prolepticGregorian = "proleptic_gregorian"
  case julian
  case noLeap = "noleap"
  case allLeap = "all_leap"
  case day360 = "360_day"

  /// The calendar a CF `calendar` attribute names (any case, with the synonyms); nil for
  /// "none" and unknown names.
  public init?(attribute: String) {
    switch attribute.lowercased().trimmingSpaces {
    case "standard", "gregorian": self = .standard
    case "proleptic_gregorian": self = .prolepticGregorian
    case "julian": self = .julian
    case "noleap", "365_day": self = .noLeap
    case "all_leap", "366_day": self = .allLeap
    case "360_day": self = .day360
    default: return nil
    }
  }

  /// Whether a decoded time is an instant awish's time columns hold (the Gregorian ones).
  public var isRealWorld: Bool { self == .standard || self == .prolepticGregorian }

  private static let monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

  /// Days in `month` of `year`.
  func days(inMonth month: Int, year: Int) -> Int {
    switch self {
    case .day360: return 30
    case .noLeap: return CFCalendar.monthDays[month - 1]
    case .allLeap: return month == 2 ? 29 : CFCalendar.monthDays[month - 1]
    case .julian: return month == 2 && year % 4 == 0 ? 29 : CFCalendar.monthDays[month - 1]
    case .prolepticGregorian, .standard:
      let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      let julianLeap = self == .standard && year < 1582 && year % 4 == 0
      return month == 2 && (leap || julianLeap) ? 29 : CFCalendar.monthDays[month - 1]
    }
  }

  /// The day number of a date (1970-01-01 is 0).
  func dayNumber(year: Int, month: Int, day: Int) -> Int {
    switch self {
    case .prolepticGregorian: return CFCalendar.gregorianJDN(year, month, day) - 2_440_588
    case .julian: return CFCalendar.julianJDN(year, month, day) - 2_440_588
    case .standard:
      let isJulian = (year, month, day) < (1582, 10, 15)
      return
        (isJulian
        ? CFCalendar.julianJDN(year, month, day) : CFCalendar.gregorianJDN(year, month, day))
        - 2_440_588
    case .noLeap, .allLeap:
      let length = self == .noLeap ? 365 : 366
      var days = (year - 1970) * length + day - 1
      for m in 1..<month { days += self.days(inMonth: m, year: year) }
      return days
    case .day360: return (year - 1970) * 360 + (month - 1) * 30 + day - 1
    }
  }

  /// The date of a day number.
  func date(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
    switch self {
    case .prolepticGregorian: return CFCalendar.gregorianDate(dayNumber + 2_440_588)
    case .julian: return CFCalendar.julianDate(dayNumber + 2_440_588)
    case .standard:
      let jdn = dayNumber + 2_440_588
      return jdn < 2_299_161 ? CFCalendar.julianDate(jdn) : CFCalendar.gregorianDate(jdn)
    case .noLeap, .allLeap:
      let length = self == .noLeap ? 365 : 366
      let year = 1970 + CFCalendar.floorDivide(dayNumber, length)
      var rest = dayNumber - (year - 1970) * length
      var month = 1
      while month < 12, rest >= days(inMonth: month, year: year) {
        rest -= days(inMonth: month, year: year)
        month += 1
      }
      return (year, month, rest + 1)
    case .day360:
      let year = 1970 + CFCalendar.floorDivide(dayNumber, 360)
      let rest = dayNumber - (year - 1970) * 360
      return (year, rest / 30 + 1, rest % 30 + 1)
    }
  }

  static func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? quotient - 1 : quotient
  }

  static func gregorianJDN(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    return day + (153 * m + 2) / 5 + 365 * y + floorDivide(y, 4) - floorDivide(y, 100)
      + floorDivide(y, 400) - 32045
  }

  static func julianJDN(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let a = (14 - month) / 12
    let y = year + 4800 - a
    let m = month + 12 * a - 3
    return day + (153 * m + 2) / 5 + 365 * y + floorDivide(y, 4) - 32083
  }

  static func gregorianDate(_ jdn: Int) -> (year: Int, month: Int, day: Int) {
    let a = jdn + 32044
    let b = floorDivide(4 * a + 3, 146_097)
    let c = a - floorDivide(146_097 * b, 4)
    let d = floorDivide(4 * c + 3, 1461)
    let e = c - floorDivide(1461 * d, 4)
    let m = (5 * e + 2) / 153
    return (100 * b + d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1)
  }

  static func julianDate(_ jdn: Int) -> (year: Int, month: Int, day: Int) {
    let c = jdn + 32082
    let d = floorDivide(4 * c + 3, 1461)
    let e = c - floorDivide(1461 * d, 4)
    let m = (5 * e + 2) / 153
    return (d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1)
  }
}

extension String {
  var trimmingSpaces: String {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return String(text)
  }
}
