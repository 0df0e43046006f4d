import Interpreter
import Tensor

extension Builtins {
  static let recoding: [Builtin] = [
    Builtin(
      "recode", area: .cleaning,
      summary: "Replaces a column's values by a mapping (or several columns of a frame).",
      parameters: [
        Parameter("column", .oneOf([.column, .frame]), "The column, or a frame."),
        Parameter(
          "mapping", .record,
          "old=new pairs, as {\"old\": new, …}; for a frame, column name -> such a record."),
      ],
      returns: .oneOf([.column, .frame]),
      details: "As pandas' replace({old: new}) on a column (named recode because replace() "
        + "works on strings). Record keys are text, so a value matches the key that reads as "
        + "it prints: \"1\" for 1, \"2.5\" for 2.5, \"true\". Values not in the mapping are "
        + "kept; missing stays missing. The result's type is the widest of its values; a new "
        + "value may be nil.",
      examples: [
        Example(
          "list(recode(column([\"good\", \"bad\", \"good\"]), {good: 1, bad: 4}))", "[1, 4, 1]"),
        Example(
          "recode(frame(q=[\"ok\", \"bad\"], n=[1, 2]), {q: {ok: 2, bad: 4}}).q[1]", "4"),
      ]
    ) { args in
      if case .object(let frame as FrameValue) = args.value("column") {
        return try Recoding.frame(frame.frame, try args.record("mapping"), args)
      }
      return .column(
        try Recoding.column(try args.column("column"), try args.record("mapping"), args))
    }
  ]
}

/// recode() on one column, or on the named columns of a frame.
enum Recoding {
  static func frame(_ frame: Frame, _ mappings: RecordObject, _ args: Arguments) throws -> Value {
    var result = frame
    for (name, value) in zip(mappings.keys, mappings.values) {
      guard let column = frame.column(named: name) else {
        throw args.error(.noColumn, FrameMessages.noColumn(name, frame.columnCount), at: "mapping")
      }
      guard case .record(let mapping) = value else {
        throw args.error(.argumentType, CleaningMessages.mappingNotRecord(name), at: "mapping")
      }
      let recoded = try self.column(column, mapping, args)
      // Same name and length as the column it replaces, so setting cannot fail.
      try? result.set(recoded)
    }
    return .frame(result)
  }

  static func column(_ column: Column, _ mapping: RecordObject, _ args: Arguments) throws -> Column
  {
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
        .mixedKinds, CleaningMessages.recodedMixedKinds, at: "mapping",
        help: CleaningMessages.recodedMixedKindsHelp)
    }
    result.unit = column.unit
    return result
  }
}
