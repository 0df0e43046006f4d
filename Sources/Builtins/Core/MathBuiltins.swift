import Foundation
import Interpreter

extension Builtins {
  static let math: [Builtin] = [
    unary(
      "abs", "The absolute value.", "abs(-2.5)", "2.5",
      intFunction: { $0 == Int.min ? nil : abs($0) }, Swift.abs),
    unary("sqrt", "The square root.", "sqrt(16)", "4.0", Foundation.sqrt),
    unary("exp", "e raised to a power.", "exp(0)", "1.0", Foundation.exp),
    unary("log10", "The base-10 logarithm.", "log10(1000)", "3.0", Foundation.log10),
    unary("sin", "The sine of an angle in radians.", "sin(0)", "0.0", Foundation.sin),
    unary("cos", "The cosine of an angle in radians.", "cos(0)", "1.0", Foundation.cos),
    rounding("floor", "The largest int not above a number.", "floor(-2.5)", "-3", .down),
    rounding("ceil", "The smallest int not below a number.", "ceil(2.1)", "3", .up),
    Builtin(
      "log", area: .math, summary: "The natural logarithm, or the logarithm to a base.",
      parameters: [
        Parameter("x", .number, "A positive number."),
        Parameter("base", .optional(.number), "The base; e when nil.", default: .null),
      ],
      returns: .float,
      examples: [Example("log(1)", "0.0"), Example("log(8, 2)", "3.0")]
    ) { args in
      let x = try args.double("x")
      guard !args.isNull("base") else { return .float(Foundation.log(x)) }
      return .float(Foundation.log(x) / Foundation.log(try args.double("base")))
    },
    Builtin(
      "round", area: .math, summary: "Rounds to the nearest int, or to some decimal digits.",
      parameters: [
        Parameter("x", .number, "The number to round."),
        Parameter(
          "digits", .optional(.int), "Decimal digits to keep; an int results when nil.",
          default: .null),
      ],
      returns: .oneOf([.int, .float]),
      details: "Ties go to the even neighbour, as in Python and numpy: round(2.5) is 2.",
      examples: [Example("round(2.5)", "2"), Example("round(3.14159, 2)", "3.14")]
    ) { args in
      if case .int(let value) = args.value("x"), args.isNull("digits") { return .int(value) }
      let x = try args.double("x")
      guard !args.isNull("digits") else {
        let rounded = x.rounded(.toNearestOrEven)
        guard let value = Int(exactly: rounded) else {
          throw args.error(CoreMessages.cannotRound(FloatFormat.shortest(x)), at: "x")
        }
        return .int(value)
      }
      let digits = max(-308, min(308, try args.int("digits")))
      let scale = Foundation.pow(10.0, Double(digits))
      let scaled = (x * scale).rounded(.toNearestOrEven) / scale
      return .float(scaled.isFinite ? scaled : x)
    },
    Builtin(
      "min", area: .math,
      summary: "The smallest of several values, or of one list, column or tensor.",
      parameters: [
        Parameter(
          "values",
          .any(
            because:
              "values of one comparable kind: numbers, strings, or one list, column or tensor"),
          "Values, or a single list, range, column or tensor.", variadic: true),
        Parameter("axis", .optional(.int), "For a tensor: along this axis only.", default: .null),
      ],
      returns: .any(because: "the smallest value, of the kind the values are"),
      details: "NaN is skipped (pandas' rule), and so are a column's missing values; a "
        + "column's ints are compared exactly, strings as text (by code point, as Python) "
        + "and times as times.",
      examples: [
        Example("min(3, 1, 2)", "1"), Example("min([2.5, -1])", "-1"),
        Example("min(tensor([[1, 5], [3, 2]]), axis=0)[1]", "2.0"),
      ],
      grouped: GroupedReductions.reduction(.min)
    ) { args in
      let values = try args.list("values")
      if values.count == 1,
        let result = try ColumnReductions.reduce(values[0], .min, axis: args.value("axis"))
      {
        return result
      }
      return try Extremes.pick(args, wantLarger: false)
    },
    Builtin(
      "max", area: .math,
      summary: "The largest of several values, or of one list, column or tensor.",
      parameters: [
        Parameter(
          "values",
          .any(
            because:
              "values of one comparable kind: numbers, strings, or one list, column or tensor"),
          "Values, or a single list, range, column or tensor.", variadic: true),
        Parameter("axis", .optional(.int), "For a tensor: along this axis only.", default: .null),
      ],
      returns: .any(because: "the largest value, of the kind the values are"),
      details: "NaN is skipped (pandas' rule), and so are a column's missing values; a "
        + "column's ints are compared exactly, strings as text (by code point, as Python) "
        + "and times as times.",
      examples: [
        Example("max(3, 1, 2)", "3"), Example("max(\"a\", \"b\")", "\"b\""),
        Example("max(tensor([[1, 5], [3, 2]]), axis=1)[1]", "3.0"),
      ],
      grouped: GroupedReductions.reduction(.max)
    ) { args in
      let values = try args.list("values")
      if values.count == 1,
        let result = try ColumnReductions.reduce(values[0], .max, axis: args.value("axis"))
      {
        return result
      }
      return try Extremes.pick(args, wantLarger: true)
    },
    Builtin(
      "sum", area: .math, summary: "The sum of numbers: a list, range, column or tensor.",
      parameters: [
        Parameter("values", .sequence, "Numbers to add."),
        Parameter(
          "axis", .optional(.int), "For a tensor: sum along this axis only.",
          default: .null),
      ],
      returns: .oneOf([.int, .float, .tensor]),
      details: "Ints add exactly (an overflow is an error, for an int column too); any float "
        + "makes the result a float. Floats of columns and tensors are summed pairwise, as "
        + "numpy does. A column's missing values, and NaN in a column or list, are skipped "
        + "(pandas' rule); a tensor's NaN gives NaN (numpy's). A string column is an error "
        + "naming its first non-number.",
      examples: [
        Example("sum([1, 2, 3])", "6"), Example("sum(1..100)", "5050"),
        Example("sum(tensor([[1, 2], [3, 4]]), axis=0)[1]", "6.0"),
      ],
      grouped: GroupedReductions.reduction(.sum)
    ) { args in
      if let result = try ColumnReductions.reduce(args[0], .sum, axis: args[1]) { return result }
      return try Sums.sum(try args.elements("values"), args)
    },
    Builtin(
      "mean", area: .math, summary: "The arithmetic mean of a list, range, column or tensor.",
      parameters: [
        Parameter("values", .sequence, "Numbers to average."),
        Parameter(
          "axis", .optional(.int), "For a tensor: average along this axis only.",
          default: .null),
      ],
      returns: .oneOf([.float, .tensor]),
      details: "A column's missing values, and NaN in a column or list, are skipped (pandas' "
        + "rule; nil when nothing is left); a tensor's NaN gives NaN (numpy's).",
      examples: [Example("mean([1, 2, 3, 4])", "2.5")],
      grouped: GroupedReductions.reduction(.mean)
    ) { args in
      if let result = try ColumnReductions.reduce(args[0], .mean, axis: args[1]) { return result }
      let values = try args.elements("values")
      guard !values.isEmpty else {
        throw args.error(CoreMessages.emptySequence("mean"), at: "values")
      }
      let counted = values.count - values.filter(Sums.isNaN).count
      guard counted > 0 else { return .null }
      return .float(try Sums.total(values, args) / Double(counted))
    },
  ]

  static func unary(
    _ name: String, _ summary: String, _ example: String, _ result: String,
    intFunction: (@Sendable (Int) -> Int?)? = nil,
    _ function: @escaping @Sendable (Double) -> Double
  ) -> Builtin {
    Builtin(
      name, area: .math, summary: summary,
      parameters: [Parameter("x", .number, "A number.")], returns: .float,
      examples: [Example(example, result)]
    ) { args in
      if let intFunction, case .int(let value) = args.value("x"),
        let result = intFunction(value)
      {
        return .int(result)
      }
      return .float(function(try args.double("x")))
    }
  }

  static func rounding(
    _ name: String, _ summary: String, _ example: String, _ result: String,
    _ rule: FloatingPointRoundingRule
  ) -> Builtin {
    Builtin(
      name, area: .math, summary: summary,
      parameters: [Parameter("x", .number, "A number.")], returns: .int,
      examples: [Example(example, result)]
    ) { args in
      if case .int = args.value("x") { return args.value("x") }
      let x = try args.double("x")
      guard let value = Int(exactly: x.rounded(rule)) else {
        throw args.error(CoreMessages.notAnInt(FloatFormat.shortest(x)), at: "x")
      }
      return .int(value)
    }
  }
}

/// min() and max().
enum Extremes {
  static func pick(_ args: Arguments, wantLarger: Bool) throws -> Value {
    var values = try args.list("values")
    if values.count == 1, let items = try Iteration.elements(of: values[0]) { values = items }
    // NaN is skipped (pandas' rule): by `<` alone the answer would depend on where it sits.
    if values.contains(where: Sums.isNaN) {
      values.removeAll(where: Sums.isNaN)
      if values.isEmpty { return .null }
    }
    guard var best = values.first else {
      throw args.error(CoreMessages.emptySequence(args.builtin.name), at: "values")
    }
    for value in values.dropFirst() {
      let isLess = try Operators.binary(.less, value, best)
      let isGreater = try Operators.binary(.greater, value, best)
      if (wantLarger ? isGreater : isLess).isTruthy { best = value }
    }
    return best
  }
}

/// sum() and mean().
enum Sums {
  static func sum(_ values: [Value], _ args: Arguments) throws -> Value {
    var integer = 0
    var isInteger = true
    for value in values {
      switch value {
      case .int, .bool:
        // Bools count as 0 and 1 and keep an int sum an int, as in Python.
        let number = if case .int(let number) = value { number } else { value.isTruthy ? 1 : 0 }
        let (total, overflow) = integer.addingReportingOverflow(number)
        guard !overflow else {
          throw args.error(
            .integerOverflow, CoreMessages.sumOverflow, at: "values",
            help: CoreMessages.sumOverflowHelp)
        }
        integer = total
      case .float: isInteger = false
      default:
        throw args.error(CoreMessages.needsNumbers("sum", value.typeName), at: "values")
      }
      if !isInteger { break }
    }
    if isInteger { return .int(integer) }
    return .float(try total(values, args))
  }

  /// Whether a value is a NaN float, which list reductions skip as column ones do.
  static func isNaN(_ value: Value) -> Bool {
    if case .float(let number) = value { return number.isNaN }
    return false
  }

  /// The float sum of numbers, NaN skipped.
  static func total(_ values: [Value], _ args: Arguments) throws -> Double {
    var total = 0.0
    for value in values {
      switch value {
      case .int(let number): total += Double(number)
      case .float(let number) where number.isNaN: continue
      case .float(let number): total += number
      case .bool(let flag): total += flag ? 1 : 0
      default:
        throw args.error(
          CoreMessages.needsNumbers(args.builtin.name, value.typeName), at: "values")
      }
    }
    return total
  }
}
