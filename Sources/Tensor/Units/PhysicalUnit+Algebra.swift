/// Products, quotients and powers of units, as pint forms them: dimensions add, scales
/// multiply, and the symbol is written from the factors (`m` / `s` is `m/s`, `m` × `m` is
/// `m2`). Absolute temperatures (°C, °F) do not take part: their zero is not a zero.
extension PhysicalUnit {
  /// `a × b`.
  public static func * (a: PhysicalUnit, b: PhysicalUnit) throws(UnitProblem) -> PhysicalUnit {
    try combined(a, b, sign: 1)
  }

  /// `a / b`.
  public static func / (a: PhysicalUnit, b: PhysicalUnit) throws(UnitProblem) -> PhysicalUnit {
    try combined(a, b, sign: -1)
  }

  /// The unit to an integer power.
  public func raised(to power: Int) throws(UnitProblem) -> PhysicalUnit {
    if power == 1 { return self }
    if hasOffset { throw .offsetArithmetic(self, operation: .raise) }
    guard abs(power) <= 64, let dimension = dimension.raised(to: power) else {
      throw .tooLarge(symbol)
    }
    let terms = self.terms.map { UnitTerm(name: $0.name, exponent: $0.exponent * power) }
    return PhysicalUnit(
      symbol: Self.symbol(of: terms), dimension: dimension, scale: scale.raised(to: power),
      isDifference: isDifference, isKnown: isKnown, terms: terms)
  }

  private static func combined(_ a: PhysicalUnit, _ b: PhysicalUnit, sign: Int) throws(UnitProblem)
    -> PhysicalUnit
  {
    let operation: UnitVerb = sign > 0 ? .multiply : .divide

    for unit in [a, b] where unit.hasOffset {
      throw .offsetArithmetic(unit, operation: operation)
    }
    var terms = a.terms
    for term in b.terms {
      let exponent = term.exponent * sign
      if let index = terms.firstIndex(where: { $0.name == term.name }) {
        terms[index].exponent += exponent
      } else {
        terms.append(UnitTerm(name: term.name, exponent: exponent))
      }
    }
    terms.removeAll { $0.exponent == 0 }
    let dimension = sign > 0 ? a.dimension * b.dimension : a.dimension / b.dimension
    let scale = sign > 0 ? a.scale * b.scale : a.scale / b.scale
    guard dimension.isReasonable, terms.allSatisfy({ abs($0.exponent) <= 1000 }),
      abs(scale.power) <= 100_000
    else { throw .tooLarge(a.symbol) }
    return PhysicalUnit(
      symbol: symbol(of: terms), dimension: dimension, scale: scale,
      isDifference: a.isDifference || b.isDifference, isKnown: a.isKnown && b.isKnown,
      terms: terms)
  }

  /// `m/s`, `kg m-3`, `m2`: factors with positive exponents first; a single `/x` when one
  /// factor divides, negative exponents otherwise; "1" for none.
  static func symbol(of terms: [UnitTerm]) -> String {
    let numerator = terms.filter { $0.exponent > 0 }
    let denominator = terms.filter { $0.exponent < 0 }
    if numerator.isEmpty, denominator.isEmpty { return "1" }
    if !numerator.isEmpty, denominator.count == 1, denominator[0].exponent == -1 {
      return written(numerator) + "/" + written([UnitTerm(name: denominator[0].name, exponent: 1)])
    }
    return written(numerator + denominator)
  }

  private static func written(_ terms: [UnitTerm]) -> String {
    terms.map { term in
      let name =
        term.name.contains(where: { $0 == " " || $0 == "/" }) ? "(\(term.name))" : term.name
      if term.exponent == 1 { return name }
      let plain = name.last.map { $0.isLetter && $0 != "°" } ?? false
      return plain ? "\(name)\(term.exponent)" : "\(name)^\(term.exponent)"
    }.joined(separator: " ")
  }
}
