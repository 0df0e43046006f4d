import Interpreter
import Tensor

/// The unit of a column's reduction: mean, median, min, max and sum keep it (a quantity such
/// as `1.5 °C`), std gives it as a difference (Δ°C for °C), counts have none. The sum of
/// absolute temperatures is an error, as adding two of them is.
enum UnitReductions {
  /// `result` as a quantity in the unit the reduction of `column` has.
  static func result(_ result: Value, _ column: Column, _ kind: ColumnReductions.Kind)
    throws(RuntimeError) -> Value
  {
    guard let unit = column.physicalUnit, let number = ValueConversion.number(result) else {
      return result
    }
    switch kind {
    case .sum where unit.hasOffset:
      throw RuntimeError(
        .unitMismatch, FrameMessages.absoluteTemperatureSum(unit),
        help: FrameMessages.absoluteTemperatureSumHelp)
    case .std: return QuantityValue.make(number, unit.asDifference)
    default: return QuantityValue.make(number, unit)
    }
  }

  /// The same for a builtin's argument, when it is a column.
  static func result(_ result: Value, _ argument: Value, _ kind: ColumnReductions.Kind)
    throws(RuntimeError) -> Value
  {
    guard case .object(let column as ColumnValue) = argument else { return result }
    return try self.result(result, column.column, kind)
  }

  /// Quantities as one float column in the first one's unit; nil when they are not all
  /// quantities (or missing) of convertible units.
  static func column(_ values: [Value], name: String) -> Column? {
    var unit: PhysicalUnit?
    var numbers: [Double] = []
    var validity = Bitmap(count: values.count)
    for (row, value) in values.enumerated() {
      switch value {
      case .null:
        validity.set(row, false)
        numbers.append(.nan)
      case .object(let quantity as QuantityValue):
        let target = unit ?? quantity.unit
        unit = target
        guard let converter = try? quantity.unit.converter(to: target) else { return nil }
        numbers.append(converter(quantity.value))
      default: return nil
      }
    }
    guard let unit else { return nil }
    return Column(name: name, storage: .float(numbers), validity: validity, physicalUnit: unit)
  }
}
