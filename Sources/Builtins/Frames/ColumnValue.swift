import Interpreter
import Lang
import Tensor

/// A column as an awi value: element-wise operators, comparisons and logic, indexing by
/// position, mask or slice, iteration, and a readable display.
final class ColumnValue: ObjectValue {
  let column: Column

  init(_ column: Column) {
    self.column = column
  }

  var typeName: String { "column" }
  var length: Int? { column.count }

  var shortDescription: String {
    "<column \(column.name.isEmpty ? "" : "'\(column.name)' ")\(column.type.rawValue), "
      + "\(column.count) rows>"
  }

  func display(width: Int) -> String {
    String(FrameDisplay.column(column, width: width).dropLast())
  }

  func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    guard let otherOperand = UnitOperands.operand(other) else { return nil }
    if case .null = other, op == .equal || op == .notEqual {
      // Every row would be missing, and a filter on it would silently keep no row.
      throw RuntimeError(
        .comparedWithNil, FrameMessages.comparedWithNil(op.rawValue),
        help: FrameMessages.comparedWithNilHelp(isEqual: op == .equal))
    }
    let mine = UnitOperands.Operand(values: .column(column), unit: column.physicalUnit)
    let (a, b) = isLeft ? (mine, otherOperand) : (otherOperand, mine)
    return try UnitOperands.binary(op, a, b, name: column.name)
  }

  static func runtimeError(
    _ problem: Elementwise.Problem, _ op: String, _ column: Column,
    _ other: Value
  ) -> RuntimeError {
    switch problem {
    case .lengthMismatch(let a, let b):
      return RuntimeError(.lengthMismatch, FrameMessages.lengthMismatch(a, b))
    case .integerOverflow:
      return RuntimeError(
        .integerOverflow, InterpreterMessages.integerOverflow(op),
        help: FrameMessages.columnOverflowHelp)
    case .unsupported:
      return RuntimeError(
        .operandTypes, FrameMessages.columnOperandTypes(op, column.type, other.typeName))
    }
  }

  func logical(isAnd: Bool, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    guard let otherOperand = ValueConversion.operand(other) else { return nil }
    do throws(Elementwise.Problem) {
      let result = try Elementwise.logical(
        isAnd: isAnd, .column(column), otherOperand,
        name: column.name)
      return .object(ColumnValue(result))
    } catch {
      throw ColumnValue.runtimeError(error, isAnd ? "and" : "or", column, other)
    }
  }

  func unary(_ op: UnaryOperator) throws(RuntimeError) -> Value? {
    do throws(Elementwise.Problem) {
      switch op {
      case .not: return .object(ColumnValue(try Elementwise.not(column)))
      case .negate:
        var result = try Elementwise.arithmetic(
          .subtract, .scalar(.int(0)), .column(column),
          name: column.name)
        result.physicalUnit = column.physicalUnit
        return .object(ColumnValue(result))
      }
    } catch {
      throw ColumnValue.runtimeError(error, op.rawValue, column, .null)
    }
  }

  func element(_ index: Value) throws(RuntimeError) -> Value? {
    switch index {
    case .int(let position):
      let row = position < 0 ? column.count + position : position
      guard row >= 0, row < column.count else {
        throw RuntimeError(
          .indexOutOfRange, InterpreterMessages.indexOutOfRange(position, column.count))
      }
      return ValueConversion.value(column, row: row)
    case .object(let mask as ColumnValue):
      return .object(
        ColumnValue(column.gathering(try Masks.rows(mask.column, count: column.count))))
    default: return nil
    }
  }

  func slice(_ lower: Int?, _ upper: Int?, _ step: Int?) throws(RuntimeError) -> Value? {
    let positions = try Indexing.positions(
      count: column.count, lower: lower, upper: upper,
      step: step)
    return .object(ColumnValue(column.gathering(positions)))
  }

  func elements() throws(RuntimeError) -> [Value]? {
    (0..<column.count).map { ValueConversion.value(column, row: $0) }
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "name": return .string(column.name)
    case "unit": return column.unit.map { .string($0) } ?? .null
    case "type": return .string(column.type.rawValue)
    default: return nil
    }
  }

  var memberNames: [String] { ["name", "unit", "type"] }
}

/// Bool columns used to pick rows.
enum Masks {
  /// The positions where the mask is true (missing counts as false, as in pandas).
  static func rows(_ mask: Column, count: Int) throws(RuntimeError) -> [Int] {
    guard case .bool(let flags) = mask.storage else {
      throw RuntimeError(.maskNotBool, FrameMessages.maskNotBool(mask.type.rawValue))
    }
    guard flags.count == count else {
      throw RuntimeError(.lengthMismatch, FrameMessages.lengthMismatch(count, flags.count))
    }
    return Gather.positions(where: flags, valid: mask.validity)
  }
}
