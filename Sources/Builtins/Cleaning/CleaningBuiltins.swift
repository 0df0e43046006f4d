import Interpreter
import Tensor

extension Builtins {
  static let cleaning: [Builtin] = [
    Builtin(
      "clean_names", area: "cleaning",
      summary: "Tidy column names: snake_case ASCII, units moved out of the names.",
      parameters: [Parameter("frame", .any, "The frame.")],
      returns: "frame",
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
        column.unit = split[index].unit ?? column.unit
        columns.append(column)
      }
      return .frame(try Frame(columns: columns, metadata: frame.metadata))
    },
    Builtin(
      "unit", area: "cleaning", summary: "The unit of a column, or nil.",
      parameters: [Parameter("column", .any, "The column.")],
      returns: "string or nil",
      examples: [Example("unit(column([1.5], unit=\"dbar\"))", "\"dbar\"")]
    ) { args in try args.column("column").unit.map { .string($0) } ?? .null },
    Builtin(
      "set_unit", area: "cleaning", summary: "The column with its unit set (not converted).",
      parameters: [
        Parameter("column", .any, "The column."),
        Parameter("unit", .optional(.string), "The unit; nil removes it."),
      ],
      returns: "column",
      examples: [Example("unit(set_unit(column([1]), \"m\"))", "\"m\"")]
    ) { args in
      var column = try args.column("column")
      column.unit = args.isNull("unit") ? nil : try args.string("unit")
      return .column(column)
    },
    Builtin(
      "to_unit", area: "cleaning", summary: "The column converted to another unit.",
      parameters: [
        Parameter("column", .any, "A column with a unit."),
        Parameter("unit", .string, "The target unit, like \"K\", \"m\" or \"kn\"."),
      ],
      returns: "column",
      details: "Temperature (°C, K, °F), length and depth (m, cm, mm, km, ft, nmi), pressure "
        + "(dbar, bar, hPa, Pa, kPa, atm), speed (m/s, cm/s, kn, km/h), concentrations "
        + "(µmol/kg, µmol/l, mg/l, ml/l), time spans (s, min, h, d), angles, frequency (Hz, "
        + "kHz). Converting between dimensions (m to °C) is an error; so is µmol/kg to ml/l, "
        + "which needs the water's density.",
      examples: [Example("to_unit(column([0.0], unit=\"°C\"), \"K\")[0]", "273.15")]
    ) { args in try UnitConversion.convert(args) },
  ]
}

/// to_unit(): reading the target unit and converting the column, with the errors users see.
enum UnitConversion {
  static func convert(_ args: Arguments) throws -> Value {
    let column = try args.column("column")
    let target = try unit(try args.string("unit"), args, at: "unit")
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
