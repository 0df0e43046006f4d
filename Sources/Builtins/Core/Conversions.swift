import Interpreter

/// int() and float() on every kind of value they accept.
enum Conversions {
  static func int(_ value: Value, _ args: Arguments) throws -> Value {
    switch value {
    case .int: return value
    case .bool(let flag): return .int(flag ? 1 : 0)
    case .float(let number):
      guard number.isFinite, let truncated = Int(exactly: number.rounded(.towardZero)) else {
        throw args.error(CoreMessages.notAnInt(FloatFormat.shortest(number)), at: "value")
      }
      return .int(truncated)
    case .string(let text):
      let trimmed = text.trimmedOfSpaces().replacingOccurrences(of: "_", with: "")
      guard let number = Int(trimmed) else {
        throw args.error(
          CoreMessages.textNotAnInt(text), at: "value", help: CoreMessages.textNotAnIntHelp)
      }
      return .int(number)
    default:
      throw args.error(CoreMessages.notAnInt(value.typeName), at: "value")
    }
  }

  static func float(_ value: Value, _ args: Arguments) throws -> Value {
    switch value {
    case .float: return value
    case .int(let number): return .float(Double(number))
    case .bool(let flag): return .float(flag ? 1 : 0)
    case .string(let text):
      let trimmed = text.trimmedOfSpaces().lowercased()
      let special: [String: Double] = [
        "nan": .nan, "inf": .infinity, "-inf": -.infinity,
        "infinity": .infinity, "-infinity": -.infinity,
      ]
      if let number = special[trimmed] ?? Double(trimmed) { return .float(number) }
      throw args.error(CoreMessages.textNotAFloat(text), at: "value")
    default:
      throw args.error(CoreMessages.notAFloat(value.typeName), at: "value")
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  func trimmedOfSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    var scalars = Substring(self)
    while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
    while let last = scalars.last, isSpace(last) { scalars.removeLast() }
    return String(scalars)
  }
}
