import Interpreter
import Lang
import Tensor

extension Builtins {
  static let merging: [Builtin] = [
    Builtin(
      "merge", area: .frames, summary: "Joins two frames on key columns, as pandas' merge.",
      parameters: [
        Parameter("left", .frame, "The left frame."),
        Parameter("right", .frame, "The right frame."),
        Parameter(
          "on", .oneOf([.string, .listOf(.string)]),
          "A key column name, or a list of names, present in both."),
        Parameter(
          "how", .choice(Join.How.allCases.map(\.rawValue)),
          "\"inner\" keeps matched rows, \"left\" every left row, \"outer\" every row.",
          default: .string("inner")),
      ],
      returns: .frame,
      details: "The result has the keys, then the left's other columns, then the right's; a "
        + "name in both gets \"_x\" and \"_y\". Each left row is followed by its matches in "
        + "the right's order; \"inner\" and \"left\" keep the left's row order, \"outer\" sorts "
        + "by key. Missing keys match each other, as in pandas. Keys with units are compared "
        + "in the left's unit (the right's are converted). Values are missing where a "
        + "row has no match. (Named merge because join() joins strings.)",
      examples: [
        Example(
          "merge(frame(k=[\"a\", \"b\"], x=[1, 2]), frame(k=[\"b\"], y=[3]), on=\"k\").y[0]",
          "3"),
        Example(
          "nrow(merge(frame(k=[1, 2]), frame(k=[2, 3]), on=\"k\", how=\"outer\"))", "3"),
      ]
    ) { args in
      let left = try args.frame("left")
      let names = try MergeArguments.keyNames(args)
      let right = try MergeArguments.keys(of: try args.frame("right"), inUnitsOf: left, names, args)
      let how = Join.How(rawValue: try args.string("how")) ?? .inner
      do throws(Join.Problem) {
        return .frame(try Join.merge(left, right, on: names, how: how))
      } catch {
        throw args.error(
          MergeArguments.code(error), MergeArguments.message(error), at: MergeArguments.place(error)
        )
      }
    }
  ]
}

/// Reading merge()'s arguments and rendering its problems.
enum MergeArguments {
  /// `right` with its key columns converted to the units of `left`'s, so that 10 m meets
  /// 1000 cm; incompatible units are an error.
  static func keys(of right: Frame, inUnitsOf left: Frame, _ names: [String], _ args: Arguments)
    throws -> Frame
  {
    var right = right
    for name in names {
      guard let target = left.column(named: name)?.physicalUnit,
        let column = right.column(named: name), let unit = column.physicalUnit, unit != target
      else { continue }
      let converted: Column
      do throws(Column.ConversionProblem) {
        converted = try column.converted(to: target)
      } catch {
        guard case .unit(let problem) = error else { continue }
        throw args.error(
          .unitMismatch, FrameMessages.keyUnits(name, problem.message), at: "right",
          help: FrameMessages.keyUnitsHelp(target))
      }
      try? right.set(converted)
    }
    return right
  }

  /// The key names from `on`: one string or a list of strings, at least one.
  static func keyNames(_ args: Arguments) throws -> [String] {
    let items: [Value] =
      if case .list(let list) = args.value("on") { list.items } else {
        [args.value("on")]
      }
    let names = items.compactMap { item -> String? in
      if case .string(let name) = item { return name }
      return nil
    }
    guard !names.isEmpty, names.count == items.count else {
      throw args.kindError("on")
    }
    return names
  }

  static func message(_ problem: Join.Problem) -> String {
    switch problem {
    case .noColumn(let name, let left): return FrameMessages.noKeyColumn(name, left: left)
    case .keyTypes(let name, let a, let b): return FrameMessages.keyTypes(name, a, b)
    case .frame(let problem): return problem.message
    }
  }

  /// The id of a merge problem: a key column that is not there is no-column.
  static func code(_ problem: Join.Problem) -> ErrorCode {
    switch problem {
    case .noColumn: return .noColumn
    case .frame(let problem): return problem.code
    case .keyTypes: return .builtinFrame
    }
  }

  static func place(_ problem: Join.Problem) -> String {
    if case .frame = problem { return "right" }
    return "on"
  }
}
