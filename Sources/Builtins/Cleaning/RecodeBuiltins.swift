import Interpreter
import Tensor

extension Builtins {
  static let recoding: [Builtin] = [
    Builtin(
      "recode", area: "cleaning", summary: "Replaces a column's values by a mapping.",
      parameters: [
        Parameter("column", .any, "The column."),
        Parameter("mapping", .record, "old=new pairs, as {\"old\": new, …}."),
      ],
      returns: "column",
      details: "As pandas' replace({old: new}) on a column (named recode because replace() "
        + "works on strings). Record keys are text, so a value matches the key that reads as "
        + "it prints: \"1\" for 1, \"2.5\" for 2.5, \"true\". Values not in the mapping are "
        + "kept; missing stays missing. The result's type is the widest of its values; a new "
        + "value may be nil.",
      examples: [
        Example(
          "list(recode(column([\"good\", \"bad\", \"good\"]), {good: 1, bad: 4}))", "[1, 4, 1]")
      ]
    ) { args in
      let column = try args.column("column")
      let mapping = try args.record("mapping")
      let lookup = Dictionary(
        zip(mapping.keys, mapping.values), uniquingKeysWith: { _, last in last })
      let values = (0..<column.count).map { row -> Value in
        let value = ValueConversion.value(column, row: row)
        if case .null = value { return value }
        let key: String
        if case .string(let text) = value { key = text } else { key = value.repr }
        return lookup[key] ?? value
      }
      guard var result = ValueConversion.column(values, name: column.name) else {
        throw args.error(
          "the recoded values mix types that no column holds", at: "mapping",
          help: "map every value, or map to values of the column's type")
      }
      result.unit = column.unit
      return .column(result)
    }
  ]
}
