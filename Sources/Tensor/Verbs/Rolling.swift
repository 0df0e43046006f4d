/// Trailing-window statistics, as pandas' rolling(window) with min_periods=window: the first
/// window-1 results are missing, and so is every window that holds a missing value (a window
/// holding a NaN value gives NaN). One pass, O(rows): sums, means and variances are updated
/// as the window moves (the leaving row first, then the new one), with pandas' compensated updates so the results agree with pandas to
/// the last bit or nearly; minima and maxima use a monotonic queue.
public enum Rolling {
  public enum Function: String, Sendable, CaseIterable {
    case mean, sum, min, max, std
  }

  /// The statistic of each trailing window of `window` rows (window ≥ 1), as floats; nil for
  /// a column that is not numeric.
  public static func apply(_ function: Function, _ column: Column, window: Int) -> Column? {
    guard window >= 1, let values = Column.floats(column.storage) else { return nil }
    let count = values.count
    var skipped = [Bool](repeating: false, count: count)
    for row in 0..<count where column.isMissing(row) || values[row].isNaN { skipped[row] = true }
    var result = [Double](repeating: .nan, count: count)
    switch function {
    case .sum, .mean: movingSum(values, skipped, window, mean: function == .mean, into: &result)
    case .std: movingStd(values, skipped, window, into: &result)
    case .min: movingExtreme(values, skipped, window, isBefore: <, into: &result)
    case .max: movingExtreme(values, skipped, window, isBefore: >, into: &result)
    }
    var validity = Bitmap(count: count, allValid: false)
    var missingInWindow = 0
    for row in 0..<count {
      if column.isMissing(row) { missingInWindow += 1 }
      if row >= window, column.isMissing(row - window) { missingInWindow -= 1 }
      // A window of one has no sample standard deviation: missing, as in pandas.
      let defined = function != .std || window > 1
      if row >= window - 1, missingInWindow == 0, defined { validity.set(row, true) }
    }
    // A spread of temperatures is a difference (Δ°C); the others keep the unit.
    let unit = function == .std ? column.physicalUnit?.asDifference : column.physicalUnit
    return Column(
      name: column.name, storage: .float(result), validity: validity, physicalUnit: unit)
  }

  /// Running compensated sum of the values not skipped; a window with a skipped value gives
  /// NaN. Constant runs give exactly value × n (and the value for means), as pandas does.
  private static func movingSum(
    _ values: [Double], _ skipped: [Bool], _ window: Int, mean: Bool, into result: inout [Double]
  ) {
    var (observed, negatives, sameRun) = (0, 0, 0)
    var (sum, addCompensation, removeCompensation, previous) = (0.0, 0.0, 0.0, Double.nan)
    for row in values.indices {
      if row >= window, !skipped[row - window] {
        let value = values[row - window]
        observed -= 1
        let y = -value - removeCompensation
        let t = sum + y
        removeCompensation = t - sum - y
        sum = t
        if value.sign == .minus { negatives -= 1 }
      }
      if !skipped[row] {
        let value = values[row]
        observed += 1
        let y = value - addCompensation
        let t = sum + y
        addCompensation = t - sum - y
        sum = t
        if value.sign == .minus { negatives += 1 }
        sameRun = value == previous ? sameRun + 1 : 1
        previous = value
      }
      guard row >= window - 1, observed == window else { continue }
      if !mean {
        result[row] = sameRun >= observed ? previous * Double(observed) : sum
      } else if sameRun >= observed {
        result[row] = previous
      } else {
        var average = sum / Double(observed)
        if negatives == 0 && average < 0 || negatives == observed && average > 0 { average = 0 }
        result[row] = average
      }
    }
  }

  /// Welford's running variance with compensated means (pandas' roll_var), ddof = 1. When an
  /// update loses most of the sum of squares to cancellation (below 1e3 ulp of what it was),
  /// the window is summed again from scratch, as pandas does. Unlike sums, constant runs are
  /// not special-cased: pandas 3 leaves their rounding residue too.
  private static func movingStd(
    _ values: [Double], _ skipped: [Bool], _ window: Int, into result: inout [Double]
  ) {
    var state = WelfordState()
    for row in values.indices {
      if row >= window, !skipped[row - window] { state.remove(values[row - window]) }
      if !skipped[row] { state.add(values[row]) }
      if state.isUnstable || window == 1 {
        state = WelfordState()
        for member in max(0, row - window + 1)...row where !skipped[member] {
          state.add(values[member])
        }
        state.isUnstable = false
      }
      guard row >= window - 1, state.observed == window, state.observed > 1 else { continue }
      let variance = state.squares / Double(state.observed - 1)
      result[row] = variance > 0 ? variance.squareRoot() : 0
    }
  }

  /// The running count, mean and sum of squared deviations of one window.
  private struct WelfordState {
    var observed = 0
    var mean = 0.0
    var squares = 0.0
    var addCompensation = 0.0
    var removeCompensation = 0.0
    var isUnstable = false
    /// pandas' InvCondTol: 1e3 machine epsilons.
    static let tolerance = Double.ulpOfOne * 1e3

    mutating func add(_ value: Double) {
      let before = squares
      observed += 1
      let previousMean = mean - addCompensation
      let y = value - addCompensation
      let t = y - mean
      addCompensation = t + mean - y
      mean += t / Double(observed)
      squares += (value - previousMean) * (value - mean)
      if before * Self.tolerance > squares { isUnstable = true }
    }

    mutating func remove(_ value: Double) {
      let before = squares
      observed -= 1
      guard observed > 0 else {
        (mean, squares, isUnstable) = (0, 0, false)
        return
      }
      let previousMean = mean - removeCompensation
      let y = value - removeCompensation
      let t = y - mean
      removeCompensation = t + mean - y
      mean -= t / Double(observed)
      squares -= (value - previousMean) * (value - mean)
      if before * Self.tolerance > squares { isUnstable = true }
    }
  }

  /// The smallest (or largest) value of each window from a queue of candidates whose values
  /// only rise (or fall): each row enters and leaves it once.
  private static func movingExtreme(
    _ values: [Double], _ skipped: [Bool], _ window: Int,
    isBefore: (Double, Double) -> Bool, into result: inout [Double]
  ) {
    var queue = [Int]()
    queue.reserveCapacity(window)
    var head = 0
    var skippedInWindow = 0
    for row in values.indices {
      if skipped[row] {
        skippedInWindow += 1
      } else {
        while queue.count > head, let last = queue.last, !isBefore(values[last], values[row]) {
          queue.removeLast()
        }
        queue.append(row)
      }
      if row >= window, skipped[row - window] { skippedInWindow -= 1 }
      while queue.count > head, queue[head] <= row - window { head += 1 }
      if head > 4096, head * 2 > queue.count {
        queue.removeFirst(head)
        head = 0
      }
      guard row >= window - 1, skippedInWindow == 0, queue.count > head else { continue }
      result[row] = values[queue[head]]
    }
  }
}
