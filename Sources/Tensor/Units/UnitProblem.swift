/// Why a unit could not be read, converted or combined; `message` is the text users see.
public enum UnitProblem: Error, Equatable, Sendable {
  case unknown(String, help: String?)
  case incompatible(from: PhysicalUnit, to: PhysicalUnit)
  /// An absolute temperature (°C, °F) multiplied, divided, raised or added to another.
  case offsetArithmetic(PhysicalUnit, operation: String)
  /// A difference converted to an absolute temperature, or the other way.
  case differenceVersusAbsolute(from: PhysicalUnit, to: PhysicalUnit)
  case tooLarge(String)

  /// One lowercase sentence.
  public var message: String {
    switch self {
    case .unknown(let text, _): return "unknown unit '\(text)'"
    case .incompatible(let from, let to):
      if from.dimension.isPracticalSalinity != to.dimension.isPracticalSalinity,
        from.isKnown, to.isKnown
      {
        return "cannot convert \(from) to \(to): practical salinity (PSS-78) is a "
          + "dimensionless ratio, not a mass fraction"
      }
      if !from.isKnown || !to.isKnown {
        let unknown = from.isKnown ? to : from
        return "cannot convert \(from) to \(to): awish cannot read the unit '\(unknown)'"
      }
      return "cannot convert \(from) to \(to): \(from.dimension.name) is not \(to.dimension.name)"
    case .offsetArithmetic(let unit, let operation):
      return "cannot \(operation) \(unit): it is an absolute temperature whose zero is not "
        + "absolute zero"
    case .differenceVersusAbsolute(let from, let to):
      return "cannot convert \(from) to \(to): one is a temperature difference, the other an "
        + "absolute temperature"
    case .tooLarge(let text): return "the unit '\(text)' has too large an exponent"
    }
  }

  /// The fix, when there is one to suggest.
  public var help: String? {
    switch self {
    case .unknown(_, let help): return help
    case .incompatible(let from, let to):
      if from.dimension.isPracticalSalinity != to.dimension.isPracticalSalinity {
        return "absolute salinity in g/kg needs TEOS-10 (gsw's SA_from_SP), which also needs "
          + "position and pressure"
      }
      return nil
    case .offsetArithmetic:
      return "to change the scale use to_unit(x, \"°F\"); to scale values, convert to K with "
        + "to_unit(x, \"K\") first, or subtract two temperatures: a difference (Δ°C) scales"
    case .differenceVersusAbsolute: return nil
    case .tooLarge: return nil
    }
  }
}
