import Interpreter
import Tensor

extension Builtins {
  static let series: [Builtin] =
    [accumulation(.sum, "Running sum", "[1, nil, 3, 6]")]
    + [accumulation(.prod, "Running product", "[1, nil, 2, 6]")]
    + [accumulation(.max, "Running maximum", "[1, nil, 2, 3]")]
    + [accumulation(.min, "Running minimum", "[1, nil, 1, 1]")]
    + [
      Builtin(
        "diff", area: .frames, summary: "Each value minus the one `periods` rows before.",
        parameters: [
          Parameter("column", .column, "An int or float column."),
          Parameter("periods", .int, "How many rows back (negative: ahead).", default: .int(1)),
        ],
        returns: .column,
        details: "As pandas' diff(): the first `periods` rows are missing, and so is any row "
          + "where either value is missing. An int column stays int (exact; an overflow is an "
          + "error) where pandas turns it into floats to hold NaN. The unit is kept.",
        examples: [Example("list(diff(column([1, 4, 9, 16])))", "[nil, 3, 5, 7]")]
      ) { args in
        let (column, periods) = (try args.column("column"), try args.int("periods"))
        var result = try SeriesVerbs.run(args, column) { () throws(Accumulation.Problem) in
          try Accumulation.differenced(column, periods: periods)
        }
        // The change of an absolute temperature is a difference (Δ°C).
        result.physicalUnit = column.physicalUnit?.asDifference
        return .column(result)
      },
      Builtin(
        "shift", area: .frames, summary: "The column moved down by `periods` rows.",
        parameters: [
          Parameter("column", .column, "A column of any type."),
          Parameter("periods", .int, "How many rows down (negative: up).", default: .int(1)),
        ],
        returns: .column,
        details: "As pandas' shift(): the rows left empty are missing; the type and unit are "
          + "kept (an int column stays int).",
        examples: [Example("list(shift(column([1, 2, 3])))", "[nil, 1, 2]")]
      ) { args in
        .column(Accumulation.shifted(try args.column("column"), periods: try args.int("periods")))
      },
      Builtin(
        "quantile", area: .frames,
        summary: "The q-th quantile by linear interpolation, as pandas' quantile.",
        parameters: [
          Parameter("values", .sequence, "A numeric column or a list of numbers."),
          Parameter(
            "q", .oneOf([.number, .listOf(.number)]), "A number in 0…1, or a list of them.",
            default: .float(0.5)),
        ],
        returns: .oneOf([.float, .listOf(.float)]),
        details: "numpy's and pandas' default (\"linear\"): position q·(n-1) in the sorted "
          + "values, interpolated between its neighbours. Missing values and NaN are skipped; "
          + "nil when no value is left.",
        examples: [
          Example("quantile([1, 2, 3, 4], 0.25)", "1.75"),
          Example("quantile(column([1.0, nil, 3.0, 5.0]), [0.5, 1])", "[3.0, 5.0]"),
        ],
        grouped: GroupedReductions.quantile
      ) { args in try SeriesVerbs.quantile(args) },
      Builtin(
        "corr", area: .frames, summary: "Pearson correlation of two columns, or of a frame's.",
        parameters: [
          Parameter("x", .oneOf([.column, .frame]), "A numeric column, or a frame."),
          Parameter("y", .optional(.column), "The other column (not for a frame).", default: .null),
        ],
        returns: .oneOf([.float, .frame]),
        details: "As pandas' Series.corr and DataFrame.corr: rows where either value is "
          + "missing or NaN are left out (pairwise for a frame); nil where fewer than two rows "
          + "remain or a column is constant. A frame gives one row and one column per int or "
          + "float column, the names in the first column, `column`.",
        examples: [
          Example("corr(column([1, 2, 3]), column([2, 4, 7]))", "0.9933992677987828"),
          Example("corr(frame(a=[1, 2, 3], b=[3, 2, 1])).b[0]", "-1.0"),
        ]
      ) { args in try SeriesVerbs.correlation(args) },
    ]

  static func accumulation(_ kind: Accumulation.Kind, _ what: String, _ result: String)
    -> Builtin
  {
    let name = "cum" + kind.rawValue
    return Builtin(
      name, area: .frames, summary: "\(what) down a column, as pandas' \(name)().",
      parameters: [Parameter("column", .column, "An int or float column.")],
      returns: .column,
      details: "A missing value (or NaN) stays where it is and the running value skips it "
        + "(pandas' skipna). An int column stays int; an overflow is an error. The unit is "
        + (kind == .prod ? "dropped." : "kept."),
      examples: [Example("list(\(name)(column([1, nil, 2, 3])))", result)]
    ) { args in
      let column = try args.column("column")
      if kind == .sum, let unit = column.physicalUnit, unit.hasOffset {
        throw args.error(
          .unitMismatch, FrameMessages.absoluteTemperatureSum(unit), at: "column",
          help: FrameMessages.absoluteTemperatureCumsumHelp)
      }
      return .column(
        try SeriesVerbs.run(args, column) { () throws(Accumulation.Problem) in
          try Accumulation.accumulated(column, kind)
        })
    }
  }
}

/// The work behind diff, shift, the cumulative builtins, quantile and corr.
enum SeriesVerbs {
  /// Runs a column operation, turning its problems into errors at the column argument.
  static func run(
    _ args: Arguments, _ column: Column,
    _ body: () throws(Accumulation.Problem) -> Column
  ) throws -> Column {
    do throws(Accumulation.Problem) {
      return try body()
    } catch .notNumeric {
      throw args.error(
        .notNumeric, FrameMessages.notNumeric(column.name, column.type), at: "column")
    } catch {
      throw args.error(
        .integerOverflow, FrameMessages.seriesOverflow(args.builtin.name, column.name),
        at: "column", help: FrameMessages.seriesOverflowHelp)
    }
  }

  static func quantile(_ args: Arguments) throws -> Value {
    let values = try Statistics.numbers(args, "values", for: "quantile")
    let isList: Bool
    let qs: [Double]
    switch args.value("q") {
    case .list(let list):
      isList = true
      qs = try list.items.map { item in
        guard let q = ValueConversion.number(item) else { throw args.kindError("q") }
        return q
      }
    default:
      isList = false
      qs = [try args.double("q")]
    }
    guard qs.allSatisfy({ (0...1).contains($0) }) else {
      throw args.error(.valueOutOfRange, FrameMessages.quantileRange, at: "q")
    }
    let results = try Reduce.quantiles(values, qs).map { quantile in
      try UnitReductions.result(quantile.map(Value.float) ?? .null, args.value("values"), .median)
    }
    return isList ? .list(ListObject(results)) : results.first ?? .null
  }

  static func correlation(_ args: Arguments) throws -> Value {
    if case .object(let frame as FrameValue) = args.value("x") {
      guard args.isNull("y") else {
        throw args.error(FrameMessages.frameCorrelationTakesNoY, at: "y")
      }
      return .frame(try matrix(frame.frame))
    }
    let (x, y) = (try args.column("x"), try args.column("y"))
    for (name, column) in [("x", x), ("y", y)] where column.type != .int && column.type != .float {
      throw args.error(.notNumeric, FrameMessages.notNumeric(column.name, column.type), at: name)
    }
    guard x.count == y.count else {
      throw args.error(.lengthMismatch, FrameMessages.lengthMismatch(x.count, y.count), at: "y")
    }
    return Correlation.pearson(x, y).map(Value.float) ?? .null
  }

  /// DataFrame.corr(): a row and a column per int or float column.
  static func matrix(_ frame: Frame) throws -> Frame {
    let numeric = frame.columns.filter { $0.type == .int || $0.type == .float }
    var columns = [Column(name: "column", storage: .strings(numeric.map(\.name)))]
    for column in numeric {
      let values = numeric.map { Correlation.pearson($0, column) }
      columns.append(
        Column(
          name: column.name, storage: .float(values.map { $0 ?? .nan }),
          validity: Bitmap(values.map { $0 != nil })))
    }
    return try Frame(columns: columns)
  }
}
