import Interpreter
import Tensor

extension Builtins {
  static let cleaning: [Builtin] = [
    Builtin(
      "clean_names", area: .cleaning,
      summary: "Tidy column names: snake_case ASCII, units moved out of the names.",
      parameters: [Parameter("frame", .frame, "The frame.")],
      returns: .frame,
      details: "`Temp [°C]` becomes `temp` with unit °C (also `Depth (m)`); ° becomes deg and "
        + "µ becomes u; repeated names get _2, _3.",
      examples: [
        Example(
          "names(clean_names(frame({\"Temp [°C]\": [1], \"Depth water (m)\": [2]})))",
          "[\"temp\", \"depth_water\"]")
      ]
    ) { args in
      let frame = try args.frame("frame")
      let split = frame.names.map(ColumnNaming.splitUnit)
      let names = ColumnNaming.deduplicated(split.map { ColumnNaming.snakeCase($0.name) })
      var columns: [Column] = []
      for (index, var column) in frame.columns.enumerated() {
        column.name = names[index]
        column.unit = ColumnNaming.headerUnit(frame.names[index]) ?? column.unit
        columns.append(column)
      }
      return .frame(try Frame(columns: columns, metadata: frame.metadata))
    }
  ]
}
