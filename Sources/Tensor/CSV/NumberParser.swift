/// Integers and floats parsed straight from field bytes, with pandas' leniency: spaces and
/// tabs around the number are allowed, `inf`/`infinity` in any case is infinite.
///
/// Floats are correctly rounded (the Double nearest the decimal text), as `strtod` gives:
/// simple decimals take Clinger's fast path, the rest go to `Double(String)`. pandas' default
/// ("high") parser is not always correctly rounded for inputs of more than 17 digits, so the
/// last bit may differ there.
enum NumberParser {
  /// The Int64 in `bytes`, or nil when it is not an integer or does not fit.
  static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var start = 0
    var end = bytes.count
    trimSpaces(bytes, &start, &end)
    guard start < end else { return nil }
    let negative = bytes[start] == UInt8(ascii: "-")
    if negative || bytes[start] == UInt8(ascii: "+") { start += 1 }
    guard start < end else { return nil }
    var value: UInt64 = 0
    for index in start..<end {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit))
      guard !overflow1, !overflow2 else { return nil }
      value = sum
    }
    if negative {
      guard value <= UInt64(Int64.max) + 1 else { return nil }
      return Int(truncatingIfNeeded: 0 &- value)
    }
    guard value <= UInt64(Int64.max) else { return nil }
    return Int(value)
  }

  /// The Double in `bytes` (decimal or `inf`), or nil when it is not a number.
  static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    if let simple = simpleDouble(bytes) { return simple }
    var start = 0
    var end = bytes.count
    trimSpaces(bytes, &start, &end)
    guard start < end else { return nil }
    var decimal = Decimal()
    guard decimal.scan(bytes, from: start, to: end) else {
      return infinity(bytes, from: start, to: end)
    }
    if let fast = decimal.fastValue { return fast }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return Double(text)
  }

  /// `[-]digits[.digits]` with at most 19 digits, nothing around it, and a mantissa and
  /// power of ten that are exact Doubles: Clinger's fast path in one pass over the bytes (the
  /// same value `Decimal.fastValue` gives). Nil for anything else, which the full scan decides.
  @inline(__always)
  static func simpleDouble(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.count <= 20 else { return nil }
    let end = bytes.count
    let isNegative = base[0] == UInt8(ascii: "-")
    var index = isNegative ? 1 : 0
    var mantissa: UInt64 = 0
    while index < end, case let digit = base[index] &- UInt8(ascii: "0"), digit < 10 {
      mantissa = mantissa &* 10 &+ UInt64(digit)
      index += 1
    }
    var digits = index - (isNegative ? 1 : 0)
    var fractionDigits = 0
    if index < end, base[index] == UInt8(ascii: ".") {
      index += 1
      let first = index
      while index < end, case let digit = base[index] &- UInt8(ascii: "0"), digit < 10 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
        index += 1
      }
      fractionDigits = index - first
      digits += fractionDigits
    }
    guard index == end, digits > 0, digits <= 19, mantissa <= 1 << 53 else { return nil }
    let value = Double(mantissa) / Decimal.power(fractionDigits)
    return isNegative ? -value : value
  }

  @inline(__always)
  static func trimSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ start: inout Int, _ end: inout Int)
  {
    while start < end, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
    while end > start, bytes[end - 1] == 32 || bytes[end - 1] == 9 { end -= 1 }
  }

  /// `inf`, `infinity`, signed or not, in any case.
  private static func infinity(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int)
    -> Double?
  {
    var start = from
    var sign = 1.0
    if bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
      if bytes[start] == UInt8(ascii: "-") { sign = -1 }
      start += 1
    }
    let word = Array(bytes[start..<end]).map { $0 | 0x20 }
    guard word == Array("inf".utf8) || word == Array("infinity".utf8) else { return nil }
    return sign * .infinity
  }
}

/// A decimal number's digits as scanned: up to 19 significant digits in `mantissa`, the
/// power of ten to scale it by, and whether digits were dropped.
private struct Decimal {
  var mantissa: UInt64 = 0
  var exponent = 0
  var significantDigits = 0
  var isNegative = false

  /// 10^power for 0...22, the powers of ten that are exact in a Double.
  @inline(__always)
  static func power(_ power: Int) -> Double {
    switch power {
    case 0: return 1e0
    case 1: return 1e1
    case 2: return 1e2
    case 3: return 1e3
    case 4: return 1e4
    case 5: return 1e5
    case 6: return 1e6
    case 7: return 1e7
    case 8: return 1e8
    case 9: return 1e9
    case 10: return 1e10
    case 11: return 1e11
    case 12: return 1e12
    case 13: return 1e13
    case 14: return 1e14
    case 15: return 1e15
    case 16: return 1e16
    case 17: return 1e17
    case 18: return 1e18
    case 19: return 1e19
    case 20: return 1e20
    case 21: return 1e21
    default: return 1e22
    }
  }

  /// Reads `[sign] digits [. digits] [e [sign] digits]` covering the whole range.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    var index = start
    if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      isNegative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    let integerDigits = digits(bytes, &index, end, countsExponent: false)
    var fractionDigits = 0
    if index < end, bytes[index] == UInt8(ascii: ".") {
      index += 1
      fractionDigits = digits(bytes, &index, end, countsExponent: true)
    }
    guard integerDigits + fractionDigits > 0 else { return false }
    if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      guard scanExponent(bytes, &index, end) else { return false }
    }
    return index == end
  }

  /// Reads digits into the mantissa; past 19 significant digits they only move the exponent.
  private mutating func digits(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ end: Int, countsExponent: Bool
  ) -> Int {
    let first = index
    while index < end {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { break }
      if significantDigits < 19 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
        if mantissa != 0 { significantDigits += 1 }
        if countsExponent { exponent -= 1 }
      } else {
        significantDigits += 1
        if !countsExponent { exponent += 1 }
      }
      index += 1
    }
    return index - first
  }

  private mutating func scanExponent(
    _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ end: Int
  ) -> Bool {
    var negative = false
    if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    var value = 0
    let first = index
    while index < end, bytes[index] &- UInt8(ascii: "0") < 10 {
      // Clamped: anything past 10^6 is zero or infinite anyway.
      value = min(value * 10 + Int(bytes[index] &- UInt8(ascii: "0")), 1_000_000)
      index += 1
    }
    exponent += negative ? -value : value
    return index > first
  }

  /// The exact-rounded value when the mantissa and the power of ten are both exact Doubles
  /// (Clinger's fast path); nil when the slow path must decide.
  @inline(__always)
  var fastValue: Double? {
    guard significantDigits <= 19, mantissa <= 1 << 53, abs(exponent) <= 22 else {
      return nil
    }
    let magnitude = Double(mantissa)
    let value =
      exponent < 0
      ? magnitude / Decimal.power(-exponent) : magnitude * Decimal.power(exponent)
    return isNegative ? -value : value
  }
}
