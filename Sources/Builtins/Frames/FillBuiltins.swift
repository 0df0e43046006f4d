import Interpreter
import Tensor

extension Builtins {
  static let filling: [Builtin] = [
    Builtin(
      "fill_na", area: .frames, summary: "Fills the missing values of a frame or column.",
      parameters: [
        Parameter("data", .oneOf([.frame, .column]), "A frame or column."),
        Parameter(
          "value", .any(because: "the fill value is of the column's own kind"),
          "The value to put in every missing place.", default: .null),
        Parameter(
          "method", .optional(.choice(MissingFill.Method.allCases.map(\.rawValue))),
          "\"forward\" or \"backward\" carry the previous or next value; \"mean\" or "
            + "\"median\" puts the column's; \"linear\" interpolates between valid neighbours.",
          default: .null),
        Parameter(
          "columns", .record,
          "Per column, by name: a value, or a method for a numeric column (sex=\"unknown\", "
            + "mass=\"median\").",
          keywords: true),
      ],
      returns: .oneOf([.frame, .column]),
      details: "Give a value or a method, or per column `name=value` (pandas' "
        + "fillna({...})). On a frame, a value fills every column whose type it fits; "
        + "\"forward\" and \"backward\" fill every column; \"mean\", \"median\" and "
        + "\"linear\" fill the numeric columns and make them float. Per column, \"forward\" "
        + "and \"backward\" carry values in any column, \"mean\", \"median\" and \"linear\" "
        + "fill a numeric column by that method, and any other value is the filler. "
        + "\"linear\" is pandas' interpolate(): missing values before the first value stay "
        + "missing, those after the last take it.",
      examples: [
        Example("fill_na(column([1, nil, 3]), method=\"linear\")[1]", "2.0"),
        Example("fill_na(column([nil, 2]), method=\"backward\")[0]", "2"),
        Example("fill_na(frame(a=[1, nil]), value=0).a[1]", "0"),
        Example(
          "d = fill_na(frame(sex=[\"f\", nil], mass=[3.0, nil]), sex=\"?\", mass=\"median\")\n"
            + "[d.sex[1], d.mass[1]]", "[\"?\", 3.0]"),
      ]
    ) { args in
      let perColumn = try args.record("columns")
      if !perColumn.keys.isEmpty { return try Filling.perColumn(args, perColumn) }
      let isValue = !args.isNull("value")
      guard isValue != !args.isNull("method") else { throw args.error(FrameMessages.fillNeedsOne) }
      let value = args.value("value")
      let method = isValue ? nil : MissingFill.Method(rawValue: try args.string("method"))
      switch args.value("data") {
      case .object(let column as ColumnValue):
        return .column(try Filling.column(column.column, value, method, args, strict: true))
      case .object(let frame as FrameValue):
        var result = frame.frame
        for column in frame.frame.columns {
          try result.set(try Filling.column(column, value, method, args, strict: false))
        }
        return .frame(result)
      default: throw args.kindError("data")
      }
    }
  ]
}

/// fill_na() on one column.
enum Filling {
  /// `fill_na(df, name=value, …)`: each named column filled with its value, or by the method
  /// its text names when the column is numeric.
  static func perColumn(_ args: Arguments, _ fills: RecordObject) throws -> Value {
    guard args.isNull("value"), args.isNull("method") else {
      throw args.error(FrameMessages.fillNeedsOne)
    }
    guard case .object(let frame as FrameValue) = args.value("data") else {
      throw args.typeError("data", FrameMessages.expectedFillFrame)
    }
    var result = frame.frame
    for (name, value) in zip(fills.keys, fills.values) {
      guard let column = frame.frame.column(named: name) else {
        throw args.error(
          .noColumn, FrameMessages.noColumn(name, frame.frame.columnCount), at: "columns")
      }
      var method: MissingFill.Method?
      if case .string(let text) = value, let named = MissingFill.Method(rawValue: text),
        column.type == .int || column.type == .float || !named.isNumeric
      {
        method = named
      }
      try result.set(try Filling.column(column, value, method, args, strict: true))
    }
    return .frame(result)
  }

  /// The column filled by `method`, or else with `value`. With `strict`, a value or method
  /// that does not fit the column is an error; without, the column is left as it is.
  static func column(
    _ column: Column, _ value: Value, _ method: MissingFill.Method?, _ args: Arguments,
    strict: Bool
  ) throws -> Column {
    guard column.validity != nil else { return column }
    if let method {
      if let filled = MissingFill.filled(column, method: method) { return filled }
      guard strict else { return column }
      throw args.error(.notNumeric, FrameMessages.notNumeric(column.name, column.type), at: "data")
    }
    if let filled = withValue(column, value) { return filled }
    guard strict else { return column }
    throw args.error(FrameMessages.valueDoesNotFit(value.repr, column.type), at: "value")
  }

  /// Missing places given `value`; nil when the value does not fit the column's type (an int
  /// column takes a float by becoming float).
  static func withValue(_ column: Column, _ value: Value) -> Column? {
    guard let validity = column.validity else { return column }
    var value = value
    // A quantity fills in the column's unit.
    if case .object(let quantity as QuantityValue) = value {
      guard let unit = column.physicalUnit, let converter = try? quantity.unit.converter(to: unit)
      else { return nil }
      value = .float(converter(quantity.value))
    }
    switch (column.storage, value) {
    case (.int, .float), (.float, .int), (.float, .float), (.int, .int), (.bool, .bool),
      (.string, .string):
      break
    default: return nil
    }
    // Stacking with the one filler value widens an int column meeting a float.
    let target = Column(name: column.name, storage: column.storage, unit: column.unit)
    guard let single = ValueConversion.column([value], name: column.name) else { return nil }
    let filler = (try? Column.concatenating([.column(target), .column(single)], name: column.name))
    guard let stacked = filler else { return nil }
    let count = column.count
    return stacked.gathering((0..<count).map { validity.isValid($0) ? $0 : count })
  }
}
