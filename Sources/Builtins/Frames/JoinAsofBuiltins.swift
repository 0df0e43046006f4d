import Interpreter
import Tensor

extension Builtins {
  static let asofJoining: [Builtin] = [
    Builtin(
      "join_asof", area: .frames,
      summary: "Joins each left row to the nearest right row by time, as pandas' merge_asof.",
      parameters: [
        Parameter("left", .frame, "The left frame, sorted by `on`."),
        Parameter("right", .frame, "The right frame, sorted by `on`."),
        Parameter("on", .string, "The ordered key column in both.", default: .string("time")),
        Parameter(
          "by", .optional(.oneOf([.string, .listOf(.string)])),
          "Column names that must also match exactly, or nil.", default: .null),
        Parameter(
          "direction", .choice(AsofJoin.Direction.allCases.map(\.rawValue)),
          "\"backward\" takes the last right key ≤ the left's, \"forward\" the first ≥, "
            + "\"nearest\" the closer of the two.",
          default: .string("backward")),
        Parameter(
          "tolerance", .optional(.oneOf([.duration, .number])),
          "The largest distance that matches: seconds or a span like \"10min\" for times, "
            + "a number for numeric keys; nil for any distance.",
          default: .null),
      ],
      returns: .frame,
      details: "Every left row is kept, in order, with the right's other columns from its "
        + "match (missing where none). Equal keys match; among equal right keys backward takes "
        + "the last and forward the first; nearest takes the earlier row on a tie. Names in "
        + "both frames get \"_x\" and \"_y\". Keys must be sorted and not missing.",
      examples: [
        Example(
          "join_asof(frame(t=[1, 5, 10]), frame(t=[2, 6], v=[20, 60]), on=\"t\").v[1]", "20"),
        Example(
          "join_asof(frame(t=[1, 5]), frame(t=[2, 6], v=[20, 60]), on=\"t\", "
            + "direction=\"nearest\").v[1]",
          "60"),
      ]
    ) { args in
      let left = try args.frame("left")
      let on = try args.string("on")
      let right = try MergeArguments.keys(of: try args.frame("right"), inUnitsOf: left, [on], args)
      let by = args.isNull("by") ? [] : try AsofArguments.names(args)
      let direction = AsofJoin.Direction(rawValue: try args.string("direction")) ?? .backward
      let tolerance = try AsofArguments.tolerance(args, left.column(named: on)?.type)
      do throws(AsofJoin.Problem) {
        return .frame(
          try AsofJoin.join(
            left, right, on: on, by: by, direction: direction, tolerance: tolerance))
      } catch {
        throw AsofArguments.error(error, args)
      }
    }
  ]
}

/// Reading join_asof()'s arguments and rendering its problems.
enum AsofArguments {
  /// `by` as one name or a list of names.
  static func names(_ args: Arguments) throws -> [String] {
    if case .string(let name) = args.value("by") { return [name] }
    let items = try args.elements("by")
    return try items.map { item in
      guard case .string(let name) = item else { throw args.kindError("by") }
      return name
    }
  }

  /// The tolerance in the key's units (microseconds for times), or nil.
  static func tolerance(_ args: Arguments, _ type: ColumnType?) throws -> Double? {
    switch (args.value("tolerance"), type) {
    case (.null, _): return nil
    case (.string(let text), .time?):
      guard let span = Duration.microseconds(text) else {
        // Binding has checked the text is a duration.
        throw args.kindError("tolerance")
      }
      return Double(span)
    case (.string, let type?):
      throw args.error(FrameMessages.toleranceNeedsNumber(type), at: "tolerance")
    default:
      let value = try args.double("tolerance")
      guard value >= 0 else {
        throw args.error(.valueOutOfRange, FrameMessages.negativeTolerance, at: "tolerance")
      }
      return type == .time ? value * 1_000_000 : value
    }
  }

  static func error(_ problem: AsofJoin.Problem, _ args: Arguments) -> RuntimeError {
    switch problem {
    case .noColumn(let name, let left):
      return args.error(.noColumn, FrameMessages.noKeyColumn(name, left: left), at: "on")
    case .keyTypes(let name, let a, let b):
      return args.error(FrameMessages.keyTypes(name, a, b), at: "on")
    case .notOrdered(let name, let type):
      return args.error(FrameMessages.notOrdered(name, type), at: "on")
    case .missingKey(let name, let left):
      return args.error(FrameMessages.asofMissingKey(name, left: left), at: left ? "left" : "right")
    case .notSorted(let name, let left):
      return args.error(
        FrameMessages.asofNotSorted(name, left: left), at: left ? "left" : "right",
        help: FrameMessages.asofNotSortedHelp(name))
    case .frame(let problem):
      return args.error(problem.code, problem.message, at: "right")
    }
  }
}
