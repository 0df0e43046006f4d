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

/// to_unit(): the unit lookups, the dimension check and the conversion of a column.
enum UnitConversion {
  static func convert(_ args: Arguments) throws -> Value {
    let column = try args.column("column")
    guard let from = column.unit else {
      throw args.error(
        "the column has no unit", at: "column",
        help: "give it one with set_unit(col, \"°C\") or clean_names()")
    }
    let targetText = try args.string("unit")
    guard let source = UnitRegistry.unit(from) else {
      throw args.error("unknown unit '\(from)'", at: "column")
    }
    guard let target = UnitRegistry.unit(targetText) else {
      throw args.error("unknown unit '\(targetText)'", at: "unit")
    }
    let convert: (Double) -> Double
    do throws(PhysicalUnit.Problem) {
      convert = try source.converter(to: target)
    } catch {
      throw args.error(
        "cannot convert \(from) to \(targetText): \(source.dimension.rawValue) is not "
          + target.dimension.rawValue, at: "unit")
    }
    guard let values = Reduce.floats(column) else {
      throw args.error("only numeric columns convert", at: "column")
    }
    return .column(
      Column(
        name: column.name, storage: .float(values.map(convert)),
        validity: column.validity, unit: targetText))
  }
}
