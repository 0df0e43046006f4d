import Interpreter
import Tensor

extension Builtins {
  static let collections: [Builtin] = [
    Builtin(
      "len", area: .collections,
      summary: "The number of elements of a list, string, record or range.",
      parameters: [
        Parameter("value", .sequence, "A list, string (characters), record (keys) or range.")
      ],
      returns: .int,
      examples: [Example("len([1, 2, 3])", "3"), Example("len(\"°C\")", "2")],
      fastPath: .unary { value in
        if case .list(let list) = value { return .int(list.items.count) }
        return nil
      },
      grouped: GroupedReductions.length
    ) { args in
      switch args[0] {
      case .list(let list): return .int(list.items.count)
      case .string(let text): return .int(text.characterCount)
      case .record(let record): return .int(record.keys.count)
      case .range(let range):
        guard let count = range.exactCount else {
          throw args.error(.rangeTooLarge, InterpreterMessages.rangeTooLong, at: "value")
        }
        return .int(count)
      case .object(let object): return .int(object.length ?? 0)
      default: return .int(0)
      }
    },
    Builtin(
      "range", area: .collections, summary: "The ints from start up to (not including) stop.",
      parameters: [
        Parameter("start", .int, "The first int, or the stop when it is the only argument."),
        Parameter("stop", .optional(.int), "The end, not included.", default: .null),
        Parameter("step", .int, "The distance between ints; may be negative.", default: .int(1)),
      ],
      returns: .range,
      details: "Like Python's range; `0..<n` is the same as range(n).",
      examples: [
        Example("list(range(5))", "[0, 1, 2, 3, 4]"),
        Example("list(range(10, 0, -3))", "[10, 7, 4, 1]"),
      ]
    ) { args in
      let first = try args.int("start")
      let step = try args.int("step")
      guard step != 0 else {
        throw args.error(.valueOutOfRange, CoreMessages.rangeStepZero, at: "step")
      }
      let (start, stop) = args.isNull("stop") ? (0, first) : (first, try args.int("stop"))
      return .range(RangeValue(start: start, end: stop, step: step, isInclusive: false))
    },
    Builtin(
      "list", area: .collections, summary: "A new list of the elements of a sequence.",
      parameters: [
        Parameter(
          "items", .sequence, "A list, range, string or record (keys).",
          default: .list)
      ],
      returns: .list,
      examples: [Example("list(1..3)", "[1, 2, 3]"), Example("list(\"ab\")", "[\"a\", \"b\"]")]
    ) { args in .list(ListObject(try args.elements("items"))) },
    Builtin(
      "append", area: .collections, summary: "Adds a value to the end of a list, in place.",
      parameters: [
        Parameter("list", .list, "The list to grow."),
        Parameter("value", .any(because: "a list holds values of every kind"), "The value to add."),
      ],
      returns: .list,
      details: "Returns the same list, so calls can be chained.",
      examples: [Example("append([1, 2], 3)", "[1, 2, 3]")],
      fastPath: .binary { list, value in
        guard case .list(let object) = list else { return nil }
        object.items.append(value)
        return list
      }
    ) { args in
      guard case .list(let list) = args[0] else { return .null }
      list.items.append(args[1])
      return .list(list)
    },
    Builtin(
      "contains", area: .collections, summary: "Whether a container holds a value (like 'in').",
      parameters: [
        Parameter("container", .sequence, "A list, string, record (keys) or range."),
        Parameter(
          "value", .any(because: "a container may hold values of every kind"), "What to look for."),
      ],
      returns: .bool,
      examples: [
        Example("contains([1, 2], 2)", "true"), Example("contains(\"CTD\", \"T\")", "true"),
      ]
    ) { args in try Operators.binary(.contains, args.value("value"), args.value("container")) },
    Builtin(
      "sort", area: .collections, summary: "A sorted copy of a sequence, or of a frame's rows.",
      parameters: [
        Parameter(
          "items", .oneOf([.sequence, .frame]), "A list, range, string or record; or a frame."),
        Parameter(
          "key", .optional(.oneOf([.function, .string, .column, .list])),
          "A function giving each item's sort key; for a frame, the column (or list of "
            + "columns) to sort by.", default: .null),
        Parameter("reverse", .bool, "Largest first.", default: .bool(false)),
      ],
      returns: .oneOf([.list, .frame]),
      details: "The sort is stable: items with equal keys keep their order. A frame's "
        + "missing values and NaN go last, for every key and in either direction (pandas' "
        + "na_position=\"last\").",
      examples: [
        Example("sort([3, 1, 2])", "[1, 2, 3]"),
        Example("sort([\"bb\", \"a\"], key=len)", "[\"a\", \"bb\"]"),
        Example("sort(frame(d=[3, 1, 2]), \"d\").d[0]", "1"),
      ]
    ) { args in
      if case .object(let frame as FrameValue) = args.value("items") {
        let names = try FrameSortKeys.names(args, frame.frame)
        return .frame(
          FrameSorting.sorted(
            frame.frame, by: names,
            descending: try args.bool("reverse")))
      }
      return try Sorting.sorted(args)
    },
    Builtin(
      "reverse", area: .collections, summary: "A reversed copy of a list, range or string.",
      parameters: [Parameter("items", .sequence, "The values.")],
      returns: .oneOf([.list, .string]),
      examples: [
        Example("reverse([1, 2, 3])", "[3, 2, 1]"), Example("reverse(\"abc\")", "\"cba\""),
      ]
    ) { args in
      if case .string(let text) = args.value("items") { return .string(String(text.reversed())) }
      return .list(ListObject(try args.elements("items").reversed()))
    },
    Builtin(
      "map", area: .collections, summary: "Applies a function to each element.",
      parameters: [
        Parameter("items", .sequence, "The values."),
        Parameter("function", .function, "A function of one argument."),
      ],
      returns: .list,
      examples: [Example("map([1, 2, 3], x -> x * 10)", "[10, 20, 30]")]
    ) { args in
      let function = args.value("function")
      var results: [Value] = []
      for item in try args.elements("items") { results.append(try args.call(function, [item])) }
      return .list(ListObject(results))
    },
    Builtin(
      "filter", area: .collections, summary: "The elements for which a function is true.",
      parameters: [
        Parameter("items", .sequence, "The values."),
        Parameter("function", .function, "A function of one argument."),
      ],
      returns: .list,
      examples: [Example("filter(1..6, x -> x % 2 == 0)", "[2, 4, 6]")]
    ) { args in
      let function = args.value("function")
      var kept: [Value] = []
      for item in try args.elements("items") where try args.call(function, [item]).isTruthy {
        kept.append(item)
      }
      return .list(ListObject(kept))
    },
    Builtin(
      "reduce", area: .collections,
      summary: "Combines the elements with a function of two arguments.",
      parameters: [
        Parameter("items", .sequence, "The values."),
        Parameter("function", .function, "A function (accumulated, item) -> accumulated."),
        Parameter(
          "initial", .any(because: "the accumulator is whatever the function takes"),
          "The starting value; the first item when nil.", default: .null),
      ],
      returns: .any(because: "whatever the function gives"),
      examples: [Example("reduce([1, 2, 3, 4], (a, b) -> a * b)", "24")]
    ) { args in
      var items = try args.elements("items")[...]
      let function = args.value("function")
      var accumulated = args.value("initial")
      if args.isNull("initial") {
        guard let first = items.popFirst() else {
          throw args.error(CoreMessages.reduceEmpty, at: "items")
        }
        accumulated = first
      }
      for item in items { accumulated = try args.call(function, [accumulated, item]) }
      return accumulated
    },
    Builtin(
      "keys", area: .collections, summary: "The keys of a record, in order.",
      parameters: [Parameter("record", .record, "The record.")],
      returns: .list,
      examples: [Example("keys({a: 1, b: 2})", "[\"a\", \"b\"]")]
    ) { args in
      guard case .record(let record) = args.value("record") else { return .null }
      return .list(ListObject(record.keys.map { .string($0) }))
    },
    Builtin(
      "values", area: .collections, summary: "The values of a record, in key order.",
      parameters: [Parameter("record", .record, "The record.")],
      returns: .list,
      examples: [Example("values({a: 1, b: 2})", "[1, 2]")]
    ) { args in
      guard case .record(let record) = args.value("record") else { return .null }
      return .list(ListObject(record.values))
    },
    Builtin(
      "zip", area: .collections, summary: "Pairs up elements of sequences, as lists.",
      parameters: [Parameter("sequences", .sequence, "Two or more sequences.", variadic: true)],
      returns: .list,
      details: "Stops at the shortest sequence.",
      examples: [Example("zip([1, 2], [\"a\", \"b\"])", "[[1, \"a\"], [2, \"b\"]]")]
    ) { args in
      let sequences = try args.list("sequences").map { value in
        guard let items = try Iteration.elements(of: value) else {
          throw args.error(
            .notIterable, CoreMessages.zipNeedsSequences(value.typeName), at: "sequences")
        }
        return items
      }
      let count = sequences.map(\.count).min() ?? 0
      return .list(
        ListObject(
          (0..<count).map { index in
            .list(ListObject(sequences.map { $0[index] }))
          }))
    },
    Builtin(
      "enumerate", area: .collections, summary: "Pairs each element with its position.",
      parameters: [
        Parameter("items", .sequence, "The values."),
        Parameter("start", .int, "The first position.", default: .int(0)),
      ],
      returns: .list,
      examples: [Example("enumerate([\"a\", \"b\"])", "[[0, \"a\"], [1, \"b\"]]")]
    ) { args in
      let start = try args.int("start")
      return .list(
        ListObject(
          try args.elements("items").enumerated().map { offset, item in
            .list(ListObject([.int(start &+ offset), item]))
          }))
    },
  ]
}

/// The columns a frame is sorted by: names, or columns taken from the frame (`.depth`).
enum FrameSortKeys {
  static func names(_ args: Arguments, _ frame: Frame) throws -> [String] {
    let key = args.value("key")
    let items: [Value] = if case .list(let list) = key { list.items } else { [key] }
    return try items.map { item in
      switch item {
      case .string(let name) where frame.column(named: name) != nil: return name
      case .object(let column as ColumnValue) where frame.column(named: column.column.name) != nil:
        return column.column.name
      case .string(let name):
        throw args.error(.noColumn, FrameMessages.noColumn(name, frame.columnCount), at: "key")
      default: throw args.typeError("key", CoreMessages.sortKeyKind)
      }
    }
  }
}

/// sort() with an optional key function, stable.
enum Sorting {
  static func sorted(_ args: Arguments) throws -> Value {
    let items = try args.elements("items")
    let keyFunction = args.value("key")
    let keys = try items.map { item in
      if case .null = keyFunction { return item }
      return try args.call(keyFunction, [item])
    }
    var failure: Error?
    let order = keys.indices.sorted { a, b in
      guard failure == nil else { return false }
      do {
        let less = try Operators.binary(.less, keys[a], keys[b]).isTruthy
        if less { return true }
        let greater = try Operators.binary(.less, keys[b], keys[a]).isTruthy
        return !greater && a < b
      } catch {
        failure = error
        return false
      }
    }
    if let failure {
      if let error = failure as? RuntimeError {
        throw args.error(error.message, at: "items", help: CoreMessages.sortOneKindHelp)
          .coded(error.code)
      }
      throw failure
    }
    let result =
      try args.bool("reverse")
      ? order.reversed().map { items[$0] }
      : order.map { items[$0] }
    return .list(ListObject(result))
  }
}
