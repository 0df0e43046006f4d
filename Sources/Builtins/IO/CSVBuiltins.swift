import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let csv: [Builtin] = [
    csvReader(
      "read_csv", separator: ",", summary: "Reads a CSV file (or several, by a glob) into a frame.",
      example: Example("ncol(read_csv(\"/etc/passwd\", sep=\":\", header=false))", "7")),
    csvReader(
      "read_tsv", separator: "\t", summary: "Reads a tab-separated file (or several) into a frame.",
      example: Example("ncol(read_tsv(\"/etc/passwd\", header=false))", "1")),
  ]

  static func csvReader(_ name: String, separator: String, summary: String, example: Example)
    -> Builtin
  {
    let sep = separator == "\t" ? "\"\\t\"" : "\",\""
    return Builtin(
      name, area: .io, summary: summary,
      parameters: [
        Parameter(
          "path", .string, "The file, or a glob like \"raw/ctd/*.csv\"; relative to the script."),
        Parameter(
          "sep", .string, "The field separator (one character).", default: .string(separator)),
        Parameter(
          "header", .bool, "Whether the first line holds the column names.", default: .bool(true)),
        Parameter(
          "na", .listOf(.oneOf([.string, .number])),
          "More values that mean a missing value: strings, or numbers, which match by value "
            + "(-999 also catches -999.0), as pandas' na_values; pandas' defaults always apply.",
          default: .list),
        Parameter(
          "types", .optional(.record), "Column types that override inference: {depth: \"float\"}.",
          default: .null),
        Parameter(
          "parse_times", .optional(.oneOf([.listOf(.string), .record])),
          "Columns to read as times: a list of names (ISO 8601), or a record of name to "
            + "format for other layouts: {date: \"%d.%m.%Y %H:%M\"}.", default: .list),
        Parameter(
          "encoding", .choice(["utf-8", "latin-1"]), "The text encoding.",
          default: .string("utf-8")),
        Parameter(
          "on_bad", .choice(["error", "skip"]),
          "What a row with the wrong number of fields does: stop with an error, or be "
            + "skipped and counted.", default: .string("error")),
      ],
      returns: .frame,
      details: "Each column's type is inferred from its values (int, float, bool, time for ISO "
        + "8601, else string); empty fields and pandas' NA strings are missing values. A glob "
        + "reads every matching file and unions them by column name, adding a `source_file` "
        + "column. Default separator: \(sep).",
      examples: [example]
    ) { args in try CSVLoading.read(args) }
  }
}

/// read_csv() and read_tsv(): options from the arguments, one or many files, errors with
/// file:line.
enum CSVLoading {
  static func read(_ args: Arguments) throws -> Value {
    var options = try self.options(args)
    let formats = try timeFormats(args)
    for name in formats.keys { options.types[name] = .string }
    let pattern = try args.path("path")
    let paths = pattern.contains(where: { "*?[".contains($0) }) ? Glob.paths(pattern) : [pattern]
    guard !paths.isEmpty else {
      throw args.error(FileMessages.noFileMatches(try args.string("path")), at: "path")
    }
    var frames: [Frame] = []
    var skipped = 0
    for path in paths {
      do throws(CSVError) {
        let result = try CSVReader.read(path: path, options: options)
        args.run.record(path, .read)
        skipped += result.skippedRows.count
        var frame = ColumnNaming.attachingHeaderUnits(result.frame)
        for (name, example) in CSVReader.oversizedIntegerColumns(frame) {
          args.write(CSVReader.oversizedIntegersWarning(name, example) + "\n")
        }
        try applyTimeFormats(formats, to: &frame, path: path)
        let named = Array(options.types.keys) + options.parseTimes
        if let unknown = named.sorted().first(where: { frame.column(named: $0) == nil }) {
          throw CSVError(
            message: FileMessages.noColumnInFile(unknown, Array(frame.names.prefix(8))),
            hint: frame.columnCount == 1 ? .text(FrameMessages.csvSeparatorHint) : nil)
        }
        frame.metadata.append((key: "source", value: path))
        frames.append(frame)
      } catch {
        throw args.error(message(error, path), at: "path", help: hint(error.hint))
          .coded(error)
      }
    }
    if skipped > 0 {
      args.write(FileMessages.skippedRows(skipped) + "\n")
    }
    if paths.count == 1, let frame = frames.first { return .frame(frame) }
    return .frame(try Union.byName(frames, sources: paths, args: args))
  }

  /// The reader's hints in the words of the awi options, by case.
  static func hint(_ hint: CSVError.Hint?) -> String? {
    switch hint {
    case .badRow?: return FrameMessages.csvBadRowHint
    case .latin1?: return FrameMessages.csvLatin1Hint
    case .text(let text)?: return text
    case nil: return nil
    }
  }

  static func message(_ error: CSVError, _ path: String) -> String {
    // An open failure's message names the path already.
    guard error.failure == nil else { return error.message }
    let place =
      error.line.map { "\((path as NSString).lastPathComponent):\($0): " }
      ?? "\((path as NSString).lastPathComponent): "
    return place + error.message
  }

  /// `parse_times={name: format}`: the columns read as text, then parsed with the format.
  static func timeFormats(_ args: Arguments) throws -> [String: TimeFormat] {
    guard case .record(let record) = args.value("parse_times") else { return [:] }
    var formats: [String: TimeFormat] = [:]
    for (name, value) in zip(record.keys, record.values) {
      guard case .string(let pattern) = value, let format = TimeFormat(pattern) else {
        throw args.error(
          FileMessages.notATimeFormat(name), at: "parse_times", help: FrameMessages.badFormatHelp)
      }
      formats[name] = format
    }
    return formats
  }

  static func applyTimeFormats(
    _ formats: [String: TimeFormat], to frame: inout Frame,
    path: String
  ) throws(CSVError) {
    for (name, format) in formats.sorted(by: { $0.key < $1.key }) {
      guard let column = frame.column(named: name) else { continue }
      let parsed: Column
      do throws(TimeParsing.Problem) {
        parsed = try TimeParsing.parse(column, format: format, coerce: false)
      } catch {
        switch error {
        case .badValue(let value, let row):
          throw CSVError(line: row + 2, message: FileMessages.timeFormatMismatch(value, name))
        case .notStrings(let type):
          throw CSVError(message: FileMessages.timesNotText(name, String(describing: type)))
        }
      }
      // Same name and length as the column it replaces, so this cannot fail.
      try? frame.set(parsed)
    }
  }

  static func options(_ args: Arguments) throws -> CSVOptions {
    var options = CSVOptions()
    let separator = Array(try args.string("sep").utf8)
    guard separator.count == 1, let byte = separator.first else {
      throw args.error(FileMessages.separatorLength, at: "sep")
    }
    options.separator = byte
    options.header = try args.bool("header")
    for value in try args.list("na") {
      switch value {
      case .string(let text): options.naValues.insert(text)
      case .int(let number): options.naValues.insert(String(number))
      case .float(let number) where number.isFinite: options.naValues.insert("\(number)")
      default: throw args.kindError("na")
      }
    }
    if !args.isNull("types") {
      let record = try args.record("types")
      for (name, value) in zip(record.keys, record.values) {
        guard case .string(let text) = value, let type = ColumnType(rawValue: text) else {
          throw args.error(FileMessages.unknownColumnType(name), at: "types")
        }
        options.types[name] = type
      }
    }
    if case .list(let list) = args.value("parse_times") {
      options.parseTimes = try list.items.map {
        guard case .string(let name) = $0 else {
          throw args.kindError("parse_times")
        }
        return name
      }
    } else if case .record = args.value("parse_times") {
      options.parseTimes = []
    } else {
      throw args.kindError("parse_times")
    }
    options.encoding = try args.string("encoding") == "latin-1" ? .latin1 : .utf8
    options.onBadRows = try args.string("on_bad") == "skip" ? .skip : .error
    return options
  }
}

/// Paths matching a shell glob, sorted so the union is deterministic.
enum Glob {
  static func paths(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard glob(pattern, 0, nil, &result) == 0 else { return [] }
    var paths: [String] = []
    for index in 0..<Int(result.gl_pathc) {
      if let pointer = result.gl_pathv[index] { paths.append(String(cString: pointer)) }
    }
    return paths.sorted()
  }
}

extension Builtins {
  static let csvWriting: [Builtin] = [
    csvWriter("write_csv", separator: ","), csvWriter("write_tsv", separator: "\t"),
  ]

  static func csvWriter(_ name: String, separator: Character) -> Builtin {
    Builtin(
      name, area: .io,
      summary: separator == "," ? "Writes a frame to a CSV file." : "Writes a frame to a TSV file.",
      parameters: [
        Parameter("frame", .frame, "The frame."),
        Parameter("path", .string, "The file; relative paths start at the script's folder."),
      ],
      returns: .nothing,
      details: "Floats are written in their shortest round-trip form, missing values as empty "
        + "fields; a field holding the separator, a quote or a line break (CR or LF) is quoted. "
        + "Large frames are formatted on every core and streamed to the file in row order. "
        + "The file is written atomically (a temporary file, then a rename). Writing into "
        + "a workspace's raw/ folder is refused: raw data is changed only by fetch.",
      examples: [Example("\(name)(frame(a=[1]), \"/dev/null\")", "nil")]
    ) { args in
      let frame = try args.frame("frame")
      let path = try args.writablePath("path")
      do throws(AtomicFile.Problem) {
        try CSVWriter.write(frame, separator: separator, to: path)
        if path != "/dev/null" { args.run.record(path, .written) }
      } catch {
        throw args.error(error.message, at: "path").coded(error)
      }
      return .null
    }
  }
}
