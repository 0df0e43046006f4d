/// A variable's values after CF decoding, in the form that suits them.
public enum CFDecoded: Sendable {
  /// Numbers, masked (`valid` false where missing; missing slots hold NaN) and unpacked.
  case numbers([Double], valid: Bitmap?)
  /// Times in a Gregorian calendar: microseconds since 1970-01-01T00:00:00Z.
  case times([Int64], valid: Bitmap?)
  /// Times in a model or Julian calendar, kept in it: cftime's ISO text of each.
  case calendarTimes([String], calendar: CFCalendar, valid: Bitmap?)
  /// Char arrays joined along their last dimension (padding removed), or NC_STRING values.
  case strings([String])
  /// Flag values with the meaning of each code (`flag_values`/`flag_meanings`).
  case flags([Int], meanings: [Int: String], valid: Bitmap?)

  public var count: Int {
    switch self {
    case .numbers(let values, _): values.count
    case .times(let values, _): values.count
    case .calendarTimes(let values, _, _): values.count
    case .strings(let values): values.count
    case .flags(let values, _, _): values.count
    }
  }

  public var valid: Bitmap? {
    switch self {
    case .numbers(_, let valid), .times(_, let valid), .calendarTimes(_, _, let valid),
      .flags(_, _, let valid):
      valid
    case .strings: nil
    }
  }
}

/// What decoding noticed that the user should know (a calendar kept, a time left numeric).
public struct CFNote: Equatable, Sendable {
  public let variable: String
  public let text: String
}
