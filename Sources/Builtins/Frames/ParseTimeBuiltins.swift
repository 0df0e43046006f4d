import Interpreter
import Tensor

extension Builtins {
  static let timeParsing: [Builtin] = [
    Builtin(
      "parse_time", area: .frames, summary: "Reads a string column as a time column.",
      parameters: [
        Parameter("column", .column, "A string column (a time column is returned as it is)."),
        Parameter(
          "format", .optional(.string),
          "A pattern such as \"%d.%m.%Y %H:%M\"; nil reads ISO 8601.", default: .null),
        Parameter(
          "errors", .choice(["raise", "coerce"]),
          "\"raise\" stops at a value that does not parse; \"coerce\" makes it missing.",
          default: .string("raise")),
      ],
      returns: .column,
      details: "As pandas' to_datetime. Without a format, values are ISO 8601 dates or "
        + "date-times (`2019-12-31`, `2019-12-31T23:59:00.5Z`, `…+02:00`). A format may use "
        + "%Y (4-digit year), %y (2-digit, 69–99 → 19xx), %m, %d, %H, %M, %S, %j (day of the "
        + "year), %f (fraction of a second, up to 6 digits), %% and literal text. Times without "
        + "an offset are UTC. Missing strings stay missing.",
      examples: [
        Example(
          "parse_time(column([\"31.12.2019 23:59\"]), format=\"%d.%m.%Y %H:%M\")[0]",
          "\"2019-12-31T23:59:00\""),
        Example("parse_time(column([\"2019-06-01\", \"x\"]), errors=\"coerce\")[1]", "nil"),
      ]
    ) { args in
      let column = try args.column("column")
      var format: TimeFormat?
      if !args.isNull("format") {
        let pattern = try args.string("format")
        guard let parsed = TimeFormat(pattern) else {
          throw args.error(
            FrameMessages.badFormat(pattern), at: "format", help: FrameMessages.badFormatHelp)
        }
        format = parsed
      }
      let coerce = try args.string("errors") == "coerce"
      do throws(TimeParsing.Problem) {
        return .column(try TimeParsing.parse(column, format: format, coerce: coerce))
      } catch {
        switch error {
        case .badValue(let value, let row):
          throw args.error(FrameMessages.badTime(value, row), at: "column")
        case .notStrings(let type):
          throw args.error(FrameMessages.notStrings(column.name, type), at: "column")
        }
      }
    }
  ]
}
