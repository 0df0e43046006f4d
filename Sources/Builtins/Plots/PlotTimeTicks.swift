import Foundation

/// Ticks for an axis of times (seconds since the epoch, UTC) at round units: seconds,
/// minutes, hours or days, labelled as precisely as their spacing needs.
enum PlotTimeTicks {
  private static let steps: [Double] = [
    1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200,
    86400, 172_800, 432_000, 604_800, 1_209_600, 2_592_000, 7_776_000, 15_552_000, 31_536_000,
  ]

  static func ticks(lower: Double, upper: Double, target: Int = 5) -> (
    values: [Double], labels: [String]
  ) {
    let raw = (upper - lower) / Double(max(target, 1))
    let step = steps.first { $0 >= raw } ?? PlotScale.niceStep(raw / 31_536_000) * 31_536_000
    guard step > 0, step.isFinite, upper > lower else { return ([], []) }
    var values: [Double] = []
    var k = (lower / step).rounded(.up)
    while k * step <= upper, values.count < 50 {
      values.append(k * step)
      k += 1
    }
    let format: String
    if step >= 86400 {
      format = "yyyy-MM-dd"
    } else if step >= 60 {
      format =
        Set(values.map { Int(($0 / 86400).rounded(.down)) }).count > 1 ? "MM-dd HH:mm" : "HH:mm"
    } else {
      format = "HH:mm:ss"
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = format
    return (values, values.map { formatter.string(from: Date(timeIntervalSince1970: $0)) })
  }
}
