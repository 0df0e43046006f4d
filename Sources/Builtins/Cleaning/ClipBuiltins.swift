import Interpreter
import Tensor

extension Builtins {
  static let clipping: [Builtin] = [
    Builtin(
      "clip", area: "cleaning", summary: "Limits a numeric column's values to a range.",
      parameters: [
        Parameter("column", .any, "An int or float column."),
        Parameter(
          "lower", .any, "The smallest value kept (a number or quantity); nil for none.",
          default: .null),
        Parameter(
          "upper", .any, "The largest value kept (a number or quantity); nil for none.",
          default: .null),
      ],
      returns: "column",
      details: "As pandas' clip(lower, upper): values below lower become lower, values above "
        + "upper become upper, missing values stay missing. An int column stays int when "
        + "the bounds are whole numbers. Quantity bounds are converted to the column's unit.",
      examples: [Example("list(clip(column([-2, 5, 12]), lower=0, upper=10))", "[0, 5, 10]")]
    ) { args in
      let column = try args.column("column")
      let lower = try UnitConversion.number(args, "lower", in: column.physicalUnit)
      let upper = try UnitConversion.number(args, "upper", in: column.physicalUnit)
      if let lower, let upper, lower > upper {
        throw args.error("the lower bound \(lower) is above the upper bound \(upper)", at: "lower")
      }
      guard let result = Scaling.clipped(column, lower: lower, upper: upper) else {
        throw args.error(VerbMessages.notNumeric(column.name, column.type), at: "column")
      }
      return .column(result)
    }
  ]
}
