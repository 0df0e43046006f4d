/// A unit's size in SI base units as `mantissa × 10^power`. Prefixes and decimal factors only
/// move the power, so `km → m` and `µmol/l → mmol/m**3` come out exact instead of a bit off.
public struct UnitScale: Hashable, Sendable {
  public var mantissa: Double
  public var power: Int

  public init(_ mantissa: Double, power: Int = 0) {
    self.mantissa = mantissa
    self.power = power
  }

  public static let one = UnitScale(1)

  /// The scale as one number.
  public var value: Double { ratio(to: .one) }

  /// How many of `other` make one of this: `self / other` as a number, rounded once.
  public func ratio(to other: UnitScale) -> Double {
    let mantissas = mantissa / other.mantissa
    let difference = power - other.power
    if difference >= 0 { return mantissas * Self.exactPowerOfTen(difference) }
    return mantissas / Self.exactPowerOfTen(-difference)
  }

  static func * (a: UnitScale, b: UnitScale) -> UnitScale {
    UnitScale(a.mantissa * b.mantissa, power: a.power + b.power)
  }

  static func / (a: UnitScale, b: UnitScale) -> UnitScale {
    UnitScale(a.mantissa / b.mantissa, power: a.power - b.power)
  }

  /// The scale to an integer power (|power| small, checked by the caller).
  func raised(to exponent: Int) -> UnitScale {
    var result = UnitScale.one
    for _ in 0..<abs(exponent) { result = exponent > 0 ? result * self : result / self }
    return result
  }

  /// The scale of a decimal number as written ("1e-3", "0.25", "1000"): its digits as the
  /// mantissa and the decimal exponent as the power, so no rounding happens; nil for other text.
  static func decimal(_ text: Substring) -> UnitScale? {
    let parts = text.lowercased().split(
      separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
    var exponent = 0
    if parts.count == 2 {
      guard let value = Int(parts[1]), abs(value) < 400 else { return nil }
      exponent = value
    }
    let digits = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    guard digits.count <= 2, !parts[0].isEmpty, parts[0] != "." else { return nil }
    let fraction = digits.count == 2 ? digits[1] : ""
    let whole = String(digits[0]) + fraction
    guard whole.count <= 15, whole.allSatisfy(\.isASCII),
      let mantissa = Double(whole.isEmpty ? "0" : whole),
      whole.allSatisfy(\.isNumber)
    else { return nil }
    return UnitScale(mantissa, power: exponent - fraction.count)
  }

  /// 10^n, exact for |n| ≤ 22 (1/10^n correctly rounded for negative n).
  static func exactPowerOfTen(_ n: Int) -> Double {
    if n >= 0, n < table.count { return table[n] }
    if n < 0, -n < table.count { return 1 / table[-n] }
    var result = 1.0
    for _ in 0..<min(abs(n), 400) { result *= n > 0 ? 10 : 0.1 }
    return result
  }

  static let table: [Double] = (0...22).map { n in
    var value = 1.0
    for _ in 0..<n { value *= 10 }
    return value
  }
}
