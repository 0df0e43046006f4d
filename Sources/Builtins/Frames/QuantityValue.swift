import Interpreter
import Lang
import Tensor

/// A number with a unit, as a reduction of a column with a unit gives it (`mean(.t)` is
/// `1.5 °C`) and `quantity(3, "m")` makes it. It follows the same unit rules as columns;
/// `value(q)` gives the plain number. Plain numbers never become quantities on their own.
final class QuantityValue: ObjectValue {
  let value: Double
  let unit: PhysicalUnit

  init(_ value: Double, _ unit: PhysicalUnit) {
    self.value = value
    self.unit = unit
  }

  /// A quantity, or the plain number when there is no unit.
  static func make(_ value: Double, _ unit: PhysicalUnit?) -> Value {
    unit.map { .object(QuantityValue(value, $0)) } ?? .float(value)
  }

  var typeName: String { "quantity" }
  var shortDescription: String { "\(FloatFormat.shortest(value)) \(unit.symbol)" }
  var quantity: (value: Double, unit: String)? { (value, unit.symbol) }

  func display(width: Int) -> String { shortDescription }

  func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    guard let otherOperand = UnitOperands.operand(other) else { return nil }
    let mine = UnitOperands.Operand(values: .scalar(.float(value)), unit: unit)
    let (a, b) = isLeft ? (mine, otherOperand) : (otherOperand, mine)
    return try UnitOperands.binary(op, a, b, name: "")
  }

  func unary(_ op: UnaryOperator) throws(RuntimeError) -> Value? {
    switch op {
    case .negate: return .object(QuantityValue(-value, unit))
    case .not: return nil
    }
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "value": return .float(value)
    case "unit": return .string(unit.symbol)
    default: return nil
    }
  }

  var memberNames: [String] { ["value", "unit"] }
}
