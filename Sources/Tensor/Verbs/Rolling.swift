/// Trailing-window statistics, as pandas' rolling(window) with min_periods=window: the first
/// window-1 results are missing, and so is every window that holds a missing value.
public enum Rolling {
  public enum Function: String, Sendable, CaseIterable {
    case mean, sum, min, max, std

    func apply(_ window: [Double]) -> Double? {
      switch self {
      case .mean: return Reduce.mean(window)
      case .sum: return Reduce.sum(window)
      case .min: return Reduce.minimum(window)
      case .max: return Reduce.maximum(window)
      case .std: return Reduce.standardDeviation(window, ddof: 1)
      }
    }
  }

  /// The statistic of each trailing window of `window` rows (window ≥ 1), as floats; nil for
  /// a column that is not numeric. O(rows × window).
  public static func apply(_ function: Function, _ column: Column, window: Int) -> Column? {
    guard window >= 1, let values = Column.floats(column.storage) else { return nil }
    var result = Array(repeating: Double.nan, count: values.count)
    var validity = Bitmap(count: values.count, allValid: false)
    var missingInWindow = 0
    for row in values.indices {
      if column.isMissing(row) { missingInWindow += 1 }
      if row >= window, column.isMissing(row - window) { missingInWindow -= 1 }
      guard row >= window - 1, missingInWindow == 0 else { continue }
      if let value = function.apply(Array(values[(row - window + 1)...row])) {
        result[row] = value
        validity.set(row, true)
      }
    }
    return Column(name: column.name, storage: .float(result), validity: validity, unit: column.unit)
  }
}
