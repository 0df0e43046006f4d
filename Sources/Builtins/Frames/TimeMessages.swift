import Tensor

/// Texts of the time verbs (parse_time, resample, join_asof) and across(), alphabetical.
/// One lowercase sentence, code in quotes.
enum TimeMessages {
  static func asofNotSorted(_ name: String, left: Bool) -> String {
    "the \(left ? "left" : "right") frame is not sorted by '\(name)'"
  }
  static func asofMissingKey(_ name: String, left: Bool) -> String {
    "column '\(name)' of the \(left ? "left" : "right") frame has a missing value"
  }
  static func badFormat(_ format: String) -> String {
    "'\(format)' is not a time format"
  }
  static let badFormatHelp = "use %Y %y %m %d %j %H %M %S %f and literal text"
  static func badDuration(_ text: String) -> String {
    "'\(text)' is not a time span"
  }
  static let badDurationHelp = "write a count and a unit: \"30s\", \"10min\", \"1h\", \"1d\""
  static func badTime(_ value: String, _ row: Int) -> String {
    "cannot read '\(value)' at row \(row) as a time"
  }
  static func notColumnResult(_ name: String, _ got: String) -> String {
    "the function gave \(got) for column '\(name)'; it must give a column of the same length"
  }
  static func notOrdered(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue); join_asof needs numbers or times"
  }
  static func notStrings(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue); parse_time reads strings"
  }
  static func notTime(_ name: String, _ type: ColumnType) -> String {
    "column '\(name)' is \(type.rawValue), not time"
  }
  static let notTimeHelp = "read strings as times with parse_time(.column)"
  static func toleranceNeedsNumber(_ type: ColumnType) -> String {
    "a \(type.rawValue) key needs a numeric tolerance"
  }
  static func tooManyBins(_ count: Int64, _ limit: Int) -> String {
    "resampling would make \(count) bins; the limit is \(limit)"
  }
}
