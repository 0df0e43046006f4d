/// A unit as a type: its dimension, its size in SI base units, the SI value of its zero
/// (273.15 for °C; 0 for most units) and the symbol as the data wrote it. A value converts to
/// SI as `value × scale + offset`.
///
/// A temperature difference (`°C − °C`) keeps the scale but drops the offset, and prints as
/// `Δ°C`. A unit awish cannot read (`isKnown` false) still labels a column, but matches only a
/// unit written the same way.
public struct PhysicalUnit: Hashable, Sendable, CustomStringConvertible {
  public var symbol: String
  public var dimension: UnitDimension
  public var scale: UnitScale
  public var offset: Double
  public var isDifference: Bool
  public var isKnown: Bool
  /// The symbol's factors with their exponents, for writing the symbol of a product.
  var terms: [UnitTerm]

  public var description: String { symbol }

  init(
    symbol: String, dimension: UnitDimension, scale: UnitScale, offset: Double = 0,
    isDifference: Bool = false, isKnown: Bool = true, terms: [UnitTerm]? = nil
  ) {
    self.symbol = symbol
    self.dimension = dimension
    self.scale = scale
    self.offset = offset
    self.isDifference = isDifference
    self.isKnown = isKnown
    self.terms = terms ?? [UnitTerm(name: symbol, exponent: 1)]
  }

  /// A label awish cannot read, kept as written.
  public static func unknown(_ symbol: String) -> PhysicalUnit {
    PhysicalUnit(symbol: symbol, dimension: .none, scale: .one, isKnown: false)
  }

  /// True for absolute temperatures on a scale with a shifted zero (°C, °F), whose values do
  /// not add or multiply.
  public var hasOffset: Bool { offset != 0 && !isDifference }

  /// A dimensionless unit of size one ("1", "count", or m/m).
  public var isPlainNumber: Bool {
    isKnown && dimension.isDimensionless && scale.ratio(to: .one) == 1 && !hasOffset
  }

  /// The same unit with another symbol (as the data wrote it).
  public func written(as symbol: String) -> PhysicalUnit {
    var copy = self
    copy.symbol = symbol
    copy.terms = [UnitTerm(name: symbol, exponent: 1)]
    return copy
  }

  /// Equal for conversion purposes: same dimension, scale and offset (a level also needs the
  /// same reference).
  public func isEquivalent(to other: PhysicalUnit) -> Bool {
    if !isKnown || !other.isKnown || dimension.isLevel { return sameSpelling(other) }
    return dimension == other.dimension && scale.ratio(to: other.scale) == 1
      && offset == other.offset && isDifference == other.isDifference
  }

  func sameSpelling(_ other: PhysicalUnit) -> Bool {
    UnitParser.spellingKey(symbol) == UnitParser.spellingKey(other.symbol)
  }
}

/// One factor of a unit's symbol: `m` with exponent -3 in `kg m-3`.
struct UnitTerm: Hashable, Sendable {
  var name: String
  var exponent: Int
}
