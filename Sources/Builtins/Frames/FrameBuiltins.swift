import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let frames: [Builtin] = [
    Builtin(
      "column", area: .frames, summary: "A column from a list of values.",
      parameters: [
        Parameter("values", .sequence, "The values; nil marks a missing value."),
        Parameter("name", .string, "The column's name.", default: .string("")),
        Parameter("unit", .optional(.string), "The unit, like \"°C\" or \"dbar\".", default: .null),
      ],
      returns: .column,
      details: "The type is the widest of the values: ints and floats give a float column; "
        + "bools and strings give bool and string columns.",
      examples: [
        Example("len(column([1.5, nil, 3]))", "3"),
        Example("column([1, 2], unit=\"m\").unit", "\"m\""),
      ]
    ) { args in
      guard
        var column = ValueConversion.column(
          try args.elements("values"),
          name: try args.string("name"))
      else { throw args.error(.mixedKinds, FrameMessages.mixedKinds, at: "values") }
      if !args.isNull("unit") { column.unit = try args.string("unit") }
      return .column(column)
    },
    Builtin(
      "frame", area: .frames, summary: "A frame from named columns.",
      parameters: [
        Parameter(
          "data", .optional(.record),
          "Columns as a record, for names that are not identifiers: "
            + "{\"Temp [°C]\": [1.5]}.", default: .null),
        Parameter("columns", .record, "name=values pairs, in order.", keywords: true),
      ],
      returns: .frame,
      details: "Each value is a list, a column, or a single value repeated on every row.",
      examples: [
        Example("nrow(frame(depth=[10, 20, 30], station=\"PS118_1\"))", "3"),
        Example("names(frame({\"Temp [°C]\": [1.5]}))", "[\"Temp [°C]\"]"),
      ]
    ) { args in
      var record = try args.record("columns")
      if !args.isNull("data") {
        let data = try args.record("data")
        record = RecordObject(keys: data.keys + record.keys, values: data.values + record.values)
      }
      let rows =
        record.values.compactMap { value -> Int? in
          switch value {
          case .list(let list): return list.items.count
          case .range(let range): return range.count
          case .object(let column as ColumnValue): return column.column.count
          default: return nil
          }
        }.first ?? 1
      var columns: [Column] = []
      for (name, value) in zip(record.keys, record.values) {
        var column = try FrameValue.column(from: value, name: name, rows: rows)
        column.name = name
        columns.append(column)
      }
      do throws(Frame.Problem) {
        return .frame(try Frame(columns: columns))
      } catch {
        throw args.error(error.code, error.message, at: "columns")
      }
    },
    Builtin(
      "nrow", area: .frames, summary: "The number of rows of a frame.",
      parameters: [Parameter("frame", .frame, "The frame.")], returns: .int,
      examples: [Example("nrow(frame(a=[1, 2]))", "2")]
    ) { args in .int(try args.frame("frame").rowCount) },
    Builtin(
      "ncol", area: .frames, summary: "The number of columns of a frame.",
      parameters: [Parameter("frame", .frame, "The frame.")], returns: .int,
      examples: [Example("ncol(frame(a=[1], b=[2]))", "2")]
    ) { args in .int(try args.frame("frame").columnCount) },
    Builtin(
      "names", area: .frames, summary: "The column names of a frame, in order.",
      parameters: [Parameter("frame", .frame, "The frame.")], returns: .listOf(.string),
      examples: [Example("names(frame(a=[1], b=[2]))", "[\"a\", \"b\"]")]
    ) { args in .list(ListObject(try args.frame("frame").names.map { .string($0) })) },
    Builtin(
      "head", area: .frames, summary: "The first rows of a frame or column.",
      parameters: [
        Parameter("data", .oneOf([.frame, .column, .list]), "A frame or column."),
        Parameter("n", .int, "How many rows.", default: .int(5)),
      ],
      returns: .oneOf([.frame, .column, .list]),
      examples: [Example("nrow(head(frame(a=1..10), 3))", "3")]
    ) { args in try RowPicking.ends(args, fromStart: true) },
    Builtin(
      "tail", area: .frames, summary: "The last rows of a frame or column.",
      parameters: [
        Parameter("data", .oneOf([.frame, .column, .list]), "A frame or column."),
        Parameter("n", .int, "How many rows.", default: .int(5)),
      ],
      returns: .oneOf([.frame, .column, .list]),
      examples: [Example("tail(frame(a=1..10), 2).a[0]", "9")]
    ) { args in try RowPicking.ends(args, fromStart: false) },
    Builtin(
      "select", area: .frames,
      summary: "Columns of a frame: by name (in the order given), by type, or by pattern.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("names", .oneOf([.string, .listOf(.string)]), "Column names.", variadic: true),
        Parameter(
          "type", .optional(.choice(["float", "int", "bool", "string", "time", "number"])),
          "Also every column of this type (\"number\": float or int).", default: .null),
        Parameter(
          "matching", .optional(.string),
          "Also every column whose name matches this regular expression.", default: .null),
        Parameter(
          "between", .optional(.listOf(.string)),
          "Also the columns from the first name to the second, in frame order: [\"a\", \"c\"].",
          default: .null),
      ],
      returns: .frame,
      details: "Named columns come first in the order given, then the other selected columns "
        + "in frame order, each once.",
      examples: [
        Example("names(select(frame(a=[1], b=[2], c=[3]), \"c\", \"a\"))", "[\"c\", \"a\"]"),
        Example(
          "names(select(frame(t=[1.5], n=[2], s=[\"x\"]), type=\"number\"))", "[\"t\", \"n\"]"),
        Example(
          "names(select(frame(temp_a=[1], temp_b=[2], s=[3]), matching=\"^temp\"))",
          "[\"temp_a\", \"temp_b\"]"),
      ]
    ) { args in
      let frame = try args.frame("frame")
      var names = try ColumnNames.flatten(args, "names", in: frame)
      let span = try ColumnSelection.between(args, frame)
      for (position, column) in frame.columns.enumerated()
      where try span.contains(position) || ColumnSelection.matches(column, args) {
        if !names.contains(column.name) { names.append(column.name) }
      }
      return frame.selecting(names).map(Value.frame) ?? .null
    },
    Builtin(
      "drop", area: .frames, summary: "A frame without the named columns.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("names", .oneOf([.string, .listOf(.string)]), "Column names.", variadic: true),
      ],
      returns: .frame,
      examples: [Example("names(drop(frame(a=[1], b=[2]), \"a\"))", "[\"b\"]")]
    ) { args in
      let frame = try args.frame("frame")
      return .frame(frame.dropping(Set(try ColumnNames.flatten(args, "names", in: frame))))
    },
    Builtin(
      "rename", area: .frames, summary: "Renames columns: rename(df, old=\"new\").",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("names", .record, "old=\"new\" pairs.", keywords: true),
      ],
      returns: .frame,
      examples: [Example("names(rename(frame(t=[1]), t=\"temp\"))", "[\"temp\"]")]
    ) { args in
      var frame = try args.frame("frame")
      let record = try args.record("names")
      for (old, new) in zip(record.keys, record.values) {
        guard case .string(let newName) = new else {
          throw args.error(.argumentType, FrameMessages.newNameNotString(old), at: "names")
        }
        guard frame.rename(old, to: newName) else {
          throw args.error(
            frame.column(named: old) == nil
              ? FrameMessages.noColumn(old, frame.columnCount)
              : Frame.Problem.duplicateName(newName).message, at: "names")
        }
      }
      return .frame(frame)
    },
    Builtin(
      "where", area: .frames, summary: "The rows of a frame where a condition holds.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("condition", .column, "A bool column, e.g. .depth > 10."),
      ],
      returns: .frame,
      details: "Rows where the condition is missing are dropped, as pandas does.",
      examples: [Example("nrow(frame(d=[5, 15, 25]) |> where(.d > 10))", "2")]
    ) { args in
      let frame = try args.frame("frame")
      let mask = try args.column("condition")
      return .frame(frame.gathering(try Masks.rows(mask, count: frame.rowCount)))
    },
    Builtin(
      "mutate", area: .frames, summary: "A frame with new or replaced columns.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("columns", .record, "name=value pairs.", keywords: true),
      ],
      returns: .frame,
      examples: [Example("(frame(t=[1.5]) |> mutate(k=.t + 273.15)).k[0]", "274.65")]
    ) { args in
      let result = FrameValue(try args.frame("frame"))
      let record = try args.record("columns")
      for (name, value) in zip(record.keys, record.values) {
        try result.setColumn(name, value)
      }
      return .object(result)
    },
    Builtin(
      "drop_na", area: .frames, summary: "The rows of a frame that have no missing value.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter(
          "columns", .optional(.listOf(.string)), "Only these columns are checked.",
          default: .null),
        Parameter(
          "how", .choice(["any", "all"]),
          "Drop a row when any checked value is missing, or only when all are.",
          default: .string("any")),
      ],
      returns: .frame,
      examples: [
        Example("nrow(frame(a=[1, nil, 3]) |> drop_na())", "2"),
        Example("nrow(frame(a=[1, nil, nil], b=[1, 2, nil]) |> drop_na(how=\"all\"))", "2"),
      ]
    ) { args in
      let frame = try args.frame("frame")
      let names = args.isNull("columns") ? frame.names : try args.columnNames("columns", in: frame)
      let checked = names.compactMap(frame.column(named:))
      let combined: Bitmap?
      if try args.string("how") == "all", let first = checked.first {
        // A row goes only when every checked value is missing: keep where any is valid.
        combined = checked.dropFirst().reduce(first.validity ?? Bitmap(count: frame.rowCount)) {
          Bitmap.or($0, $1.validity ?? Bitmap(count: frame.rowCount))
        }
      } else {
        combined = checked.reduce(nil, { Bitmap.and($0, $1.validity) })
      }
      guard let valid = combined else {
        return .frame(frame)
      }
      return .frame(frame.gathering(valid.validPositions))
    },
    Builtin(
      "rows", area: .frames, summary: "The rows of a frame as a list of records.",
      parameters: [Parameter("frame", .frame, "The frame.")], returns: .listOf(.record),
      examples: [Example("rows(frame(a=[1, 2]))[1].a", "2")]
    ) { args in
      let value = FrameValue(try args.frame("frame"))
      return .list(ListObject(try value.elements() ?? []))
    },
    Builtin(
      "show", area: .frames, summary: "Prints a frame or column, all rows and columns on request.",
      parameters: [
        Parameter(
          "data",
          .any(because: "show prints frames and columns in full, any other value as print does"),
          "A frame, column or any value."),
        Parameter("all", .bool, "Print every row and column.", default: .bool(false)),
      ],
      returns: .nothing,
      examples: [Example("show(frame(a=[1]))", "nil")]
    ) { args in
      if case .object = args.value("data"), args.showRichly(args.value("data")) { return .null }
      switch args.value("data") {
      case .object(let frame as FrameValue):
        args.write(FrameDisplay.frame(frame.frame, width: 100, all: try args.bool("all")))
      case .object(let object): args.write(object.display(width: 100) + "\n")
      case let value: args.write(value.repr + "\n")
      }
      return .null
    },
  ]
}

/// select()'s `type=`, `matching=` and `between=`.
enum ColumnSelection {
  /// The positions from the first to the second named column (either order); empty when
  /// `between` is nil.
  static func between(_ args: Arguments, _ frame: Frame) throws -> Range<Int> {
    guard !args.isNull("between") else { return 0..<0 }
    let names = try args.columnNames("between", in: frame)
    guard names.count == 2, let a = frame.position(of: names[0]),
      let b = frame.position(of: names[1])
    else {
      throw args.error(FrameMessages.betweenTakesTwo, at: "between")
    }
    return min(a, b)..<(max(a, b) + 1)
  }

  static func matches(_ column: Column, _ args: Arguments) throws -> Bool {
    if !args.isNull("type") {
      let type = try args.string("type")
      let isNumber = column.type == .float || column.type == .int
      if type == column.type.rawValue || (type == "number" && isNumber) { return true }
    }
    if !args.isNull("matching") {
      let pattern = try args.string("matching")
      guard let regex = try? NSRegularExpression(pattern: pattern) else {
        throw args.error(FrameMessages.badRegex(pattern), at: "matching")
      }
      let range = NSRange(column.name.startIndex..., in: column.name)
      if regex.firstMatch(in: column.name, range: range) != nil { return true }
    }
    return false
  }
}

/// head() and tail().
enum RowPicking {
  static func ends(_ args: Arguments, fromStart: Bool) throws -> Value {
    let n = max(0, try args.int("n"))
    switch args.value("data") {
    case .object(let frame as FrameValue):
      return .frame(frame.frame.gathering(positions(frame.frame.rowCount, n, fromStart)))
    case .object(let column as ColumnValue):
      return .column(column.column.gathering(positions(column.column.count, n, fromStart)))
    case .list(let list):
      return .list(ListObject(positions(list.items.count, n, fromStart).map { list.items[$0] }))
    default: throw args.kindError("data")
    }
  }

  static func positions(_ count: Int, _ n: Int, _ fromStart: Bool) -> [Int] {
    fromStart ? Array(0..<min(n, count)) : Array(max(0, count - n)..<count)
  }
}

/// Column names given as several strings and/or lists of strings.
enum ColumnNames {
  static func flatten(_ args: Arguments, _ name: String, in frame: Frame) throws -> [String] {
    var names: [String] = []
    for item in try args.list(name) {
      let group: [Value] = if case .list(let list) = item { list.items } else { [item] }
      for entry in group {
        guard case .string(let text) = entry else {
          throw args.kindError(name)
        }
        guard frame.column(named: text) != nil else {
          throw args.error(.noColumn, FrameMessages.noColumn(text, frame.columnCount), at: name)
        }
        names.append(text)
      }
    }
    return names
  }
}
