import Interpreter
import Tensor

extension Builtins {
  static let across: [Builtin] = [
    Builtin(
      "across", area: .frames, summary: "Applies a function to each of several columns.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter(
          "columns", .oneOf([.string, .listOf(.string)]),
          "The names of the columns to change (a list or one name)."),
        Parameter("function", .function, "A function of one column that gives a column."),
      ],
      returns: .frame,
      details: "Each named column is replaced by function(column), which must give a column "
        + "(or list) of the same length; it keeps the column's name. The other columns are "
        + "left as they are, as pandas' df[cols] = df[cols].apply(function).",
      examples: [
        Example("(frame(a=[1, 2], b=[3, 4]) |> across([\"a\", \"b\"], c -> c * 10)).b[1]", "40")
      ]
    ) { args in
      var frame = try args.frame("frame")
      let names: [String]
      if case .string(let name) = args.value("columns") {
        guard frame.column(named: name) != nil else {
          throw args.error(
            .noColumn, FrameMessages.noColumn(name, frame.columnCount), at: "columns")
        }
        names = [name]
      } else {
        names = try args.columnNames("columns", in: frame)
      }
      let function = args.value("function")
      for name in names {
        guard let column = frame.column(named: name) else { continue }
        let result = try args.call(function, [.column(column)])
        var changed = try AcrossResult.column(result, like: column, args)
        changed.name = name
        try frame.set(changed)
      }
      return .frame(frame)
    }
  ]
}

/// Checking what across()'s function gave.
enum AcrossResult {
  /// The result as a column as long as `column`.
  static func column(_ value: Value, like column: Column, _ args: Arguments) throws -> Column {
    let result: Column?
    switch value {
    case .object(let object as ColumnValue): result = object.column
    case .list(let list): result = ValueConversion.column(list.items, name: column.name)
    default: result = nil
    }
    guard let result, result.count == column.count else {
      throw args.error(FrameMessages.notColumnResult(column.name, value.typeName), at: "function")
    }
    return result
  }
}
