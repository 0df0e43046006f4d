import Interpreter
import Tensor

extension Builtins {
  static let harmonizing: [Builtin] = [
    Builtin(
      "harmonize", area: .cleaning,
      summary: "Several frames with different column names and units as one tidy frame.",
      parameters: [
        Parameter("frames", .listOf(.frame), "The frames, e.g. from read_csv of two cruises."),
        Parameter(
          "names", .optional(.record),
          "Target name -> list of aliases: {temp: [\"temperature\", \"t\"]}.",
          default: .null),
        Parameter(
          "units", .optional(.record), "Target name -> unit: {temp: \"°C\"}.",
          default: .null),
      ],
      returns: .frame,
      details: "Column names are cleaned (snake_case, units from `Name [unit]` headers), "
        + "matched to the targets by name or alias ignoring case and underscores, converted "
        + "to the target units, and the frames stacked by name with a `source` column (the "
        + "frame's position, or its file). It prints what it matched and converted; columns "
        + "that match no target are kept under their cleaned names and reported.",
      examples: [
        Example(
          "nrow(harmonize([frame({\"T [K]\": [274.15]}), frame(temp=[2.0])], "
            + "names={temp: [\"t\"]}, units={temp: \"°C\"}))", "2")
      ]
    ) { args in try Harmonizer.run(args) }
  ]
}

/// harmonize(): matching, converting and stacking, with a printed account of each step.
enum Harmonizer {
  static func run(_ args: Arguments) throws -> Value {
    let frames = try args.list("frames").map { item -> Frame in
      guard case .object(let frame as FrameValue) = item else { throw args.kindError("frames") }
      return frame.frame
    }
    let aliases = try self.aliases(args)
    let units = try self.units(args)
    var report: [String] = []
    var converted: [Frame] = []
    var sources: [String] = []
    for (position, frame) in frames.enumerated() {
      let source =
        frame.metadata.last(where: { $0.key == "source" })?.value
        .split(separator: "/").last.map(String.init) ?? "frame \(position + 1)"
      sources.append(source)
      converted.append(try harmonize(frame, source, aliases, units, &report, args))
    }
    try alignUnits(&converted, sources, &report, args)
    args.write(report.map { "harmonize: " + $0 + "\n" }.joined())
    var stacked = try Union.byName(converted, sources: sources, args: args)
    _ = stacked.rename("source_file", to: "source")
    return .frame(stacked)
  }

  /// Each column in the unit it has in the first frame that gives it one (frames whose
  /// column has another unit are converted, and the report says so).
  static func alignUnits(
    _ frames: inout [Frame], _ sources: [String], _ report: inout [String], _ args: Arguments
  ) throws {
    var first: [String: String] = [:]
    for frame in frames {
      for column in frame.columns where first[column.name] == nil {
        if let unit = column.unit { first[column.name] = unit }
      }
    }
    for index in frames.indices {
      for column in frames[index].columns {
        guard let wanted = first[column.name], let unit = column.physicalUnit,
          unit.symbol != wanted
        else { continue }
        try frames[index].set(try convert(column, to: wanted, sources[index], &report, args))
      }
    }
  }

  static func key(_ name: String) -> String {
    ColumnNaming.snakeCase(name).replacingOccurrences(of: "_", with: "")
  }

  /// Alias key -> target name.
  static func aliases(_ args: Arguments) throws -> [String: String] {
    var result: [String: String] = [:]
    guard !args.isNull("names") else { return result }
    let record = try args.record("names")
    for (target, value) in zip(record.keys, record.values) {
      result[key(target)] = target
      let items: [Value] = if case .list(let list) = value { list.items } else { [value] }
      for item in items {
        guard case .string(let alias) = item else {
          throw args.typeError("names", CleaningMessages.expectedNameLists)
        }
        result[key(alias)] = target
      }
    }
    return result
  }

  static func units(_ args: Arguments) throws -> [String: String] {
    guard !args.isNull("units") else { return [:] }
    let record = try args.record("units")
    var result: [String: String] = [:]
    for (target, value) in zip(record.keys, record.values) {
      guard case .string(let unit) = value else {
        throw args.typeError("units", CleaningMessages.expectedUnitStrings)
      }
      _ = try UnitConversion.unit(unit, args, at: "units")
      result[target] = unit
    }
    return result
  }

  static func harmonize(
    _ frame: Frame, _ source: String, _ aliases: [String: String], _ units: [String: String],
    _ report: inout [String], _ args: Arguments
  ) throws -> Frame {
    var columns: [Column] = []
    var unmatched: [String] = []
    for column in frame.columns {
      let (cleanName, headerUnit) = ColumnNaming.splitUnit(column.name)
      var result = column
      result.unit = headerUnit ?? column.unit
      if let target = aliases[key(cleanName)] {
        result.name = target
        if target != column.name { report.append("\(source): '\(column.name)' -> \(target)") }
      } else {
        result.name = ColumnNaming.snakeCase(cleanName)
        if !aliases.isEmpty { unmatched.append(column.name) }
      }
      if let wanted = units[result.name] {
        result = try convert(result, to: wanted, source, &report, args)
      }
      guard !columns.contains(where: { $0.name == result.name }) else {
        throw args.error(
          CleaningMessages.twoColumnsMatch(source, result.name), at: "names",
          help: CleaningMessages.twoColumnsMatchHelp)
      }
      columns.append(result)
    }
    if !unmatched.isEmpty {
      report.append(
        "\(source): kept unmatched " + unmatched.map { "'\($0)'" }.joined(separator: ", "))
    }
    return try Frame(columns: columns, metadata: frame.metadata)
  }

  static func convert(
    _ column: Column, to wanted: String, _ source: String,
    _ report: inout [String], _ args: Arguments
  ) throws -> Column {
    guard let unitText = column.unit else {
      report.append("\(source): '\(column.name)' has no unit; taken as \(wanted)")
      var result = column
      result.unit = wanted
      return result
    }
    let target = try UnitConversion.unit(wanted, args, at: "units")
    if column.physicalUnit == target { return column }
    let converted: Column
    do throws(Column.ConversionProblem) {
      converted = try column.converted(to: target)
    } catch {
      throw UnitConversion.failure(
        error, args, at: "units", context: CleaningMessages.inColumn(source, column.name))
    }
    report.append("\(source): '\(column.name)' converted \(unitText) -> \(wanted)")
    return converted
  }
}
