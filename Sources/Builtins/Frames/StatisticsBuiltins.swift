import Interpreter
import Tensor

extension Builtins {
  static let statistics: [Builtin] = [
    Builtin(
      "std", area: .frames, summary: "The sample standard deviation (ddof=1, as pandas).",
      parameters: [
        Parameter("values", .sequence, "A column, a tensor or a list of numbers."),
        Parameter(
          "ddof", .bounded(0...Int.max), "Delta degrees of freedom; 0 for numpy's.",
          default: .int(1)),
        Parameter(
          "axis", .optional(.int), "For a tensor: along this axis only.", default: .null),
      ],
      returns: .oneOf([.float, .tensor]),
      details: "Missing values in a column are skipped. A tensor's is computed as numpy's "
        + "std, in the tensor's dtype.",
      examples: [
        Example("std([2, 4, 4, 4, 5, 5, 7, 9])", "2.138089935299395"),
        Example("std(tensor([[1, 2], [3, 5]]), ddof=0, axis=1)[1]", "1.0"),
      ],
      grouped: GroupedReductions.standardDeviation
    ) { args in
      if case .object(let tensor as TensorValue) = args.value("values") {
        return try tensor.std(ddof: try args.int("ddof"), axis: args.value("axis"))
      }
      let values = try Statistics.numbers(args, "values", for: "std")
      let result = Reduce.standardDeviation(values, ddof: try args.int("ddof")).map(Value.float)
      return try UnitReductions.result(result ?? .null, args.value("values"), .std)
    },
    Builtin(
      "median", area: .frames,
      summary: "The median: the middle value, or the mean of the two middle ones (as pandas).",
      parameters: [Parameter("values", .sequence, "A column, a list of numbers or a tensor.")],
      returns: .float,
      details: "Missing values and NaN in a column or list are skipped (pandas' rule); a "
        + "tensor's median is NaN when it holds NaN (numpy's).",
      examples: [Example("median([3, 1, 4, 1])", "2.0")],
      grouped: GroupedReductions.reduction(.median)
    ) { args in
      if case .object(let tensor as TensorValue) = args.value("values") {
        return try ColumnReductions.reduce(.object(tensor), .median) ?? .null
      }
      let median = Reduce.median(try Statistics.numbers(args, "values", for: "median"))
      return try UnitReductions.result(
        median.map(Value.float) ?? .null, args.value("values"), .median)
    },
    Builtin(
      "first", area: .frames, summary: "The first value of a column or list (missing skipped).",
      parameters: [Parameter("values", .sequence, "A column or list.")],
      returns: .any(because: "an item of the column or list, of its kind"),
      details: "As pandas' groupby first(): the first non-missing value; nil when there is none.",
      examples: [Example("first(column([nil, 2, 3]))", "2")],
      grouped: GroupedReductions.pick(last: false)
    ) { args in try args.elements("values").first(where: { !$0.isNull }) ?? .null },
    Builtin(
      "last", area: .frames, summary: "The last value of a column or list (missing skipped).",
      parameters: [Parameter("values", .sequence, "A column or list.")],
      returns: .any(because: "an item of the column or list, of its kind"),
      examples: [Example("last(column([1, 2, nil]))", "2")],
      grouped: GroupedReductions.pick(last: true)
    ) { args in try args.elements("values").last(where: { !$0.isNull }) ?? .null },
    Builtin(
      "n_unique", area: .frames, summary: "How many distinct values (missing not counted).",
      parameters: [Parameter("values", .sequence, "A column or list.")],
      returns: .int,
      examples: [Example("n_unique(column([\"a\", \"b\", \"a\", nil]))", "2")],
      grouped: GroupedReductions.distinct
    ) { args in
      if case .object(let column as ColumnValue) = args.value("values") {
        return .int(GroupIds.distinct(column.column).firstRows.count)
      }
      var seen: [Value] = []
      for value in try args.elements("values")
      where try !value.isNull && !seen.contains(where: { try Operators.equal($0, value) }) {
        seen.append(value)
      }
      return .int(seen.count)
    },
    Builtin(
      "describe", area: .frames,
      summary: "Summary statistics of the numeric columns, as pandas' describe().",
      parameters: [Parameter("frame", .oneOf([.frame, .column]), "The frame, or one column.")],
      returns: .frame,
      details: "One row per statistic (count, mean, std with ddof=1, min, 25%, 50%, 75%, max) "
        + "and one column per numeric column; missing values are skipped. A text or bool "
        + "column alone gives count, unique, top and freq, as pandas' Series.describe().",
      examples: [
        Example("describe(frame(x=[1, 2, 3, 4])).x[1]", "2.5"),
        Example("describe(column([\"a\", \"b\", \"a\"])).value[2]", "\"a\""),
      ]
    ) { args in
      if case .object(let column as ColumnValue) = args.value("frame") {
        return .frame(try Statistics.describe(column: column.column))
      }
      return .frame(try Statistics.describe(try args.frame("frame")))
    },
    Builtin(
      "unique", area: .frames, summary: "The distinct values, in order of first appearance.",
      parameters: [Parameter("values", .sequence, "A column or list.")],
      returns: .list,
      examples: [Example("unique([\"a\", \"b\", \"a\"])", "[\"a\", \"b\"]")]
    ) { args in
      if case .object(let column as ColumnValue) = args.value("values") {
        return .list(ListObject(Statistics.unique(column.column)))
      }
      var seen: [Value] = []
      for value in try args.elements("values")
      where try !seen.contains(where: { try Operators.equal($0, value) }) {
        seen.append(value)
      }
      return .list(ListObject(seen))
    },
    Builtin(
      "value_counts", area: .frames,
      summary: "How often each value occurs, most frequent first, as a frame.",
      parameters: [
        Parameter("values", .sequence, "A column or list."),
        Parameter(
          "normalize", .bool, "Gives each value's share of the counted values instead.",
          default: .bool(false)),
      ],
      returns: .frame,
      details: "Ties keep the order of first appearance; missing values are not counted. With "
        + "normalize=true the second column is `proportion`, as pandas names it.",
      examples: [
        Example("value_counts([\"b\", \"a\", \"b\"]).count[0]", "2"),
        Example("value_counts([\"b\", \"a\", \"b\", \"b\"], normalize=true).proportion[0]", "0.75"),
      ]
    ) { args in
      let counts: Frame
      if case .object(let column as ColumnValue) = args.value("values") {
        counts = try Statistics.valueCounts(column.column)
      } else {
        counts = try Statistics.valueCounts(try args.elements("values"))
      }
      return .frame(try args.bool("normalize") ? try Statistics.proportions(counts) : counts)
    },
  ]
}

/// The numeric work behind the statistics builtins.
extension Value {
  /// True for nil, the missing value.
  var isNull: Bool {
    if case .null = self { return true }
    return false
  }
}

enum Statistics {
  /// Numbers of a column or list, missing values and NaN skipped (pandas' rule); a string
  /// or time column is an error naming its first non-number.
  static func numbers(_ args: Arguments, _ name: String, for reduction: String) throws -> [Double] {
    if case .object(let column as ColumnValue) = args.value(name) {
      guard column.column.type != .string, column.column.type != .time,
        let values = Reduce.validFloats(column.column)
      else {
        throw args.error(
          .notNumeric, FrameMessages.notNumbers(reduction, column.column), at: name,
          help: FrameMessages.notNumbersHelp(column.column.type))
      }
      return values
    }
    return try args.elements(name).compactMap { value in
      if case .null = value { return nil }
      guard let number = ValueConversion.number(value) else {
        throw args.typeError(name, FrameMessages.expectedNumbers)
      }
      return number.isNaN ? nil : number
    }
  }

  static let describeRows = ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]

  /// pandas' describe(): one column of statistics per numeric column. The quartiles and
  /// the other statistics of every column are computed concurrently, each exactly as alone.
  static func describe(_ frame: Frame) throws -> Frame {
    let numeric = frame.columns.compactMap { column -> (Column, [Double])? in
      guard column.type == .int || column.type == .float,
        let values = Reduce.validFloats(column)
      else { return nil }
      return (column, values)
    }
    let tasks = numeric.indices.flatMap { [($0, true), ($0, false)] }
    let parts = Parallel.map(tasks) { index, isQuartiles in
      isQuartiles
        ? Reduce.quantiles(numeric[index].1, [0.25, 0.5, 0.75]) : moments(numeric[index].1)
    }
    var columns = [Column(name: "statistic", storage: .strings(describeRows))]
    for (index, (column, _)) in numeric.enumerated() {
      let (quartiles, moments) = (parts[2 * index], parts[2 * index + 1])
      let stats = moments.prefix(4) + quartiles + moments.suffix(1)
      columns.append(
        Column(
          name: column.name, storage: .float(stats.map { $0 ?? .nan }),
          validity: Bitmap(stats.map { $0 != nil }), unit: column.unit))
    }
    return try Frame(columns: columns)
  }

  /// describe() of one column: a numeric column as in a frame; a text, bool or time column
  /// as pandas' Series.describe() of objects (count, unique, top, freq).
  static func describe(column: Column) throws -> Frame {
    if column.type == .int || column.type == .float {
      return try describe(try Frame(columns: [column]))
    }
    let (firstRows, counts) = GroupIds.distinct(column)
    let top = counts.indices.max {
      counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1)
    }
    let texts = [
      String(column.count - column.missingCount), String(counts.count),
      top.map { ValueConversion.value(column, row: firstRows[$0]).text } ?? "",
      top.map { String(counts[$0]) } ?? "",
    ]
    return try Frame(columns: [
      Column(name: "statistic", storage: .strings(["count", "unique", "top", "freq"])),
      Column(name: "value", storage: .strings(texts)),
    ])
  }

  /// value_counts(normalize=true): the counts as shares of their sum, named `proportion`.
  static func proportions(_ counts: Frame) throws -> Frame {
    guard let last = counts.columns.last, case .int(let values) = last.storage else {
      return counts
    }
    let total = Double(values.reduce(0, +))
    var columns = Array(counts.columns.dropLast())
    columns.append(
      Column(
        name: "proportion",
        storage: .float(values.map { total > 0 ? Double($0) / total : .nan })))
    return try Frame(columns: columns)
  }

  /// count, mean, std (ddof=1), min and max.
  static func moments(_ values: [Double]) -> [Double?] {
    let mean = Reduce.mean(values)
    return [
      Double(values.count), mean,
      mean.flatMap { Reduce.standardDeviation(values, mean: $0) },
      Reduce.minimum(values), Reduce.maximum(values),
    ]
  }

  /// A column's distinct values in order of first appearance, nil (missing) included where
  /// it first appears, from one hashing pass instead of comparing every pair.
  static func unique(_ column: Column) -> [Value] {
    var rows = GroupIds.distinct(column).firstRows
    if let missing = (0..<column.count).first(where: column.isMissing) {
      rows.insert(missing, at: rows.firstIndex(where: { $0 > missing }) ?? rows.count)
    }
    return rows.map { ValueConversion.value(column, row: $0) }
  }

  /// value_counts() of a column: the typed values gathered once, no boxing per row.
  static func valueCounts(_ column: Column) throws -> Frame {
    let (firstRows, counts) = GroupIds.distinct(column)
    let order = counts.indices.sorted {
      counts[$0] > counts[$1] || (counts[$0] == counts[$1] && $0 < $1)
    }
    var values = column.gathering(order.map { firstRows[$0] })
    values.name = "value"
    return try Frame(columns: [
      values, Column(name: "count", storage: .int(order.map { counts[$0] })),
    ])
  }

  static func valueCounts(_ values: [Value]) throws -> Frame {
    var distinct: [Value] = []
    var counts: [Int] = []
    for value in values {
      if case .null = value { continue }
      if let position = try distinct.firstIndex(where: { try Operators.equal($0, value) }) {
        counts[position] += 1
      } else {
        distinct.append(value)
        counts.append(1)
      }
    }
    let order = distinct.indices.sorted {
      counts[$0] > counts[$1] || (counts[$0] == counts[$1] && $0 < $1)
    }
    guard let valueColumn = ValueConversion.column(order.map { distinct[$0] }, name: "value") else {
      throw RuntimeError(.mixedKinds, FrameMessages.mixedKinds)
    }
    return try Frame(columns: [
      valueColumn,
      Column(name: "count", storage: .int(order.map { counts[$0] })),
    ])
  }
}
