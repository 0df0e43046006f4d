/// A float's shortest round-trip text as bytes, exactly as Swift's `description` writes it
/// ("1.09", "-0.5", "12.0", "1e-05", "nan"), without building a String for the common case.
///
/// Fast path: 0.001 ≤ |v| < 10¹⁵ with at most 15 significant digits. For the fewest fraction
/// digits k with m = round(|v|·10ᵏ) < 10¹⁵ and m / 10ᵏ == |v| (both operands exact, so the
/// division is the correctly rounded value of the decimal m·10⁻ᵏ, as a parser reads it), the
/// decimal is the shortest that round-trips and the only one of its length: 15 digits are
/// finer than the float's spacing. Everything else (more digits, exponent forms, NaN, ±inf)
/// goes through `description`.
public enum ShortestFloat {
  /// Appends the text of `value` to `bytes`. O(digits).
  @inline(__always)
  public static func append(_ value: Double, to bytes: inout [UInt8]) {
    if value == 0 {
      appendASCII(value.sign == .minus ? "-0.0" : "0.0", to: &bytes)
      return
    }
    let magnitude = value.magnitude
    if magnitude >= 0.001, magnitude < 1e15, let (digits, decimals) = decimal(magnitude) {
      if value < 0 { bytes.append(UInt8(ascii: "-")) }
      appendFixed(digits, decimals, to: &bytes)
      return
    }
    appendASCII(value.description, to: &bytes)
  }

  /// The text of `value` as a String (the same bytes as `append`).
  public static func text(_ value: Double) -> String {
    var bytes: [UInt8] = []
    append(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static let powers: [Double] = (0...18).map { exponent in
    var power = 1.0
    for _ in 0..<exponent { power *= 10 }
    return power
  }

  /// The digits m and fraction length k of the shortest decimal m·10⁻ᵏ equal to `magnitude`
  /// with m < 10¹⁵, or nil when there is none.
  @inline(__always)
  static func decimal(_ magnitude: Double) -> (UInt64, Int)? {
    for decimals in 0...18 {
      let power = powers[decimals]
      let scaled = (magnitude * power).rounded()
      guard scaled < 1e15 else { return nil }
      if scaled / power == magnitude { return (UInt64(scaled), decimals) }
    }
    return nil
  }

  /// `digits` with a point before its last `decimals` digits; at least one digit on each
  /// side ("0.05", "12.0").
  @inline(__always)
  static func appendFixed(_ digits: UInt64, _ decimals: Int, to bytes: inout [UInt8]) {
    var scale: UInt64 = 1
    for _ in 0..<decimals { scale *= 10 }
    let whole = digits / scale
    var fraction = digits % scale
    appendInteger(whole, to: &bytes)
    bytes.append(UInt8(ascii: "."))
    guard decimals > 0 else {
      bytes.append(UInt8(ascii: "0"))
      return
    }
    var position = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals))
    position += decimals
    while fraction > 0 {
      position -= 1
      bytes[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
      fraction /= 10
    }
  }

  /// The decimal digits of `value`.
  @inline(__always)
  public static func appendInteger(_ value: UInt64, to bytes: inout [UInt8]) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { scratch in
      repeat {
        scratch[23 - count] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
        count += 1
      } while rest > 0
      bytes.append(contentsOf: scratch[(24 - count)...])
    }
  }

  /// The decimal text of a signed integer, as `String(value)`.
  @inline(__always)
  public static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    appendInteger(value.magnitude.toUInt64, to: &bytes)
  }

  @inline(__always)
  static func appendASCII(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(contentsOf: text.utf8)
  }
}

extension UInt {
  fileprivate var toUInt64: UInt64 { UInt64(self) }
}
