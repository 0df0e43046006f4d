import Interpreter
import Tensor

extension Builtins {
  static let casting: [Builtin] = [
    Builtin(
      "astype", area: "frames", summary: "A column converted to another type.",
      parameters: [
        Parameter("column", .any, "The column."),
        Parameter("type", .choice(["float", "int", "string", "bool"]), "The new type."),
      ],
      returns: "column",
      details: "Missing values stay missing. To int: floats must be whole numbers and strings "
        + "must read as ints. To float: strings must read as numbers. To bool: numbers are "
        + "true when not zero, strings must be \"true\" or \"false\". To string: values as "
        + "str() writes them. A value that does not convert is an error naming its row.",
      examples: [
        Example("astype(column([1.0, nil, 3.0]), \"int\")[2]", "3"),
        Example("astype(column([\"2.5\"]), \"float\")[0]", "2.5"),
        Example("astype(column([1, 0]), \"string\")[0]", "\"1\""),
      ]
    ) { args in
      let column = try args.column("column")
      let typeName = try args.string("type")
      let type = ColumnType(rawValue: typeName) ?? .string
      do throws(ColumnCasting.Failure) {
        return .column(try ColumnCasting.cast(column, to: type))
      } catch {
        throw args.error(
          VerbMessages.cannotConvert(error.value, error.row, typeName), at: "column",
          help: type == .int ? "round the values first, or convert to float" : nil)
      }
    }
  ]
}
