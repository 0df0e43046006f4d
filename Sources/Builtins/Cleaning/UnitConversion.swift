import Interpreter
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
        throw args.error(error.message, at: "unit", help: error.help)
      }
    }
    let column = try args.column("column")
    do throws(Column.ConversionProblem) {
      return .column(try column.converted(to: target))
    } catch {
      throw failure(error, args, at: "unit")
    }
  }

  /// The unit a text names, or an error located at `parameter`.
  static func unit(_ text: String, _ args: Arguments, at parameter: String) throws -> PhysicalUnit {
    do throws(UnitProblem) {
      return try UnitParser.parse(text)
    } catch {
      throw args.error(error.message, at: parameter, help: error.help)
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
        context + "the column has no unit", at: "column",
        help: "give it one with set_unit(col, \"°C\") or clean_names()")
    case .notNumeric: return args.error(context + "only numeric columns convert", at: "column")
    case .unit(let unitProblem):
      return args.error(context + unitProblem.message, at: parameter, help: unitProblem.help)
    }
  }
}
