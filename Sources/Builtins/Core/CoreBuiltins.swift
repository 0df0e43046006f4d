import Foundation
import Interpreter

extension Builtins {
  static let core: [Builtin] = [
    Builtin(
      "print", area: .core, summary: "Prints values separated by spaces, then a line break.",
      parameters: [
        Parameter(
          "values", .any(because: "print shows every kind of value"), "The values to print.",
          variadic: true),
        Parameter("sep", .string, "Text between values.", default: .string(" ")),
        Parameter("end", .string, "Text after the last value.", default: .string("\n")),
      ],
      returns: .nothing,
      details: "Strings print without quotes; other values print as the REPL shows them.",
      examples: [Example("print(\"depth\", 10, [1, 2])", "nil")]
    ) { args in
      let values = try args.list("values")
      if values.count == 1, case .object = values[0], args.showRichly(values[0]) { return .null }
      args.write(
        values.map(\.text).joined(separator: try args.string("sep"))
          + (try args.string("end")))
      return .null
    },
    Builtin(
      "type", area: .core, summary: "The name of a value's type.",
      parameters: [Parameter("value", .any(because: "every value has a type"), "Any value.")],
      returns: .string,
      examples: [Example("type(3.5)", "\"float\""), Example("type([1])", "\"list\"")]
    ) { args in .string(args[0].typeName) },
    Builtin(
      "str", area: .core, summary: "A value as text, as print would show it.",
      parameters: [Parameter("value", .any(because: "every value has a text form"), "Any value.")],
      returns: .string,
      examples: [
        Example("str(42)", "\"42\""), Example("str(0.1 + 0.2)", "\"0.30000000000000004\""),
      ],
      fastPath: .unary { value in
        if case .int(let number) = value { return .string(String(number)) }
        return nil
      }
    ) { args in .string(args[0].text) },
    Builtin(
      "repr", area: .core, summary: "A value as the REPL shows it, strings quoted.",
      parameters: [
        Parameter("value", .any(because: "every value has a source form"), "Any value.")
      ], returns: .string,
      examples: [Example("repr(\"a\")", "\"\\\"a\\\"\"")]
    ) { args in .string(args.value("value").repr) },
    Builtin(
      "int", area: .core, summary: "Converts a number, bool or numeric string to an int.",
      parameters: [
        Parameter("value", .oneOf([.number, .string]), "A number, bool or string like \"42\".")
      ],
      returns: .int,
      details: "Floats are truncated toward zero, like Python's int().",
      examples: [Example("int(3.9)", "3"), Example("int(\"-12\")", "-12")]
    ) { args in try Conversions.int(args[0], args) },
    Builtin(
      "float", area: .core, summary: "Converts a number, bool or numeric string to a float.",
      parameters: [
        Parameter("value", .oneOf([.number, .string]), "A number, bool or string like \"1e-3\".")
      ],
      returns: .float,
      examples: [Example("float(2)", "2.0"), Example("float(\"nan\") == float(\"nan\")", "false")]
    ) { args in try Conversions.float(args[0], args) },
    Builtin(
      "bool", area: .core, summary: "The truth value of any value.",
      parameters: [Parameter("value", .any(because: "every value is true or false"), "Any value.")],
      returns: .bool,
      details: "nil, false, 0, 0.0, \"\" and empty lists and records are false.",
      examples: [Example("bool([])", "false"), Example("bool(\"no\")", "true")]
    ) { args in .bool(args.value("value").isTruthy) },
    Builtin(
      "assert", area: .core, summary: "Stops with an error when a condition is false.",
      parameters: [
        Parameter(
          "condition", .any(because: "every value is true or false"),
          "The condition that must hold."),
        Parameter(
          "message", .string, "What to say when it does not.",
          default: .string("assertion failed")),
      ],
      returns: .nothing,
      examples: [Example("assert(1 + 1 == 2, \"arithmetic\")", "nil")]
    ) { args in
      guard args.value("condition").isTruthy else {
        throw args.error(.assertionFailed, try args.string("message"), at: "condition")
      }
      return .null
    },
    Builtin(
      "time", area: .core, summary: "Seconds since 1970-01-01 UTC, as a float.",
      returns: .float,
      details: "Subtract two readings to time a piece of code.",
      examples: [Example("time() > 1.7e9", "true")]
    ) { _ in .float(Date().timeIntervalSince1970) },
    Builtin(
      "exit", area: .core, summary: "Ends the script (or the REPL) with an exit status.",
      parameters: [
        Parameter("code", .bounded(0...255), "The exit status; 0 means success.", default: .int(0))
      ],
      returns: .nothing
    ) { args in
      var stop = RuntimeError(CoreMessages.exit)
      stop.kind = .exit(Int32(clamping: try args.int("code")))
      throw stop
    },
    Builtin(
      "help", area: .core, summary: "Shows what a builtin does, or lists all builtins.",
      parameters: [
        Parameter(
          "function",
          .any(because: "help describes any value, with pages for builtins and functions"),
          "A builtin or function; all builtins when nil.",
          default: .null)
      ],
      returns: .nothing,
      examples: [Example("help(len)", "nil")]
    ) { args in
      args.write(Help.text(for: args.value("function"), all: args.allBuiltins))
      return .null
    },
  ]
}
