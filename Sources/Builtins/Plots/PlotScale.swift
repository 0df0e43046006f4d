import Foundation

/// Maps data values on one axis to 0…1 and chooses its ticks.
struct PlotScale {
  var lower: Double
  var upper: Double
  var log: Bool
  /// The axis runs from upper to lower (y drawn downwards).
  var reversed = false

  /// The scale that shows `values` with a small margin; NaNs (and non-positive values on a
  /// log axis) are left out.
  init(covering values: [Double], log: Bool, margin: Double = 0.04) {
    self.log = log
    var low = Double.infinity
    var high = -Double.infinity
    for value in values where value.isFinite && (!log || value > 0) {
      let v = log ? Foundation.log10(value) : value
      low = Swift.min(low, v)
      high = Swift.max(high, v)
    }
    if !low.isFinite {
      (low, high) = (0, 1)
    } else if low == high {
      let pad = low == 0 ? 0.5 : abs(low) * 0.1
      (low, high) = (low - pad, high + pad)
    } else {
      let pad = (high - low) * margin
      (low, high) = (low - pad, high + pad)
    }
    (lower, upper) = (low, high)
  }

  /// Where `value` falls, 0 at the lower end and 1 at the upper; nil when it cannot be shown.
  func fraction(_ value: Double) -> Double? {
    guard value.isFinite, !log || value > 0 else { return nil }
    let v = log ? Foundation.log10(value) : value
    let fraction = (v - lower) / (upper - lower)
    return reversed ? 1 - fraction : fraction
  }

  /// The scale of an axis: the user's limits when given (exactly, no margin), else
  /// covering the values.
  static func axis(
    covering values: [Double], limits: ClosedRange<Double>?, log: Bool, margin: Double,
    reversed: Bool = false
  ) -> PlotScale {
    var scale =
      limits.map { PlotScale(covering: [$0.lowerBound, $0.upperBound], log: log, margin: 0) }
      ?? PlotScale(covering: values, log: log, margin: margin)
    scale.reversed = reversed
    return scale
  }

  /// Tick positions (data values) inside the axis, about `target` of them.
  func ticks(target: Int = 6) -> [Double] {
    if log {
      let first = Int(Foundation.ceil(lower))
      let last = Int(Foundation.floor(upper))
      if last - first >= 1 {
        let every = Swift.max(1, (last - first + 1) / target + 1)
        return stride(from: first, through: last, by: every).map { Foundation.pow(10, Double($0)) }
      }
      return PlotScale.niceTicks(
        Foundation.pow(10, lower), Foundation.pow(10, upper), target: target)
    }
    return PlotScale.niceTicks(lower, upper, target: target)
  }

  /// Multiples of 1, 2 or 5 × 10^k between `low` and `high`: about `target`, at least two.
  static func niceTicks(_ low: Double, _ high: Double, target: Int) -> [Double] {
    var ticks = ticks(low, high, step: niceStep((high - low) / Double(Swift.max(target, 1))))
    var divisor = Double(Swift.max(target, 1))
    while ticks.count < 2, divisor < 64 {
      divisor *= 2
      ticks = self.ticks(low, high, step: niceStep((high - low) / divisor))
    }
    return ticks
  }

  private static func ticks(_ low: Double, _ high: Double, step: Double) -> [Double] {
    guard step > 0, step.isFinite else { return [] }
    var ticks: [Double] = []
    var k = Foundation.ceil(low / step)
    while k * step <= high + step * 1e-9, ticks.count < 50 {
      let tick = k * step
      ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
      k += 1
    }
    return ticks
  }

  static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 0 }
    let magnitude = Foundation.pow(10, Foundation.floor(Foundation.log10(raw)))
    let fraction = raw / magnitude
    let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
    return nice * magnitude
  }

  /// Tick labels with as many decimals as the spacing needs, all alike.
  static func labels(_ ticks: [Double]) -> [String] {
    guard ticks.count > 1 else { return ticks.map { shortNumber($0) } }
    let step = abs(ticks[1] - ticks[0])
    let largest = ticks.map(abs).max() ?? 0
    if largest >= 1e6 || (largest > 0 && largest < 1e-3) {
      return ticks.map { $0 == 0 ? "0" : String(format: "%.2g", $0) }
    }
    let decimals =
      step > 0 ? Swift.max(0, Int(-Foundation.floor(Foundation.log10(step) + 1e-9))) : 0
    return ticks.map { String(format: "%.\(Swift.min(decimals, 6))f", $0) }
  }

  static func shortNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(format: "%.4g", value)
  }
}
