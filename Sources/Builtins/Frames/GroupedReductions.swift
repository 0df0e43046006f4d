import Interpreter
import Tensor

/// The grouped shortcuts of the reductions (`summarize(m=mean(.x), n=len(.x))` on a grouped
/// frame): every group's value from the whole column in one pass over the group index,
/// exactly the value the builtin gives for the group's column alone, units included. A case
/// the builtin would refuse (text, an overflowing int sum, a bad argument) is declined, so
/// the per-group call reports it as before.
enum GroupedReductions {
  /// mean, sum, min, max and median, which take no other argument here.
  static func reduction(_ kind: ColumnReductions.Kind) -> ColumnShortcut {
    ColumnShortcut { source, arguments in
      guard arguments.isEmpty else { return nil }
      return values(source, kind) { floats in
        switch kind {
        case .mean: return GroupedReduce.mean(floats)
        case .sum: return GroupedReduce.sum(floats)
        case .min: return GroupedReduce.extreme(floats, largest: false)
        case .max: return GroupedReduce.extreme(floats, largest: true)
        case .median: return GroupedReduce.median(floats)
        case .std: return GroupedReduce.standardDeviation(floats, ddof: 1)
        }
      }
    }
  }

  /// std, with `ddof` (an int of at least 0) when given.
  static let standardDeviation = ColumnShortcut { source, arguments in
    var ddof = 1
    for (name, value) in arguments {
      guard name == "ddof", case .int(let given) = value, given >= 0 else { return nil }
      ddof = given
    }
    return values(source, .std) { GroupedReduce.standardDeviation($0, ddof: ddof) }
  }

  /// quantile with one q in 0...1 (a list of them gives a list per group: declined).
  static let quantile = ColumnShortcut { source, arguments in
    var q = 0.5
    for (name, value) in arguments {
      guard name == "q", let given = ValueConversion.number(value), (0...1).contains(given)
      else { return nil }
      q = given
    }
    return values(source, .median) { GroupedReduce.quantile($0, q) }
  }

  /// len: each group's number of rows.
  static let length = ColumnShortcut { source, arguments in
    guard arguments.isEmpty else { return nil }
    return (0..<source.groups.count).map { .int(source.groups.size(of: $0)) }
  }

  /// first and last: the group's first (or last) value that is not missing.
  static func pick(last: Bool) -> ColumnShortcut {
    ColumnShortcut { source, arguments in
      guard arguments.isEmpty else { return nil }
      return GroupedReduce.validRow(source.column, source.groups, last: last).map { row in
        row.map { ValueConversion.value(source.column, row: $0) } ?? .null
      }
    }
  }

  /// n_unique: each group's number of distinct values.
  static let distinct = ColumnShortcut { source, arguments in
    guard arguments.isEmpty else { return nil }
    return GroupedReduce.distinctCounts(source.column, source.groups).map(Value.int)
  }

  /// A numeric reduction's values: exact ints for the sum, min and max of an int column, the
  /// valid floats of each group otherwise; each in the unit the builtin gives it. nil for
  /// text and time columns, for an int sum that overflows and for a sum of absolute
  /// temperatures (errors of the per-group call).
  static func values(
    _ source: GroupedColumn, _ kind: ColumnReductions.Kind,
    _ reduce: (GroupedReduce.Floats) -> [Double?]
  ) -> [Value]? {
    let (column, groups) = (source.column, source.groups)
    guard column.type != .string, column.type != .time else { return nil }
    let plain: [Value]
    if case .int(let ints) = column.storage, [.sum, .min, .max].contains(kind) {
      if kind == .sum {
        guard let sums = GroupedReduce.integerSum(ints, column.validity, groups) else {
          return nil
        }
        plain = sums.map(Value.int)
      } else {
        plain = GroupedReduce.integerExtreme(ints, column.validity, groups, largest: kind == .max)
          .map { $0.map(Value.int) ?? .null }
      }
    } else {
      guard let floats = source.validFloats else { return nil }
      plain = reduce(floats).map { $0.map(Value.float) ?? .null }
    }
    guard column.physicalUnit != nil else { return plain }
    return try? plain.map { value throws(RuntimeError) in
      try UnitReductions.result(value, column, kind)
    }
  }
}
