import Interpreter
import Tensor

extension Builtins {
  static let units: [Builtin] = [
    Builtin(
      "unit", area: .cleaning, summary: "The unit of a column or quantity, or nil.",
      parameters: [Parameter("column", .oneOf([.column, .quantity]), "The column or quantity.")],
      returns: .optional(.string),
      examples: [
        Example("unit(column([1.5], unit=\"dbar\"))", "\"dbar\""),
        Example("unit(quantity(3, \"m\") / quantity(2, \"s\"))", "\"m/s\""),
      ]
    ) { args in
      if case .object(let quantity as QuantityValue) = args.value("column") {
        return .string(quantity.unit.symbol)
      }
      return try args.column("column").unit.map { .string($0) } ?? .null
    },
    Builtin(
      "set_unit", area: .cleaning, summary: "The column with its unit set (not converted).",
      parameters: [
        Parameter("column", .column, "The column."),
        Parameter("unit", .optional(.string), "The unit; nil removes it."),
      ],
      returns: .column,
      examples: [Example("unit(set_unit(column([1]), \"m\"))", "\"m\"")]
    ) { args in
      var column = try args.column("column")
      column.unit = args.isNull("unit") ? nil : try args.string("unit")
      return .column(column)
    },
    Builtin(
      "to_unit", area: .cleaning, summary: "The column or quantity converted to another unit.",
      parameters: [
        Parameter("column", .oneOf([.column, .quantity]), "A column or quantity with a unit."),
        Parameter("unit", .string, "The target unit, like \"K\", \"m\" or \"kn\"."),
      ],
      returns: .column,
      details: "Any unit UDUNITS-2 reads converts to any other of the same dimension "
        + "(docs/units.md lists the spellings): °C, K, °F; m, km, nm (nanometre), nmi "
        + "(nautical mile); dbar, hPa; m/s, kn; µmol/kg, µmol/l, µM; mS/cm, S/m; %, ‰, ppm. "
        + "Converting between dimensions (m to °C) is an error; so is µmol/kg to µmol/l, "
        + "which needs the water's density, and psu to g/kg, which needs TEOS-10. A "
        + "temperature difference (Δ°C) converts as a difference (1 Δ°C is 1 K).",
      examples: [Example("to_unit(column([0.0], unit=\"°C\"), \"K\")[0]", "273.15")]
    ) { args in try UnitConversion.convert(args) },
    Builtin(
      "quantity", area: .cleaning, summary: "A number with a unit.",
      parameters: [
        Parameter("value", .number, "The number."),
        Parameter("unit", .string, "The unit, like \"m\", \"°C\" or \"µmol/kg\"."),
      ],
      returns: .quantity,
      details: "Quantities follow the unit rules of columns (docs/units.md): + - and "
        + "comparisons convert the right side to the left's unit, * and / compose units. "
        + "A reduction of a column with a unit (mean, sum, min, max, median, std) gives one.",
      examples: [
        Example("quantity(3, \"km\") + quantity(500, \"m\")", "3.5 km"),
        Example("quantity(10, \"°C\") == quantity(283.15, \"K\")", "true"),
      ]
    ) { args in
      let unit = try UnitConversion.unit(try args.string("unit"), args, at: "unit")
      return .object(QuantityValue(try args.double("value"), unit))
    },
    Builtin(
      "value", area: .cleaning, summary: "The plain number of a quantity (its unit dropped).",
      parameters: [
        Parameter("quantity", .oneOf([.quantity, .number]), "A quantity, or a plain number.")
      ],
      returns: .float,
      examples: [Example("value(quantity(3, \"m\"))", "3.0")]
    ) { args in
      switch args.value("quantity") {
      case .object(let quantity as QuantityValue): return .float(quantity.value)
      case .int(let x): return .float(Double(x))
      case .float(let x): return .float(x)
      case let other:
        throw args.error(
          .argumentType, CleaningMessages.valueNotQuantity(other.typeName), at: "quantity")
      }
    },
  ]
}
