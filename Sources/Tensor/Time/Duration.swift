/// A span of time written as a count and a unit, as pandas' offset aliases: "500ms", "30s",
/// "10min", "1h", "6h", "1d".
public enum Duration {
  /// Microseconds per unit, for the units a duration may use.
  static let units: [(suffix: String, microseconds: Int64)] = [
    ("ms", 1000), ("s", 1_000_000), ("min", 60_000_000), ("h", 3_600_000_000),
    ("d", 86_400_000_000),
  ]

  /// The span in microseconds; nil when the text is not a positive count and a known unit,
  /// or the span does not fit.
  public static func microseconds(_ text: String) -> Int64? {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let suffix = text.dropFirst(digits.count).lowercased()
    guard let count = digits.isEmpty ? 1 : Int64(digits), count > 0,
      let unit = units.first(where: { $0.suffix == suffix })
    else { return nil }
    let (span, overflow) = count.multipliedReportingOverflow(by: unit.microseconds)
    return overflow ? nil : span
  }
}
