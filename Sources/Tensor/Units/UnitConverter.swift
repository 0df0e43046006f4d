/// Converts numbers from one unit to another: `value × factor + shift`, with the textbook
/// formulas for °F (`°C × 1.8 + 32`) so that 100 °C gives exactly 212 °F.
public struct UnitConverter: Sendable {
  public let factor: Double
  public let shift: Double
  let fromFahrenheit: Bool
  let toFahrenheit: Bool
  /// When the factor is 10^-k, dividing by 10^k (exact) rounds once where multiplying by the
  /// inexact 10^-k would round twice: 443 nm is 4.43e-07 m, not 4.4300000000000004e-07.
  let divisor: Double?

  init(
    factor: Double, shift: Double, fromFahrenheit: Bool = false, toFahrenheit: Bool = false,
    divisor: Double? = nil
  ) {
    self.factor = factor
    self.shift = shift
    self.fromFahrenheit = fromFahrenheit
    self.toFahrenheit = toFahrenheit
    self.divisor = divisor
  }

  /// The converter between two scales: a division by an exact 10^k where the scales differ
  /// only by such a power.
  static func scaling(_ from: UnitScale, to: UnitScale, shift: Double = 0) -> UnitConverter {
    let difference = from.power - to.power
    if from.mantissa == to.mantissa, difference < 0, difference >= -22 {
      let divisor = UnitScale.exactPowerOfTen(-difference)
      return UnitConverter(factor: 1 / divisor, shift: shift, divisor: divisor)
    }
    return UnitConverter(factor: from.ratio(to: to), shift: shift)
  }

  /// True when conversion leaves every value as it is.
  public var isIdentity: Bool { factor == 1 && shift == 0 && !fromFahrenheit && !toFahrenheit }

  @inline(__always)
  public func callAsFunction(_ value: Double) -> Double {
    var x = fromFahrenheit ? (value - 32) / 1.8 : value
    x = (divisor.map { x / $0 } ?? x * factor) + shift
    return toFahrenheit ? x * 1.8 + 32 : x
  }

  /// Every value converted. O(n).
  public func apply(_ values: [Double]) -> [Double] {
    if isIdentity { return values }
    if !fromFahrenheit, !toFahrenheit {
      let (factor, shift) = (self.factor, self.shift)
      if let divisor { return values.map { $0 / divisor + shift } }
      return shift == 0 ? values.map { $0 * factor } : values.map { $0 * factor + shift }
    }
    return values.map { self($0) }
  }
}

extension PhysicalUnit {
  /// The Celsius scale: °F conversions go through it.
  static let celsius = PhysicalUnit(
    symbol: "°C", dimension: .base(4), scale: .one, offset: 273.15)
  static let fahrenheitScale = UnitScale(5.0 / 9.0)

  var isFahrenheit: Bool {
    dimension.isTemperature && scale == Self.fahrenheitScale && offset != 0
  }

  /// A converter from this unit to `target`, or why there is none.
  public func converter(to target: PhysicalUnit) throws(UnitProblem) -> UnitConverter {
    if !isKnown || !target.isKnown || dimension.isLevel || target.dimension.isLevel {
      guard sameSpelling(target) else { throw .incompatible(from: self, to: target) }
      return UnitConverter(factor: 1, shift: 0)
    }
    guard dimension == target.dimension else { throw .incompatible(from: self, to: target) }
    if isDifference || target.isDifference {
      guard isDifference == target.isDifference || !hasOffset && !target.hasOffset else {
        throw .differenceVersusAbsolute(from: self, to: target)
      }
      if target.scale == Self.fahrenheitScale || scale == Self.fahrenheitScale {
        return UnitConverter(factor: differenceFactor(to: target), shift: 0)
      }
      return .scaling(scale, to: target.scale)
    }
    let from = isFahrenheit ? Self.celsius : self
    let to = target.isFahrenheit ? Self.celsius : target
    if !isFahrenheit, !target.isFahrenheit {
      return .scaling(scale, to: target.scale, shift: (offset - target.offset) / target.scale.value)
    }
    return UnitConverter(
      factor: from.scale.ratio(to: to.scale), shift: (from.offset - to.offset) / to.scale.value,
      fromFahrenheit: isFahrenheit, toFahrenheit: target.isFahrenheit)
  }

  /// The factor between two scales, with 1.8 exact for a difference into °F.
  private func differenceFactor(to target: PhysicalUnit) -> Double {
    if target.scale == Self.fahrenheitScale, scale != Self.fahrenheitScale {
      return scale.ratio(to: .one) * 1.8
    }
    return scale.ratio(to: target.scale)
  }

  /// This unit as a difference: °C becomes Δ°C; units without an offset stay as they are.
  public var asDifference: PhysicalUnit {
    guard hasOffset else { return self }
    var copy = self
    copy.isDifference = true
    copy.offset = 0
    copy.symbol = "Δ" + symbol
    copy.terms = [UnitTerm(name: copy.symbol, exponent: 1)]
    return copy
  }
}
