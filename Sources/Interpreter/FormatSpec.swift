import Foundation

/// Python's format-spec mini-language, the subset awi supports in f-strings and `format`:
/// `[[fill]align][sign][0][width][,][.precision][type]` with types d f e g % s.
public struct FormatSpec: Equatable {
  var fill: Character = " "
  var align: Character?
  var sign: Character = "-"
  var width = 0
  var grouping = false
  var precision: Int?
  var type: Character?

  /// Parses a spec; nil when it is not valid.
  public init?(_ spec: String) {
    var chars = Array(spec)[...]
    if chars.count >= 2, "<>^=".contains(chars[chars.startIndex + 1]) {
      fill = chars.removeFirst()
      align = chars.removeFirst()
    } else if let first = chars.first, "<>^=".contains(first) {
      align = chars.removeFirst()
    }
    if let first = chars.first, "+- ".contains(first) { sign = chars.removeFirst() }
    if chars.first == "0" {
      fill = "0"
      align = align ?? "="
      chars.removeFirst()
    }
    width = FormatSpec.number(&chars) ?? 0
    if chars.first == "," || chars.first == "_" {
      grouping = true
      chars.removeFirst()
    }
    if chars.first == "." {
      chars.removeFirst()
      guard let digits = FormatSpec.number(&chars) else { return nil }
      precision = digits
    }
    if let first = chars.first {
      guard "dfFeEgGs%".contains(first) else { return nil }
      type = chars.removeFirst()
    }
    guard chars.isEmpty, width <= 1000, (precision ?? 0) <= 100 else { return nil }
  }

  private static func number(_ chars: inout ArraySlice<Character>) -> Int? {
    var digits = ""
    while let first = chars.first, first.isASCII, first.isNumber, digits.count < 6 {
      digits.append(chars.removeFirst())
    }
    return Int(digits)
  }

  /// Formats a value by a spec string; an empty spec gives the value's text.
  public static func format(_ value: Value, spec: String) throws(RuntimeError) -> String {
    if spec.isEmpty { return value.text }
    guard let parsed = FormatSpec(spec) else {
      throw RuntimeError(
        .invalidFormatSpec, InterpreterMessages.invalidFormatSpec(spec),
        help: InterpreterMessages.invalidFormatSpecHelp)
    }
    return try parsed.apply(to: value)
  }

  func apply(to value: Value) throws(RuntimeError) -> String {
    let body: String
    switch (value, type) {
    case (.int(let number), nil), (.int(let number), "d"):
      body = signed(group(String(number.magnitude)), number < 0)
    case (.bool(let flag), nil): body = flag ? "true" : "false"
    case (.int(let number), _) where type != "s":
      body = try floating(Double(number))
    case (.float(let number), _) where type != "d" && type != "s":
      body = try floating(number)
    case (.object(let object), _) where object.quantity != nil && type != "d" && type != "s":
      let quantity = object.quantity ?? (0, "")
      body = try floating(quantity.value) + " " + quantity.unit
    case (_, nil), (_, "s"):
      body = precision.map { String(value.text.prefix($0)) } ?? value.text
    default:
      throw RuntimeError(
        .invalidFormatSpec,
        InterpreterMessages.formatTypeMismatch(type.map(String.init) ?? "", value.typeName))
    }
    return padded(body, isNumber: Operators.number(value) != nil)
  }

  private func floating(_ number: Double) throws(RuntimeError) -> String {
    guard number.isFinite else {
      return signed(number.isNaN ? "nan" : "inf", number < 0)
    }
    let magnitude = number.magnitude
    let text: String
    switch type {
    case "f", "F": text = group(String(format: "%.\(precision ?? 6)f", magnitude))
    case "e", "E": text = String(format: "%.\(precision ?? 6)e", magnitude)
    case "g", "G": text = String(format: "%.\(precision ?? 6)g", magnitude)
    case "%": text = String(format: "%.\(precision ?? 6)f", magnitude * 100) + "%"
    default:
      if let precision {
        // Python's default type is 'g' that keeps one digit after a point: 1.0 -> "1.0".
        let general = String(format: "%.\(max(precision, 1))g", magnitude)
        text = general.contains(where: { $0 == "." || $0 == "e" }) ? general : general + ".0"
      } else {
        text = group(FloatFormat.shortest(magnitude))
      }
    }
    return signed(type == "E" ? text.uppercased() : text, number.sign == .minus)
  }

  private func signed(_ text: String, _ negative: Bool) -> String {
    if negative { return "-" + text }
    switch sign {
    case "+": return "+" + text
    case " ": return " " + text
    default: return text
    }
  }

  /// Inserts thousands separators into the integer part.
  private func group(_ text: String) -> String {
    guard grouping else { return text }
    let integerEnd = text.firstIndex(where: { !$0.isNumber }) ?? text.endIndex
    let integer = Array(text[..<integerEnd])
    var grouped = ""
    for (offset, digit) in integer.enumerated() {
      if offset > 0, (integer.count - offset) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return grouped + text[integerEnd...]
  }

  private func padded(_ text: String, isNumber: Bool) -> String {
    let missing = width - text.count
    guard missing > 0 else { return text }
    let padding = String(repeating: fill, count: missing)
    switch align ?? (isNumber ? ">" : "<") {
    case "<": return text + padding
    case "^":
      let left = String(repeating: fill, count: missing / 2)
      return left + text + String(repeating: fill, count: missing - missing / 2)
    case "=":
      if let first = text.first, "+- ".contains(first) {
        return String(first) + padding + text.dropFirst()
      }
      return padding + text
    default: return padding + text
    }
  }
}
