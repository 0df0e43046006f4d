import Interpreter
import Lang
import Tensor

extension Builtins {
  static let pivoting: [Builtin] = [
    Builtin(
      "pivot_longer", area: .frames,
      summary: "Stacks columns into a name column and a value column (wide to long).",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("columns", .listOf(.string), "The columns to stack; the others are id columns."),
        Parameter("names_to", .string, "The new column of names.", default: .string("name")),
        Parameter("values_to", .string, "The new column of values.", default: .string("value")),
        Parameter(
          "units", .optional(.string), "The unit of stacked columns that have none.",
          default: .null),
      ],
      returns: .frame,
      details: "Each row gives one row per stacked column, in order (as tidyr's pivot_longer; "
        + "pandas' melt gives the same rows grouped by column). Ints meeting floats become "
        + "floats; other differing types are an error. Values are converted to the first "
        + "stacked column's unit (incompatible units are an error); a column without a unit "
        + "among columns with one is an error unless `units=` gives its unit.",
      examples: [
        Example(
          "pivot_longer(frame(id=[1], a=[2], b=[3]), columns=[\"a\", \"b\"]).name[1]", "\"b\"")
      ]
    ) { args in
      let frame = try args.frame("frame")
      let names = try args.columnNames("columns", in: frame)
      let namesTo = try args.string("names_to")
      let valuesTo = try args.string("values_to")
      let bare =
        args.isNull("units")
        ? nil : try UnitConversion.unit(try args.string("units"), args, at: "units")
      do throws(Pivot.Problem) {
        return .frame(
          try Pivot.longer(
            frame, columns: names, namesTo: namesTo, valuesTo: valuesTo, bareUnit: bare))
      } catch {
        throw args.error(
          PivotArguments.code(error), FrameMessages.pivotProblem(error, names: names.first ?? ""),
          at: "columns")
      }
    },
    Builtin(
      "pivot_wider", area: .frames,
      summary: "Spreads a name column and a value column into columns (long to wide).",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("names_from", .string, "The column whose values name the new columns."),
        Parameter("values_from", .string, "The column whose values fill them."),
        Parameter(
          "agg", .optional(.choice(PivotAggregation.names)),
          "How rows with the same ids and name become one value.", default: .null),
      ],
      returns: .frame,
      details: "The other columns identify rows: one row per distinct combination, in order "
        + "of first appearance, and one new column per distinct name, in order of first "
        + "appearance; missing where a combination has no value. Two rows with the same ids "
        + "and name are an error unless agg= says how to combine them (\"mean\", \"sum\", "
        + "\"median\", \"min\", \"max\", \"count\", \"first\", \"last\"; missing values and NaN "
        + "skipped): then, as pandas' pivot_table, rows and columns are sorted.",
      examples: [
        Example(
          "pivot_wider(frame(id=[1, 1], k=[\"a\", \"b\"], v=[2, 3]), names_from=\"k\", "
            + "values_from=\"v\").b[0]", "3"),
        Example(
          "pivot_wider(frame(id=[1, 1], k=[\"a\", \"a\"], v=[2, 3]), names_from=\"k\", "
            + "values_from=\"v\", agg=\"mean\").a[0]", "2.5"),
      ]
    ) { args in
      var frame = try args.frame("frame")
      let namesFrom = try PivotArguments.columnName(args, "names_from", in: frame)
      let valuesFrom = try PivotArguments.columnName(args, "values_from", in: frame)
      if !args.isNull("agg") {
        frame = try PivotAggregation.aggregated(
          frame, namesFrom: namesFrom, valuesFrom: valuesFrom, agg: try args.string("agg"), args)
      }
      let wide: Frame
      do throws(Pivot.Problem) {
        wide = try Pivot.wider(frame, namesFrom: namesFrom, valuesFrom: valuesFrom) {
          column, row in ValueConversion.value(column, row: row).text
        }
      } catch {
        throw args.error(
          PivotArguments.code(error), FrameMessages.pivotProblem(error, names: namesFrom),
          at: "names_from")
      }
      guard !args.isNull("agg") else { return .frame(wide) }
      return .frame(try PivotAggregation.sortingNames(wide, after: frame.columnCount - 2))
    },
  ]
}

/// pivot_wider(agg=): rows with the same ids and name combined into one, first.
enum PivotAggregation {
  static let names = ["mean", "sum", "median", "min", "max", "count", "first", "last"]

  /// One row per (ids, name) group, sorted as pandas' pivot_table, with the group's
  /// values combined by `agg`.
  static func aggregated(
    _ frame: Frame, namesFrom: String, valuesFrom: String, agg: String, _ args: Arguments
  ) throws -> Frame {
    guard let values = frame.column(named: valuesFrom) else { return frame }
    let keys = frame.names.filter { $0 != valuesFrom }
    let grouping = try Grouping(frame, by: keys)
    let numeric = values.type == .int || values.type == .float
    guard numeric || ["count", "first", "last"].contains(agg) else {
      throw args.error(.notNumeric, FrameMessages.notNumeric(values.name, values.type), at: "agg")
    }
    let combined = grouping.rows.map { rows in combine(values.gathering(rows), agg) }
    guard let column = ValueConversion.column(combined, name: valuesFrom) else {
      throw args.error(.notNumeric, FrameMessages.notNumeric(values.name, values.type), at: "agg")
    }
    var result = grouping.keys
    var withUnit = column
    if agg != "count" { withUnit.unit = values.unit }
    try result.set(withUnit)
    return result
  }

  /// The spread columns (after the first `idCount`) in sorted order of their names, numbers
  /// by value, as pandas' pivot_table orders them.
  static func sortingNames(_ frame: Frame, after idCount: Int) throws -> Frame {
    let ids = Array(frame.columns.prefix(idCount))
    let spread = frame.columns.dropFirst(idCount).sorted { a, b in
      if let x = Double(a.name), let y = Double(b.name) { return x < y }
      return a.name < b.name
    }
    return try Frame(columns: ids + spread)
  }

  /// One group's values combined; nil where nothing is left to combine.
  static func combine(_ column: Column, _ agg: String) -> Value {
    let present = (0..<column.count).filter { !column.isMissing($0) }
    // Int sums, minima and maxima stay exact ints (pandas' rule).
    if case .int(let ints) = column.storage, ["sum", "min", "max"].contains(agg) {
      let valid = present.map { ints[$0] }
      switch agg {
      case "min": return valid.min().map { .int($0) } ?? .null
      case "max": return valid.max().map { .int($0) } ?? .null
      default:
        var total = 0
        for value in valid {
          let (sum, overflow) = total.addingReportingOverflow(value)
          if overflow { return .float(valid.reduce(0) { $0 + Double($1) }) }
          total = sum
        }
        return .int(total)
      }
    }
    switch agg {
    case "count": return .int(present.count)
    case "first": return present.first.map { ValueConversion.value(column, row: $0) } ?? .null
    case "last": return present.last.map { ValueConversion.value(column, row: $0) } ?? .null
    default: break
    }
    let numbers = (Reduce.validFloats(column) ?? []).filter { !$0.isNaN }
    let result: Double?
    switch agg {
    case "sum": result = Reduce.sum(numbers)
    case "median": result = Reduce.median(numbers)
    case "min": result = Reduce.minimum(numbers)
    case "max": result = Reduce.maximum(numbers)
    default: result = Reduce.mean(numbers)
    }
    return result.map { .float($0) } ?? .null
  }
}

/// Reading pivot arguments and choosing the id of a pivot problem.
enum PivotArguments {
  /// The column name bound to a string parameter; it must be in `frame`.
  static func columnName(_ args: Arguments, _ name: String, in frame: Frame) throws -> String {
    let text = try args.string(name)
    guard frame.column(named: text) != nil else {
      throw args.error(.noColumn, FrameMessages.noColumn(text, frame.columnCount), at: name)
    }
    return text
  }

  /// The error id of a pivot problem; repeated (id, name) pairs and missing names are frame
  /// errors.
  static func code(_ problem: Pivot.Problem) -> ErrorCode {
    switch problem {
    case .memory: return .outOfMemory
    case .noColumn: return .noColumn
    case .mixedTypes: return .mixedKinds
    case .units: return .unitMismatch
    case .frame(let problem): return problem.code
    case .missingName, .duplicate: return .builtinFrame
    }
  }
}
