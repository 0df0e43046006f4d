import Interpreter
import Tensor

extension Builtins {
  static let casting: [Builtin] = [
    Builtin(
      "astype", area: .frames, summary: "A column or tensor converted to another type.",
      parameters: [
        Parameter("column", .oneOf([.column, .tensor]), "The column, or a tensor."),
        Parameter(
          "type", .choice(["float", "int", "string", "bool", "float64", "float32"]),
          "The new type; a tensor takes float64 (or float) and float32."),
      ],
      returns: .oneOf([.column, .tensor]),
      details: "Missing values stay missing. To int: floats must be whole numbers and strings "
        + "must read as ints. To float: strings must read as numbers. To bool: numbers are "
        + "true when not zero, strings must be \"true\" or \"false\". To string: values as "
        + "str() writes them. A value that does not convert is an error naming its row. "
        + "Columns hold float64 (\"float64\" is \"float\"). A tensor converts to float32 "
        + "(half the memory, rounded to nearest as numpy's astype) and back to float64.",
      examples: [
        Example("astype(column([1.0, nil, 3.0]), \"int\")[2]", "3"),
        Example("astype(column([\"2.5\"]), \"float\")[0]", "2.5"),
        Example("astype(column([1, 0]), \"string\")[0]", "\"1\""),
        Example("astype(tensor([0.1, 2]), \"float32\").dtype", "\"float32\""),
      ]
    ) { args in
      if let tensor = try TensorArguments.converted(args, "column", to: "type") {
        return .object(TensorValue(tensor))
      }
      let column = try args.column("column")
      let typeName = try args.string("type")
      guard typeName != "float32" else {
        throw args.error(
          FrameMessages.columnsHoldFloat64, at: "type", help: FrameMessages.float32IsForTensors)
      }
      let type = ColumnType(rawValue: typeName) ?? (typeName == "float64" ? .float : .string)
      do throws(ColumnCasting.Failure) {
        return .column(try ColumnCasting.cast(column, to: type))
      } catch {
        throw args.error(
          FrameMessages.cannotConvert(error.value, error.row, typeName), at: "column",
          help: type == .int ? FrameMessages.cannotConvertToIntHelp : nil)
      }
    }
  ]
}
