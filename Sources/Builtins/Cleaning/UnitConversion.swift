import Interpreter
import Lang
import Tensor

/// to_unit(): reading the target unit and converting the column, with the errors users see.
enum UnitConversion {
  static func convert(_ args: Arguments) throws -> Value {
    let target = try unit(try args.string("unit"), args, at: "unit")
    if case .object(let quantity as QuantityValue) = args.value("column") {
      var source = quantity.unit
      var goal = target
      if source.isDifference, goal.hasOffset { goal = goal.asDifference }
      do throws(UnitProblem) {
        let converter = try source.converter(to: goal)
        source = goal
        return .object(QuantityValue(converter(quantity.value), source))
      } catch {
        throw args.error(code(error), error.message, at: "unit", help: error.help)
      }
    }
    let column = try args.column("column")
    do throws(Column.ConversionProblem) {
      return .column(try column.converted(to: target))
    } catch {
      throw failure(error, args, at: "unit")
    }
  }

  /// A number argument, or a quantity converted to `unit` (nil for a nil argument); a
  /// quantity next to a column without a unit, or in an incompatible unit, is an error.
  static func number(_ args: Arguments, _ name: String, in unit: PhysicalUnit?) throws -> Double? {
    switch args.value(name) {
    case .null: return nil
    case .int(let x): return Double(x)
    case .float(let x): return x
    case .object(let quantity as QuantityValue):
      guard let unit else {
        throw args.error(
          .noUnit, CleaningMessages.boundWithoutColumnUnit(quantity.unit), at: name,
          help: CleaningMessages.boundWithoutColumnUnitHelp)
      }
      do throws(UnitProblem) {
        return try quantity.unit.converter(to: unit)(quantity.value)
      } catch {
        throw args.error(code(error), error.message, at: name, help: error.help)
      }
    case let other:
      throw args.error(
        .argumentType, CleaningMessages.notNumberOrQuantity(name, other.typeName), at: name)
    }
  }

  /// A record of name -> unit text as units, or errors located at `parameter`; empty for nil.
  static func units(_ args: Arguments, _ parameter: String) throws -> [String: PhysicalUnit] {
    guard !args.isNull(parameter) else { return [:] }
    let record = try args.record(parameter)
    var result: [String: PhysicalUnit] = [:]
    for (name, value) in zip(record.keys, record.values) {
      guard case .string(let text) = value else {
        throw args.error(.argumentType, CleaningMessages.unitsNotStrings(parameter), at: parameter)
      }
      result[name] = try unit(text, args, at: parameter)
    }
    return result
  }

  /// The unit a text names, or an error located at `parameter`.
  static func unit(_ text: String, _ args: Arguments, at parameter: String) throws -> PhysicalUnit {
    do throws(UnitProblem) {
      return try UnitParser.parse(text)
    } catch {
      throw args.error(code(error), error.message, at: parameter, help: error.help)
    }
  }

  /// The located error for a failed conversion.
  static func failure(
    _ problem: Column.ConversionProblem, _ args: Arguments, at parameter: String,
    context: String = ""
  ) -> Error {
    switch problem {
    case .noUnit:
      return args.error(
        .noUnit, context + CleaningMessages.noUnit, at: "column", help: CleaningMessages.noUnitHelp)
    case .notNumeric:
      return args.error(.notNumeric, context + CleaningMessages.notNumericConversion, at: "column")
    case .unit(let unitProblem):
      return args.error(
        code(unitProblem), context + unitProblem.message, at: parameter, help: unitProblem.help)
    }
  }

  /// The id of a unit problem: a unit awish cannot read, or units that do not convert.
  static func code(_ problem: UnitProblem) -> ErrorCode {
    switch problem {
    case .unknown, .tooLarge: return .unknownUnit
    case .incompatible, .offsetArithmetic, .differenceVersusAbsolute: return .unitMismatch
    }
  }
}
