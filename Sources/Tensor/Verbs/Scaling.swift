/// Column-wise rescaling and outlier flags for cleaning numeric columns, as the pandas
/// idioms `s.clip(lower, upper)`, `(s - s.mean()) / s.std()` and
/// `(s - s.min()) / (s.max() - s.min())`. Missing values stay missing.
public enum Scaling {
  public enum OutlierMethod: String, Sendable, CaseIterable {
    case iqr, zscore
  }

  /// Values below `lower` raised to it, above `upper` lowered to it; nil for a column that
  /// is not int or float. An int column stays int when both bounds are whole numbers.
  public static func clipped(_ column: Column, lower: Double?, upper: Double?) -> Column? {
    let bound = { (value: Double) in min(max(value, lower ?? -.infinity), upper ?? .infinity) }
    switch column.storage {
    case .float(let values): return column.with(.float(values.map(bound)))
    case .int(let values):
      let bounds = [lower, upper].compactMap { $0 }
      guard bounds.allSatisfy({ $0 == $0.rounded() && $0.magnitude < 9e18 }) else {
        return column.with(.float(values.map { bound(Double($0)) }))
      }
      let (low, high) = (lower.map { Int($0) } ?? .min, upper.map { Int($0) } ?? .max)
      return column.with(.int(values.map { Swift.min(Swift.max($0, low), high) }))
    default: return nil
    }
  }

  /// An int column clipped by int bounds, exactly.
  public static func clipped(_ column: Column, _ values: [Int], lower: Int?, upper: Int?)
    -> Column
  {
    let (low, high) = (lower ?? .min, upper ?? .max)
    return column.with(.int(values.map { Swift.min(Swift.max($0, low), high) }))
  }

  /// (x - mean) / std with std's ddof=1, as floats; nil for a column that is not numeric.
  /// Every value is NaN when fewer than two values are present or all are equal.
  public static func standardized(_ column: Column) -> Column? {
    guard column.type == .int || column.type == .float, let values = Reduce.floats(column),
      let valid = Reduce.validFloats(column)
    else { return nil }
    let mean = Reduce.mean(valid) ?? .nan
    let deviation = Reduce.standardDeviation(valid, ddof: 1) ?? .nan
    return column.with(.float(values.map { ($0 - mean) / deviation }), unit: nil)
  }

  /// (x - min) / (max - min), as floats; nil for a column that is not numeric. Every value
  /// is NaN when all are equal.
  public static func normalized(_ column: Column) -> Column? {
    guard column.type == .int || column.type == .float, let values = Reduce.floats(column),
      let valid = Reduce.validFloats(column)
    else { return nil }
    let low = Reduce.minimum(valid) ?? .nan
    let high = Reduce.maximum(valid) ?? .nan
    return column.with(.float(values.map { ($0 - low) / (high - low) }), unit: nil)
  }

  /// True where a value lies outside Q1 - k·IQR … Q3 + k·IQR (quantiles interpolated
  /// linearly, as pandas' quantile) or where |z| > k (std with ddof=1). Missing values are
  /// false, as a pandas comparison with NaN is. nil for a column that is not numeric.
  public static func outliers(_ column: Column, method: OutlierMethod, threshold k: Double)
    -> Column?
  {
    guard column.type == .int || column.type == .float, let values = Reduce.floats(column),
      let valid = Reduce.validFloats(column)
    else { return nil }
    let isOutlier: (Double) -> Bool
    switch method {
    case .iqr:
      let quartiles = Reduce.quantiles(valid, [0.25, 0.75])
      let (q1, q3) = (quartiles[0] ?? .nan, quartiles[1] ?? .nan)
      let (low, high) = (q1 - k * (q3 - q1), q3 + k * (q3 - q1))
      isOutlier = { $0 < low || $0 > high }
    case .zscore:
      let mean = Reduce.mean(valid) ?? .nan
      let deviation = Reduce.standardDeviation(valid, ddof: 1) ?? .nan
      isOutlier = { (($0 - mean) / deviation).magnitude > k }
    }
    let flags = values.indices.map { !column.isMissing($0) && isOutlier(values[$0]) }
    return Column(name: column.name, storage: .bool(flags))
  }
}

extension Column {
  /// The column with new storage of the same length, keeping name, validity and unit.
  func with(_ storage: ColumnStorage) -> Column {
    Column(name: name, storage: storage, validity: validity, unit: unit)
  }

  /// The column with new storage of the same length and another unit.
  func with(_ storage: ColumnStorage, unit: String?) -> Column {
    Column(name: name, storage: storage, validity: validity, unit: unit)
  }
}
