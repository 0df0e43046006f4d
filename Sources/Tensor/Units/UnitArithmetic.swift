/// The units of `a op b`, as pint decides them: `+ -` and comparisons convert the right
/// operand to the left's unit; `* /` compose; powers multiply exponents. A bare number (no
/// unit) is taken in the other operand's unit (a difference, next to an absolute temperature).
///
/// Absolute temperatures (°C, °F) follow pint's rules for offset units: `°C − °C` is a
/// difference (Δ°C), `°C + Δ°C` is °C, and `°C + °C`, `°C × 2` are errors.
public enum UnitArithmetic {
  public enum Operation: Sendable {
    case add, subtract, multiply, divide, compare
    /// `%` and `//`: both operands in the left's unit; the result keeps it (`//` drops it).
    case modulo, floorDivide
  }

  /// What to do before the kernel runs, and the unit of its result.
  public struct Plan: Sendable {
    /// Applied to the left operand's values first (nil: none).
    public var convertLeft: UnitConverter?
    /// Applied to the right operand's values first (nil: none).
    public var convertRight: UnitConverter?
    /// The result's unit (nil: none; always nil for comparisons).
    public var unit: PhysicalUnit?
  }

  /// Why an operation's units do not fit, with the text users see.
  public struct Problem: Error, Sendable {
    public let message: String
    public let help: String?

    public init(message: String, help: String?) {
      self.message = message
      self.help = help
    }
  }

  /// The plan for `left op right`, or why the units do not allow it.
  public static func plan(_ operation: Operation, _ left: PhysicalUnit?, _ right: PhysicalUnit?)
    throws(Problem) -> Plan
  {
    switch operation {
    case .multiply, .divide: return try product(operation == .multiply, left, right)
    case .add, .subtract: return try sum(operation == .add, left, right)
    case .compare:
      guard let left, let right else { return Plan() }
      return Plan(convertRight: try convert(right, to: left, .compare))
    case .modulo, .floorDivide:
      guard let left else {
        if let right { throw mismatch(.remainder, right, nil) }
        return Plan()
      }
      var convertRight: UnitConverter?
      if let right { convertRight = try convert(right, to: left, .divide) }
      return Plan(convertRight: convertRight, unit: operation == .modulo ? left : nil)
    }
  }

  /// The unit of `base ^ exponent` for a whole-number exponent.
  public static func power(_ base: PhysicalUnit?, _ exponent: Double?) throws(Problem)
    -> PhysicalUnit?
  {
    guard let base else { return nil }
    guard let exponent, exponent.rounded() == exponent, abs(exponent) <= 64 else {
      throw Problem(
        message: TensorMessages.unitFractionalPower(base),
        help: TensorMessages.unitFractionalPowerHelp)
    }
    do throws(UnitProblem) {
      return normalized(try base.raised(to: Int(exponent)))
    } catch {
      throw Problem(message: error.message, help: error.help)
    }
  }

  private static func product(_ isMultiply: Bool, _ left: PhysicalUnit?, _ right: PhysicalUnit?)
    throws(Problem) -> Plan
  {
    do throws(UnitProblem) {
      switch (left, right) {
      case (nil, nil): return Plan()
      case (let unit?, nil):
        if unit.hasOffset {
          throw UnitProblem.offsetArithmetic(unit, operation: isMultiply ? .multiply : .divide)
        }
        return Plan(unit: unit)
      case (nil, let unit?):
        if unit.hasOffset {
          throw UnitProblem.offsetArithmetic(unit, operation: isMultiply ? .multiply : .divide)
        }
        return Plan(unit: isMultiply ? unit : normalized(try unit.raised(to: -1)))
      case (let a?, let b?):
        return Plan(unit: normalized(isMultiply ? try a * b : try a / b))
      }
    } catch {
      throw Problem(message: error.message, help: error.help)
    }
  }

  /// A dimensionless product of size one (m/m) has no unit.
  static func normalized(_ unit: PhysicalUnit) -> PhysicalUnit? {
    unit.isPlainNumber && unit.terms.isEmpty ? nil : unit
  }

  private static func sum(_ isAdd: Bool, _ left: PhysicalUnit?, _ right: PhysicalUnit?)
    throws(Problem) -> Plan
  {
    let verb: UnitVerb = isAdd ? .add : .subtract
    guard let left, let right else {
      // A bare number next to an absolute temperature is a difference: °C + 1 is °C.
      if let right, !isAdd, right.hasOffset { return Plan(unit: right.asDifference) }
      return Plan(unit: left ?? right)
    }
    if left.hasOffset || right.hasOffset {
      return try offsetSum(isAdd, left, right)
    }
    return Plan(convertRight: try convert(right, to: left, verb), unit: left)
  }

  /// Sums with an absolute temperature on either side, as pint allows them.
  private static func offsetSum(_ isAdd: Bool, _ left: PhysicalUnit, _ right: PhysicalUnit)
    throws(Problem) -> Plan
  {
    if left.hasOffset, right.isDifference {
      return Plan(convertRight: try convert(right, to: left.asDifference, .add), unit: left)
    }
    if left.isDifference, right.hasOffset {
      return Plan(convertLeft: try convert(left, to: right.asDifference, .add), unit: right)
    }
    guard !isAdd else {
      throw Problem(
        message: TensorMessages.unitAbsoluteSum(left, right),
        help: TensorMessages.unitAbsoluteSumHelp)
    }
    // An absolute temperature minus another: a difference, in the left's scale.
    let result = left.hasOffset ? left.asDifference : left
    return Plan(convertRight: try convert(right, to: left, .subtract), unit: result)
  }

  private static func convert(_ unit: PhysicalUnit, to target: PhysicalUnit, _ verb: UnitVerb)
    throws(Problem) -> UnitConverter?
  {
    do throws(UnitProblem) {
      let converter = try unit.converter(to: target)
      return converter.isIdentity ? nil : converter
    } catch {
      throw mismatch(verb, unit, target, error)
    }
  }

  private static func mismatch(
    _ verb: UnitVerb, _ right: PhysicalUnit, _ left: PhysicalUnit?, _ problem: UnitProblem? = nil
  ) -> Problem {
    guard let left else {
      return Problem(message: TensorMessages.unitWithBareNumber(verb, right), help: nil)
    }
    let reason: String
    switch problem {
    case .incompatible(let from, let to)? where from.isKnown && to.isKnown:
      reason = TensorMessages.unitDimensionsDiffer(to, from)
    case let problem?: reason = problem.message
    case nil: reason = TensorMessages.unitsDiffer
    }
    return Problem(
      message: TensorMessages.unitMismatch(verb, left, right, reason),
      help: TensorMessages.unitMismatchHelp(left))

  }
}
