import Interpreter
import Tensor

/// A frame split into groups by key columns, made by group_by() (or into time bins by
/// resample()) for summarize().
final class GroupedFrameValue: ObjectValue {
  let frame: Frame
  let keyNames: [String]
  let grouping: Grouping
  /// How the groups were made, as the display says it: "groups by station".
  let label: String

  init(frame: Frame, keyNames: [String], grouping: Grouping, label: String? = nil) {
    self.frame = frame
    self.keyNames = keyNames
    self.grouping = grouping
    self.label = label ?? "groups by " + keyNames.joined(separator: ", ")
  }

  var typeName: String { "grouped frame" }
  var length: Int? { grouping.count }
  var providesColumns: Bool { true }
  var memberNames: [String] { frame.names }

  var shortDescription: String {
    "<frame \(frame.rowCount) rows in \(grouping.count) \(label)>"
  }

  func display(width: Int) -> String {
    "\(frame.rowCount) rows in \(grouping.count) \(label)\n"
      + String(FrameDisplay.frame(grouping.keys, width: width).dropLast())
  }

  var groupFrames: [any ObjectValue]? {
    (0..<grouping.count).map { GroupView(frame: frame, rows: Array(grouping.index.rows(of: $0))) }
  }

  func groupedValues(_ plans: [GroupedPlan?]) -> [[Value]?]? {
    ColumnShortcut.values(plans, frame, grouping.index)
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    frame.column(named: name).map { .object(ColumnValue($0)) }
  }
}

extension Builtins {
  static let grouping: [Builtin] = [
    Builtin(
      "group_by", area: .frames, summary: "Splits a frame into groups by key columns.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter(
          "keys", .oneOf([.string, .column]), "Column names (or .columns) to group by.",
          variadic: true),
      ],
      returns: .groupedFrame,
      details: "Groups are sorted by key and rows with a missing key are left out, as "
        + "pandas' groupby does by default. Pass the result to summarize().",
      examples: [Example("len(group_by(frame(s=[\"a\", \"b\", \"a\"]), \"s\"))", "2")]
    ) { args in
      let frame = try args.frame("frame")
      var names: [String] = []
      for item in try args.list("keys") {
        switch item {
        case .string(let name) where frame.column(named: name) != nil: names.append(name)
        case .object(let column as ColumnValue) where frame.column(named: column.column.name) != nil:
          names.append(column.column.name)
        case .string(let name):
          throw args.error(.noColumn, FrameMessages.noColumn(name, frame.columnCount), at: "keys")
        default: throw args.kindError("keys")
        }
      }
      guard !names.isEmpty else {
        throw args.error(FrameMessages.groupByNeedsKey, at: "keys")
      }
      do throws(Frame.Problem) {
        let grouping = try Grouping(frame, by: names)
        return .object(GroupedFrameValue(frame: frame, keyNames: names, grouping: grouping))
      } catch {
        throw args.error(error.code, error.message, at: "keys")
      }
    },
    Builtin(
      "summarize", area: .frames,
      summary: "One row per group: the keys and a value computed from each group.",
      parameters: [
        Parameter("grouped", .groupedFrame, "A grouped frame from group_by() or resample()."),
        Parameter(
          "values", .record, "name=expression pairs, e.g. t=mean(.temp).",
          keywords: true),
      ],
      returns: .frame,
      details: "Each expression is evaluated once per group, with `.name` meaning that "
        + "group's column; it must give one value (a number, string, bool or nil).",
      examples: [
        Example(
          "(frame(s=[\"b\", \"a\", \"b\"], x=[1, 2, 3]) |> group_by(\"s\") |> summarize(m=mean(.x))).m[1]",
          "2.0")
      ]
    ) { args in
      let grouped = try args.object("grouped", GroupedFrameValue.self)
      var result = grouped.grouping.keys
      let record = try args.record("values")
      let groupCount = grouped.grouping.count
      for (name, value) in zip(record.keys, record.values) {
        let perGroup: [Value]
        if case .object(let values as PerGroup) = value {
          perGroup = values.values
        } else {
          perGroup = Array(repeating: value, count: groupCount)
        }
        guard let column = ValueConversion.column(perGroup, name: name) else {
          throw args.error(
            FrameMessages.notOnePerGroup(name), at: "values",
            help: FrameMessages.notOnePerGroupHelp)
        }
        do throws(Frame.Problem) {
          try result.set(column)
        } catch {
          throw args.error(error.code, error.message, at: "values")
        }
      }
      return .frame(result)
    },
    Builtin(
      "summarize_all", area: .frames,
      summary: "One row per group: a function of each numeric column (or the named ones).",
      parameters: [
        Parameter("grouped", .groupedFrame, "A grouped frame from group_by() or resample()."),
        Parameter("function", .function, "A function of one column that gives one value."),
        Parameter(
          "columns", .optional(.listOf(.string)),
          "The columns to summarize; by default every numeric "
            + "column that is not a key.", default: .null),
      ],
      returns: .frame,
      details: "As pandas' df.groupby(keys).mean(numeric_only=True): the keys, then one column "
        + "per summarized column, under its own name, holding function(group's column).",
      examples: [
        Example(
          "d = frame(s=[\"b\", \"a\", \"b\"], x=[1, 2, 3], y=[4.0, 5.0, 6.0])\n"
            + "(d |> group_by(\"s\") |> summarize_all(mean)).y[1]", "5.0")
      ]
    ) { args in
      let grouped = try args.object("grouped", GroupedFrameValue.self)
      let names: [String]
      if args.isNull("columns") {
        names = grouped.frame.columns.filter {
          ($0.type == .int || $0.type == .float) && !grouped.keyNames.contains($0.name)
        }.map(\.name)
      } else {
        names = try args.columnNames("columns", in: grouped.frame)
      }
      let function = args.value("function")
      var result = grouped.grouping.keys
      for name in names {
        guard let column = grouped.frame.column(named: name) else { continue }
        var perGroup: [Value] = []
        for group in 0..<grouped.grouping.count {
          let rows = Array(grouped.grouping.index.rows(of: group))
          perGroup.append(try args.call(function, [.column(column.gathering(rows))]))
        }
        guard var summary = ValueConversion.column(perGroup, name: name) else {
          throw args.error(
            FrameMessages.functionNotOnePerGroup(name), at: "function",
            help: FrameMessages.functionNotOnePerGroupHelp)
        }
        summary.unit = column.unit
        do throws(Frame.Problem) {
          try result.set(summary)
        } catch {
          throw args.error(error.code, error.message, at: "columns")
        }
      }
      return .frame(result)
    },
  ]
}

/// One group of a grouped frame as the context of `.name`: a column is gathered only when
/// an argument asks for it, so summarizing two columns of a wide frame copies two columns.
final class GroupView: ObjectValue {
  let frame: Frame
  let rows: [Int]

  init(frame: Frame, rows: [Int]) {
    self.frame = frame
    self.rows = rows
  }

  var typeName: String { "frame" }
  var length: Int? { rows.count }
  var providesColumns: Bool { true }
  var memberNames: [String] { frame.names }
  var shortDescription: String { "<frame \(rows.count) rows × \(frame.columnCount) columns>" }
  func display(width: Int) -> String { FrameValue(frame.gathering(rows)).display(width: width) }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    frame.column(named: name).map { .object(ColumnValue($0.gathering(rows))) }
  }
}
