import Foundation
import Interpreter

extension Builtins {
  static let strings: [Builtin] = [
    Builtin(
      "split", area: .strings, summary: "Splits a string into a list of parts.",
      parameters: [
        Parameter("text", .string, "The string to split."),
        Parameter(
          "sep", .optional(.string), "The separator; runs of whitespace when nil.",
          default: .null),
      ],
      returns: .list,
      examples: [
        Example("split(\"a,b,,c\", \",\")", "[\"a\", \"b\", \"\", \"c\"]"),
        Example("split(\"  two  words \")", "[\"two\", \"words\"]"),
      ]
    ) { args in
      let text = try args.string("text")
      guard !args.isNull("sep") else {
        return .list(
          ListObject(
            text.split(whereSeparator: { $0.isWhitespace })
              .map { .string(String($0)) }))
      }
      let separator = try args.string("sep")
      guard !separator.isEmpty else { throw args.error(CoreMessages.emptySeparator, at: "sep") }
      return .list(ListObject(text.components(separatedBy: separator).map { .string($0) }))
    },
    Builtin(
      "join", area: .strings, summary: "Joins a list of values into one string.",
      parameters: [
        Parameter("items", .sequence, "The values; non-strings are converted with str()."),
        Parameter("sep", .string, "Text between items.", default: .string("")),
      ],
      returns: .string,
      examples: [Example("join([\"a\", \"b\", 3], \"-\")", "\"a-b-3\"")]
    ) { args in
      .string(try args.elements("items").map(\.text).joined(separator: try args.string("sep")))
    },
    Builtin(
      "replace", area: .strings, summary: "Replaces every occurrence of a substring.",
      parameters: [
        Parameter("text", .string, "The string."),
        Parameter("old", .string, "What to replace."),
        Parameter("new", .string, "What to put instead."),
      ],
      returns: .string,
      examples: [Example("replace(\"Temp [°C]\", \"°C\", \"K\")", "\"Temp [K]\"")]
    ) { args in
      let old = try args.string("old")
      guard !old.isEmpty else { throw args.error(CoreMessages.nothingToReplace, at: "old") }
      return .string(
        try args.string("text").components(separatedBy: old)
          .joined(separator: try args.string("new")))
    },
    stringMap("upper", "The string in upper case.", "upper(\"ctd\")", "\"CTD\"") {
      $0.uppercased()
    },
    stringMap("lower", "The string in lower case.", "lower(\"CTD\")", "\"ctd\"") {
      $0.lowercased()
    },
    stringMap(
      "strip", "The string without leading and trailing whitespace.",
      "strip(\"  x \\n\")", "\"x\""
    ) { $0.trimmedOfSpaces() },
    Builtin(
      "starts_with", area: .strings, summary: "Whether a string starts with a prefix.",
      parameters: [
        Parameter("text", .string, "The string."),
        Parameter("prefix", .string, "The prefix."),
      ],
      returns: .bool,
      examples: [Example("starts_with(\"PS118\", \"PS\")", "true")]
    ) { args in .bool(try args.string("text").hasPrefix(try args.string("prefix"))) },
    Builtin(
      "ends_with", area: .strings, summary: "Whether a string ends with a suffix.",
      parameters: [
        Parameter("text", .string, "The string."),
        Parameter("suffix", .string, "The suffix."),
      ],
      returns: .bool,
      examples: [Example("ends_with(\"a.wav\", \".wav\")", "true")]
    ) { args in .bool(try args.string("text").hasSuffix(try args.string("suffix"))) },
    Builtin(
      "format", area: .strings, summary: "Formats a value with a format spec, as in f-strings.",
      parameters: [
        Parameter("value", .any(because: "every value has a text form"), "The value."),
        Parameter("spec", .string, "A spec like \".2f\", \">8\" or \",d\"."),
      ],
      returns: .string,
      details: "The spec is Python's: [[fill]align][sign][0][width][,][.precision][type], "
        + "with types d, f, e, g, % and s.",
      examples: [
        Example("format(3.14159, \".2f\")", "\"3.14\""),
        Example("format(1234567, \",d\")", "\"1,234,567\""),
      ]
    ) { args in .string(try FormatSpec.format(args.value("value"), spec: try args.string("spec")))
    },
  ]

  static func stringMap(
    _ name: String, _ summary: String, _ example: String, _ result: String,
    _ transform: @escaping @Sendable (String) -> String
  ) -> Builtin {
    Builtin(
      name, area: .strings, summary: summary,
      parameters: [Parameter("text", .string, "The string.")], returns: .string,
      examples: [Example(example, result)]
    ) { args in
      .string(transform(try args.string("text")))
    }
  }
}
