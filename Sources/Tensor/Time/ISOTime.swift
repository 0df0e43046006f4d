/// Instants as ISO 8601 text in UTC, with microseconds when there are any.
public enum ISOTime {
  public static func text(_ microseconds: Int64) -> String {
    let (seconds, fraction) = floorDivision(microseconds, 1_000_000)
    let (days, rest) = floorDivision(seconds, 86_400)
    let (year, month, day) = civil(fromDays: days)
    let text =
      pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
      + pad(rest / 3600, 2) + ":" + pad(rest / 60 % 60, 2) + ":" + pad(rest % 60, 2)
    return fraction == 0 ? text : text + "." + pad(fraction, 6)
  }

  static func floorDivision(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    let q = a / b
    let r = a % b
    return r < 0 ? (q - 1, r + b) : (q, r)
  }

  /// Howard Hinnant's days-to-civil algorithm.
  static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  static func pad(_ value: Int64, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
