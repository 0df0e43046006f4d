/// Row-to-row column operations as pandas' `cumsum`, `cumprod`, `cummax`, `cummin`, `diff`
/// and `shift`, with pandas' missing-value rules: a missing row (or NaN) stays where it is and
/// the running value skips it (skipna); a difference with a missing side is missing. Ints stay
/// ints (exact, an overflow is an error) where pandas would only turn them into floats to hold
/// NaN. O(n).
public enum Accumulation {
  public enum Kind: String, Sendable, CaseIterable {
    case sum, prod, max, min
  }

  public enum Problem: Error, Equatable {
    case notNumeric
    case integerOverflow
  }

  /// The running sum, product, maximum or minimum of an int or float column.
  public static func accumulated(_ column: Column, _ kind: Kind) throws(Problem) -> Column {
    switch column.storage {
    case .float(let values):
      return column.accumulating(.float(floats(values, column, kind)), keepsUnit: kind != .prod)
    case .int(let values):
      return column.accumulating(.int(try ints(values, column, kind)), keepsUnit: kind != .prod)
    default: throw .notNumeric
    }
  }

  static func floats(_ values: [Double], _ column: Column, _ kind: Kind) -> [Double] {
    var result = values
    var running: Double?
    for row in values.indices where !column.isMissing(row) && !values[row].isNaN {
      let value = values[row]
      guard let current = running else {
        running = value
        continue
      }
      switch kind {
      case .sum: running = current + value
      case .prod: running = current * value
      case .max: running = Swift.max(current, value)
      case .min: running = Swift.min(current, value)
      }
      result[row] = running ?? value
    }
    return result
  }

  static func ints(_ values: [Int], _ column: Column, _ kind: Kind) throws(Problem) -> [Int] {
    var result = values
    var running: Int?
    for row in values.indices where !column.isMissing(row) {
      let value = values[row]
      guard let current = running else {
        running = value
        continue
      }
      let next: (partialValue: Int, overflow: Bool)
      switch kind {
      case .sum: next = current.addingReportingOverflow(value)
      case .prod: next = current.multipliedReportingOverflow(by: value)
      case .max: next = (Swift.max(current, value), false)
      case .min: next = (Swift.min(current, value), false)
      }
      if next.overflow { throw .integerOverflow }
      running = next.partialValue
      result[row] = next.partialValue
    }
    return result
  }

  /// `x[i] - x[i - periods]` (a negative `periods` looks ahead); missing where either side
  /// is missing or outside the column.
  public static func differenced(_ column: Column, periods: Int) throws(Problem) -> Column {
    let count = column.count
    let periods = Swift.max(-count, Swift.min(count, periods))
    let valid = (0..<count).map { row in
      let other = row - periods
      return other >= 0 && other < count && !column.isMissing(row) && !column.isMissing(other)
    }
    switch column.storage {
    case .float(let values):
      let result = (0..<count).map { valid[$0] ? values[$0] - values[$0 - periods] : 0 }
      return column.accumulating(.float(result), validity: Bitmap(valid), keepsUnit: true)
    case .int(let values):
      var result = [Int](repeating: 0, count: count)
      for row in 0..<count where valid[row] {
        let (difference, overflow) = values[row].subtractingReportingOverflow(values[row - periods])
        if overflow { throw .integerOverflow }
        result[row] = difference
      }
      return column.accumulating(.int(result), validity: Bitmap(valid), keepsUnit: true)
    default: throw .notNumeric
    }
  }

  /// The column moved down by `periods` rows (up when negative), missing where nothing moved
  /// in; any type.
  public static func shifted(_ column: Column, periods: Int) -> Column {
    let count = column.count
    let periods = Swift.max(-count, Swift.min(count, periods))
    let sources = (0..<count).map { row -> Int? in
      let source = row - periods
      return source >= 0 && source < count ? source : nil
    }
    let moved = column.gathering(sources.map { $0 ?? 0 })
    let valid = sources.map { source in source.map { !column.isMissing($0) } ?? false }
    return Column(
      name: column.name, storage: moved.storage, validity: Bitmap(valid), unit: column.unit)
  }
}

extension Column {
  /// This column's name (and unit, when `keepsUnit`) with new values.
  func accumulating(_ storage: ColumnStorage, validity: Bitmap? = nil, keepsUnit: Bool) -> Column {
    Column(
      name: name, storage: storage, validity: validity ?? self.validity,
      unit: keepsUnit ? unit : nil)
  }
}
