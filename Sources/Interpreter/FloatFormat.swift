/// Float text as Python's `repr` writes it: the shortest digits that round-trip, fixed
/// notation for exponents from -4 to 15, otherwise `d.ddde±XX`.
public enum FloatFormat {
  public static func shortest(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
    let (digits, exponent) = decompose(value.magnitude)
    let sign = value < 0 ? "-" : ""
    if exponent >= -4 && exponent < 16 { return sign + fixed(digits, exponent) }
    var mantissa = String(digits.first ?? "0")
    if digits.count > 1 { mantissa += "." + digits.dropFirst() }
    let exponentText = String(abs(exponent))
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
      + (exponentText.count < 2 ? "0" : "") + exponentText
  }

  /// The significant digits (no leading or trailing zeros) and the decimal exponent of the
  /// first digit, from Swift's shortest round-trip description.
  static func decompose(_ value: Double) -> (String, Int) {
    let text = value.description
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      exponent = Int(text[text.index(after: e)...]) ?? 0
    }
    let point = mantissa.firstIndex(of: ".")
    let integerPart = point.map { mantissa[..<$0] } ?? mantissa
    let fraction = point.map { mantissa[mantissa.index(after: $0)...] } ?? ""
    var digits = String(integerPart) + fraction
    var firstExponent = exponent + integerPart.count - 1
    while digits.first == "0", digits.count > 1 {
      digits.removeFirst()
      firstExponent -= 1
    }
    while digits.last == "0", digits.count > 1 { digits.removeLast() }
    return (digits, firstExponent)
  }

  private static func fixed(_ digits: String, _ exponent: Int) -> String {
    if exponent < 0 {
      return "0." + String(repeating: "0", count: -exponent - 1) + digits
    }
    if digits.count <= exponent + 1 {
      return digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0"
    }
    let split = digits.index(digits.startIndex, offsetBy: exponent + 1)
    return digits[..<split] + "." + digits[split...]
  }
}
