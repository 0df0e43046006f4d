import Interpreter

extension Builtins {
  /// Showing values in a notebook: `display` and `clear_output`.
  static let display: [Builtin] = [
    Builtin(
      "display", area: .core,
      summary: "Shows a value now, richly where the front end can (a notebook's table or figure).",
      parameters: [Parameter("value", .any(because: "every value can be shown"), "Any value.")],
      returns: .nothing,
      details:
        "In a notebook (awish kernel) a frame shows as an HTML table and a plot as an image, "
        + "in the cell's output at once; elsewhere the value is printed as the REPL shows it.",
      examples: [Example("display(frame(depth=[5, 10]))", "nil")]
    ) { args in
      let value = args.value("value")
      if case .object = value, args.showRichly(value) { return .null }
      if case .object(let object) = value {
        args.write(object.display(width: 100) + "\n")
      } else {
        args.write(value.repr + "\n")
      }
      return .null
    },
    Builtin(
      "clear_output", area: .core,
      summary: "Clears the output of the running notebook cell (a progress display).",
      parameters: [
        Parameter(
          "wait", .bool, "Clear only when the next output arrives, so it does not flicker.",
          default: .bool(false))
      ],
      returns: .nothing,
      details: "In a notebook (awish kernel) the cell's output so far is cleared; in a "
        + "script or the terminal REPL it does nothing.",
      examples: [Example("clear_output(wait=true)", "nil")]
    ) { args in
      args.run.clearOutput(try args.bool("wait"))
      return .null
    },
  ]
}
