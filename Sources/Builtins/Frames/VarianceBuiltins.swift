import Interpreter
import Tensor

extension Builtins {
  static let variance: [Builtin] = [
    Builtin(
      "var", area: .frames, summary: "The sample variance (ddof=1, as pandas).",
      parameters: [
        Parameter("values", .sequence, "A column or a list of numbers."),
        Parameter("ddof", .int, "Delta degrees of freedom; 0 for numpy's.", default: .int(1)),
      ],
      returns: .oneOf([.float, .quantity]),
      details: "Missing values in a column are skipped. The unit is the square of the "
        + "column's (of its difference for a temperature: Δ°C2).",
      examples: [
        Example("var([2, 4, 4, 4, 5, 5, 7, 9])", "4.571428571428571"),
        Example("unit(var(column([1.0, 3.0], unit=\"m\")))", "\"m2\""),
      ]
    ) { args in
      let values = try Statistics.numbers(args, "values", for: "var")
      guard let result = Reduce.variance(values, ddof: try args.int("ddof")) else { return .null }
      guard case .object(let column as ColumnValue) = args.value("values"),
        let unit = column.column.physicalUnit
      else { return .float(result) }
      do throws(UnitProblem) {
        return .object(QuantityValue(result, try unit.asDifference.raised(to: 2)))
      } catch {
        throw args.error(error.message, at: "values")
      }
    }
  ]
}
