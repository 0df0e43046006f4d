/// Reads unit strings in the UDUNITS-2 grammar that CF-netCDF and PANGAEA use: products
/// (`kg m-3`, `kg.m-3`, `N*m`), quotients (`m/s`, `m per s`, left to right: `W/m**2/s`),
/// powers (`m2`, `m^-2`, `m**2`, `m²`), numbers (`1e-3`, `1000`), parentheses, every SI
/// prefix, and the field's special quantities (psu, `dB re 1 µPa`, `Δ°C`).
public struct UnitParser {
  private let characters: [Character]
  private let text: String
  private var position = 0
  private var depth = 0

  /// The unit a text names, keeping the text as its symbol.
  public static func parse(_ text: String) throws(UnitProblem) -> PhysicalUnit {
    let trimmed = text.trimmingWhitespace
    guard !trimmed.isEmpty else { throw .unknown(text, help: nil) }
    if let special = try SpecialUnits.unit(trimmed) { return special }
    var parser = UnitParser(text: trimmed)
    let unit = try parser.product()
    guard parser.position == parser.characters.count else {
      throw .unknown(trimmed, help: TensorMessages.unitGrammarStopsHelp(parser.rest))
    }
    var written = unit
    written.symbol = trimmed
    return written
  }

  /// The unit a column's label names; a label awish cannot read stays a label.
  public static func label(_ text: String) -> PhysicalUnit {
    (try? parse(text)) ?? .unknown(text.trimmingWhitespace)
  }

  /// A spelling with the differences that do not matter removed (spaces, the two µ signs).
  static func spellingKey(_ text: String) -> String {
    String(text.filter { !$0.isWhitespace }.map { $0 == "μ" ? "µ" : $0 })
  }

  private init(text: String) {
    self.text = text
    self.characters = Array(text)
  }

  private var rest: String { String(characters[min(position, characters.count)...]) }
  private var current: Character? { position < characters.count ? characters[position] : nil }

  private func peek(_ offset: Int) -> Character? {
    position + offset < characters.count ? characters[position + offset] : nil
  }

  private mutating func product() throws(UnitProblem) -> PhysicalUnit {
    var result = try power()
    while true {
      let spaced = skipSpaces()
      guard let character = current, character != ")" else { return result }
      if character == "/" {
        position += 1
        result = try result / power()
      } else if character == "*" || character == "·" || character == "." || character == "×" {
        position += 1
        result = try result * power()
      } else if isWord("per") {
        position += 3
        result = try result / power()
      } else if spaced || character == "(" {
        result = try result * power()
      } else {
        throw .unknown(text, help: TensorMessages.unitGrammarStopsHelp(rest))
      }
    }
  }

  private mutating func isWord(_ word: String) -> Bool {
    let letters = Array(word)
    guard position + letters.count < characters.count else { return false }
    let next = characters[position + letters.count]
    return Array(characters[position..<position + letters.count]) == letters && next == " "
  }

  @discardableResult
  private mutating func skipSpaces() -> Bool {
    let start = position
    while let character = current, character.isWhitespace { position += 1 }
    return position > start
  }

  private mutating func power() throws(UnitProblem) -> PhysicalUnit {
    skipSpaces()
    let (base, attaches) = try primary()
    guard let exponent = try exponent(attached: attaches) else { return base }
    return try base.raised(to: exponent)
  }

  /// `^n`, `**n`, superscripts, or (right after a name or `)`) digits with an optional sign.
  private mutating func exponent(attached: Bool) throws(UnitProblem) -> Int? {
    if current == "^" {
      position += 1
    } else if current == "*", peek(1) == "*" {
      position += 2
    } else if let character = current, Self.superscripts[character] != nil {
      return superscriptInteger()
    } else if !attached || !startsInteger() {
      return nil
    }
    return try integer()
  }

  private func startsInteger() -> Bool {
    guard let character = current else { return false }
    if character.isASCII, character.isNumber { return true }
    guard character == "-" || character == "+", let next = peek(1) else { return false }
    return next.isASCII && next.isNumber
  }

  private mutating func integer() throws(UnitProblem) -> Int {
    var digits = ""
    if let sign = current, sign == "-" || sign == "+" {
      digits.append(sign)
      position += 1
    }
    while let character = current, character.isASCII, character.isNumber, digits.count < 6 {
      digits.append(character)
      position += 1
    }
    guard let value = Int(digits) else {
      throw .unknown(text, help: TensorMessages.unitWholeExponentHelp)
    }
    return value
  }

  private mutating func superscriptInteger() -> Int {
    var sign = 1
    var value = 0
    while let character = current, let digit = Self.superscripts[character], value < 1000 {
      if digit < 0 { sign = -1 } else { value = value * 10 + digit }
      position += 1
    }
    return sign * value
  }

  static let superscripts: [Character: Int] = [
    "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9, "⁻": -1,
  ]

  /// A parenthesised product, a number or a unit's name; true when an exponent may follow
  /// without `^` (after a name or a parenthesis).
  private mutating func primary() throws(UnitProblem) -> (PhysicalUnit, Bool) {
    guard let character = current else {
      throw .unknown(text, help: TensorMessages.unitMissingAtEndHelp)
    }
    if character == "(" {
      guard depth < 32 else { throw .unknown(text, help: TensorMessages.unitParenthesesHelp) }
      position += 1
      depth += 1
      let inner = try product()
      guard current == ")" else {
        throw .unknown(text, help: TensorMessages.unitMissingParenthesisHelp)
      }
      position += 1
      depth -= 1
      return (inner, true)
    }
    if character.isASCII, character.isNumber || character == "." { return (try number(), false) }
    return (try name(), true)
  }

  private mutating func number() throws(UnitProblem) -> PhysicalUnit {
    let start = position
    while let character = current, character.isASCII, character.isNumber || character == "." {
      position += 1
    }
    if let e = current, e == "e" || e == "E", let next = peek(1),
      next.isNumber || ((next == "-" || next == "+") && (peek(2)?.isNumber ?? false))
    {
      position += 2
      while let character = current, character.isASCII, character.isNumber { position += 1 }
    }
    let written = String(characters[start..<position])
    guard let scale = UnitScale.decimal(Substring(written)) else {
      throw .unknown(text, help: TensorMessages.unitNotANumberHelp(written))
    }
    return PhysicalUnit(symbol: written, dimension: .none, scale: scale)
  }

  private mutating func name() throws(UnitProblem) -> PhysicalUnit {
    let start = position
    while let character = current, Self.isNameCharacter(character) { position += 1 }
    guard position > start else {
      throw .unknown(text, help: TensorMessages.unitUnexpectedHelp(characters[start]))

    }
    let word = String(characters[start..<position])
    guard let unit = UnitCatalog.unit(named: word) else {
      throw .unknown(text, help: SpecialUnits.help(for: word))
    }
    return unit
  }

  static func isNameCharacter(_ character: Character) -> Bool {
    if superscripts[character] != nil { return false }
    if character.isLetter { return true }
    return ["_", "°", "%", "‰", "#", "℃", "'"].contains(character)
  }
}

extension String {
  var trimmingWhitespace: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
