/// Why a unit could not be read, converted or combined; `message` is the text users see.
public enum UnitProblem: Error, Equatable, Sendable {
  case unknown(String, help: String?)
  case incompatible(from: PhysicalUnit, to: PhysicalUnit)
  /// An absolute temperature (°C, °F) multiplied, divided, raised or added to another.
  case offsetArithmetic(PhysicalUnit, operation: UnitVerb)
  /// A difference converted to an absolute temperature, or the other way.
  case differenceVersusAbsolute(from: PhysicalUnit, to: PhysicalUnit)
  case tooLarge(String)

  /// One lowercase sentence.
  public var message: String {
    switch self {
    case .unknown(let text, _): return TensorMessages.unitUnknown(text)
    case .incompatible(let from, let to):
      if from.dimension.isPracticalSalinity != to.dimension.isPracticalSalinity,
        from.isKnown, to.isKnown
      {
        return TensorMessages.unitSalinityNotMassFraction(from, to)
      }
      if !from.isKnown || !to.isKnown {
        return TensorMessages.unitUnreadable(from, to, unknown: from.isKnown ? to : from)
      }
      return TensorMessages.unitIncompatible(from, to)
    case .offsetArithmetic(let unit, let operation):
      return TensorMessages.unitOffsetArithmetic(operation, unit)
    case .differenceVersusAbsolute(let from, let to):
      return TensorMessages.unitDifferenceVersusAbsolute(from, to)
    case .tooLarge(let text): return TensorMessages.unitTooLarge(text)
    }
  }

  /// The fix, when there is one to suggest.
  public var help: String? {
    switch self {
    case .unknown(_, let help): return help
    case .incompatible(let from, let to):
      if from.dimension.isPracticalSalinity != to.dimension.isPracticalSalinity {
        return TensorMessages.unitAbsoluteSalinityHelp
      }
      return nil
    case .offsetArithmetic:
      return TensorMessages.unitOffsetArithmeticHelp

    case .differenceVersusAbsolute: return nil
    case .tooLarge: return nil
    }
  }
}

/// What was asked of a unit when it could not take part, as a message names it
/// (TensorMessages.unitVerb gives the words).
public enum UnitVerb: Sendable {
  case add, compare, divide, multiply, raise, subtract
  /// `%` and `//`.
  case remainder
}
