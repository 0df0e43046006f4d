import Interpreter
import Lang
import Tensor

/// Operators on values with units (columns and quantities): the unit plan from
/// `UnitArithmetic`, the conversion of an operand where the plan asks for one, the kernel,
/// and the result's unit. Operands without units cost nothing extra.
enum UnitOperands {
  /// An operand's values and its unit.
  struct Operand {
    var values: Elementwise.Operand
    var unit: PhysicalUnit?
  }

  /// A column, quantity or scalar as an operand; nil for other values.
  static func operand(_ value: Value) -> Operand? {
    if case .object(let quantity as QuantityValue) = value {
      return Operand(values: .scalar(.float(quantity.value)), unit: quantity.unit)
    }
    guard let values = ValueConversion.operand(value) else { return nil }
    if case .column(let column) = values {
      return Operand(values: values, unit: column.physicalUnit)
    }
    return Operand(values: values, unit: nil)
  }

  /// `a op b` with units; nil for operators that do not apply (the caller reports them).
  static func binary(_ op: BinaryOperator, _ a: Operand, _ b: Operand, name: String)
    throws(RuntimeError) -> Value?
  {
    var (a, b) = (a, b)
    let unit: PhysicalUnit?
    do throws(UnitArithmetic.Problem) {
      if op == .power {
        if let exponentUnit = b.unit {
          throw UnitArithmetic.Problem(
            message: FrameMessages.exponentWithUnit(exponentUnit),
            help: FrameMessages.exponentWithUnitHelp)
        }
        unit = try UnitArithmetic.power(a.unit, a.unit == nil ? nil : scalarNumber(b.values))
      } else {
        guard let operation = operation(op) else { return nil }
        let plan = try UnitArithmetic.plan(operation, a.unit, b.unit)
        if let converter = plan.convertLeft { a.values = converted(a.values, converter) }
        if let converter = plan.convertRight { b.values = converted(b.values, converter) }
        unit = plan.unit
      }
    } catch {
      throw RuntimeError(.unitMismatch, error.message, help: error.help)
    }
    return try kernel(op, a.values, b.values, unit: unit, name: name)
  }

  private static func kernel(
    _ op: BinaryOperator, _ a: Elementwise.Operand, _ b: Elementwise.Operand,
    unit: PhysicalUnit?, name: String
  ) throws(RuntimeError) -> Value? {
    guard case .scalar(let x) = a, case .scalar(let y) = b else {
      var result: Column
      do throws(Elementwise.Problem) {
        if let arithmetic = Elementwise.ArithmeticOperator(rawValue: op.rawValue) {
          result = try Elementwise.arithmetic(arithmetic, a, b, name: name)
        } else if let comparison = Elementwise.ComparisonOperator(rawValue: op.rawValue) {
          result = try Elementwise.compare(comparison, a, b, name: name)
        } else {
          return nil
        }
      } catch {
        throw problem(error, op.rawValue, a, b)
      }
      result.physicalUnit = unit
      return .column(result)
    }
    let result = try Operators.binary(op, value(x), value(y))
    guard let unit, let number = ValueConversion.number(result) else { return result }
    return .object(QuantityValue(number, unit))
  }

  private static func problem(
    _ problem: Elementwise.Problem, _ op: String, _ a: Elementwise.Operand,
    _ b: Elementwise.Operand
  ) -> RuntimeError {
    let (column, other): (Column, Elementwise.Operand) = {
      if case .column(let column) = a { return (column, b) }
      if case .column(let column) = b { return (column, a) }
      return (Column(name: "", storage: .float([])), b)
    }()
    let otherValue: Value
    switch other {
    case .column(let column): otherValue = .column(column)
    case .scalar(let scalar): otherValue = value(scalar)
    }
    return ColumnValue.runtimeError(problem, op, column, otherValue)
  }

  private static func operation(_ op: BinaryOperator) -> UnitArithmetic.Operation? {
    switch op {
    case .add: return .add
    case .subtract: return .subtract
    case .multiply: return .multiply
    case .divide: return .divide
    case .modulo: return .modulo
    case .floorDivide: return .floorDivide
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return .compare
    default: return nil
    }
  }

  private static func scalarNumber(_ operand: Elementwise.Operand) -> Double? {
    switch operand {
    case .scalar(.float(let x)): return x
    case .scalar(.int(let x)): return Double(x)
    default: return nil
    }
  }

  /// The operand's numbers through `converter` (a column becomes float, missing kept).
  static func converted(_ operand: Elementwise.Operand, _ converter: UnitConverter)
    -> Elementwise.Operand
  {
    switch operand {
    case .scalar(.float(let x)): return .scalar(.float(converter(x)))
    case .scalar(.int(let x)): return .scalar(.float(converter(Double(x))))
    case .scalar: return operand
    case .column(let column):
      guard let values = Reduce.floats(column) else { return operand }
      return .column(
        Column(
          name: column.name, storage: .float(converter.apply(values)),
          validity: column.validity, physicalUnit: nil))
    }
  }

  static func value(_ scalar: Elementwise.Scalar) -> Value {
    switch scalar {
    case .float(let x): return .float(x)
    case .int(let x): return .int(x)
    case .bool(let x): return .bool(x)
    case .string(let x): return .string(x)
    case .missing: return .null
    }
  }
}
