import Interpreter
import Tensor

extension Builtins {
  static let pivoting: [Builtin] = [
    Builtin(
      "pivot_longer", area: "frames",
      summary: "Stacks columns into a name column and a value column (wide to long).",
      parameters: [
        Parameter("frame", .any, "The frame."),
        Parameter("columns", .list, "The columns to stack; the others are id columns."),
        Parameter("names_to", .string, "The new column of names.", default: .string("name")),
        Parameter("values_to", .string, "The new column of values.", default: .string("value")),
        Parameter(
          "units", .optional(.string), "The unit of stacked columns that have none.",
          default: .null),
      ],
      returns: "frame",
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
        throw args.error(PivotMessages.text(error, names: names.first ?? ""), at: "columns")
      }
    },
    Builtin(
      "pivot_wider", area: "frames",
      summary: "Spreads a name column and a value column into columns (long to wide).",
      parameters: [
        Parameter("frame", .any, "The frame."),
        Parameter("names_from", .string, "The column whose values name the new columns."),
        Parameter("values_from", .string, "The column whose values fill them."),
      ],
      returns: "frame",
      details: "The other columns identify rows: one row per distinct combination, in order "
        + "of first appearance, and one new column per distinct name, in order of first "
        + "appearance; missing where a combination has no value. Two rows with the same ids "
        + "and name are an error.",
      examples: [
        Example(
          "pivot_wider(frame(id=[1, 1], k=[\"a\", \"b\"], v=[2, 3]), names_from=\"k\", "
            + "values_from=\"v\").b[0]", "3")
      ]
    ) { args in
      let frame = try args.frame("frame")
      let namesFrom = try PivotMessages.columnName(args, "names_from", in: frame)
      let valuesFrom = try PivotMessages.columnName(args, "values_from", in: frame)
      do throws(Pivot.Problem) {
        return .frame(
          try Pivot.wider(frame, namesFrom: namesFrom, valuesFrom: valuesFrom) { column, row in
            ValueConversion.value(column, row: row).text
          })
      } catch {
        throw args.error(PivotMessages.text(error, names: namesFrom), at: "names_from")
      }
    },
  ]
}

/// Reading pivot arguments and rendering pivot problems.
enum PivotMessages {
  /// The column name bound to a string parameter; it must be in `frame`.
  static func columnName(_ args: Arguments, _ name: String, in frame: Frame) throws -> String {
    let text = try args.string(name)
    guard frame.column(named: text) != nil else {
      throw args.error(FrameMessages.noColumn(text, frame.columnCount), at: name)
    }
    return text
  }

  static func text(_ problem: Pivot.Problem, names: String) -> String {
    switch problem {
    case .noColumn(let name): return FrameMessages.noColumn(name, 0)
    case .mixedTypes(let a, let b):
      return "the stacked columns mix \(a.rawValue) and \(b.rawValue) values"
    case .units(let reason): return "cannot stack the columns: " + reason
    case .missingName(let row): return VerbMessages.missingName(names, row)
    case .duplicate(let id, let name): return VerbMessages.duplicatePair(id, name)
    case .frame(let problem): return FrameMessages.problem(problem)
    }
  }
}
