import Foundation

/// The frequency band of a spectrogram with the most energy over the whole recording: the bin
/// whose power, summed over every time frame, is largest, with its edges halfway to the
/// neighbouring bins. Previews mark it so the call or tone of a recording is found at a glance.
struct SpectrogramBand: Equatable {
  var low: Double
  var center: Double
  var high: Double
  /// The band's part of the spectrogram's total energy, 0 to 1.
  var share: Double
  /// The frequency axis' unit, for the label.
  var unit: String

  /// The loudest band of `values` (frequencies × times, row-major) in the given scale; nil
  /// when there is no energy at all. O(rows × columns).
  static func loudest(
    values: [Double], frequencies: [Double], scale: SpectrogramImage.Scale, unit: String
  ) -> SpectrogramBand? {
    let rows = frequencies.count
    guard rows > 0, values.count % rows == 0 else { return nil }
    let columns = values.count / rows
    var energy = [Double](repeating: 0, count: rows)
    for row in 0..<rows {
      for value in values[(row * columns)..<((row + 1) * columns)] {
        let power = self.power(value, scale)
        if power.isFinite, power > 0 { energy[row] += power }
      }
    }
    let total = energy.reduce(0, +)
    guard total > 0, total.isFinite, let best = energy.indices.max(by: { energy[$0] < energy[$1] })
    else { return nil }
    let center = frequencies[best]
    let low = best > 0 ? (frequencies[best - 1] + center) / 2 : center
    let high = best < rows - 1 ? (center + frequencies[best + 1]) / 2 : center
    return SpectrogramBand(
      low: low, center: center, high: high, share: energy[best] / total, unit: unit)
  }

  /// A value as power: decibels through 10^(v/10), amplitudes squared.
  private static func power(_ value: Double, _ scale: SpectrogramImage.Scale) -> Double {
    switch scale {
    case .decibels: return pow(10, value / 10)
    case .power: return value
    case .amplitude: return value * value
    }
  }

  /// "loudest band 984–1016 Hz (1000 Hz, 87% of the energy)".
  var label: String {
    let percent = Int((share * 100).rounded())
    return "loudest band \(Self.number(low))–\(Self.number(high)) \(unit) "
      + "(\(Self.number(center)) \(unit), \(percent)% of the energy)"
  }

  /// Whole numbers from 10 up, else up to 4 significant digits.
  private static func number(_ value: Double) -> String {
    value.magnitude >= 10 ? String(format: "%.0f", value) : String(format: "%.4g", value)
  }
}
