/// Filling missing values of a column: with the previous or next value, the mean, or by
/// linear interpolation, as pandas' ffill, bfill, fillna(mean()) and interpolate().
public enum MissingFill {
  public enum Method: String, Sendable, CaseIterable {
    case forward, backward, mean, median, linear

    /// Whether the method needs numbers (mean, median and linear do; forward and backward
    /// take any).
    public var isNumeric: Bool { self != .forward && self != .backward }
  }

  /// The column filled by `method`; nil when the method needs numbers and the column has none.
  /// Mean and linear give floats. O(rows).
  public static func filled(_ column: Column, method: Method) -> Column? {
    guard let validity = column.validity else { return column }
    switch method {
    case .forward, .backward:
      let sources = carried(validity, forward: method == .forward)
      return column.gathering(orMissing: sources)
    case .mean, .median:
      guard let values = Column.floats(column.storage) else { return nil }
      let valid = values.indices.filter(validity.isValid).map { values[$0] }
      // The median skips NaN as pandas' does.
      let center =
        method == .mean ? Reduce.mean(valid) : Reduce.median(valid.filter { !$0.isNaN })
      guard let center else { return column }
      let filled = values.indices.map { validity.isValid($0) ? values[$0] : center }
      return Column(name: column.name, storage: .float(filled), unit: column.unit)
    case .linear:
      guard let values = Column.floats(column.storage) else { return nil }
      return interpolated(values, validity, column)
    }
  }

  /// For each row, the row whose value it takes: itself when valid, else the nearest valid
  /// row before (forward) or after it; -1 when there is none.
  static func carried(_ validity: Bitmap, forward: Bool) -> [Int] {
    var sources = Array(repeating: -1, count: validity.count)
    var last = -1
    let rows = Array(0..<validity.count)
    for row in forward ? rows : rows.reversed() {
      if validity.isValid(row) { last = row }
      sources[row] = last
    }
    return sources
  }

  /// Linear interpolation between valid neighbours by position; rows before the first value
  /// stay missing, rows after the last take it (pandas' interpolate with its defaults).
  static func interpolated(_ values: [Double], _ validity: Bitmap, _ column: Column) -> Column {
    var result = values
    var resultValidity = Bitmap(count: values.count)
    var previous = -1
    for row in values.indices {
      guard validity.isValid(row) else { continue }
      if previous >= 0, row - previous > 1 {
        let step = (values[row] - values[previous]) / Double(row - previous)
        for gap in (previous + 1)..<row {
          result[gap] = values[previous] + step * Double(gap - previous)
        }
      }
      previous = row
    }
    let first = (0..<values.count).first(where: validity.isValid) ?? values.count
    for row in 0..<first { resultValidity.set(row, false) }
    if previous >= 0 {
      for row in (previous + 1)..<max(previous + 1, values.count) { result[row] = values[previous] }
    }
    return Column(
      name: column.name, storage: .float(result), validity: resultValidity, unit: column.unit)
  }
}
