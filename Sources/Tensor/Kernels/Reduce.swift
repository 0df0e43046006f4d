/// Reductions over whole columns. Missing values are skipped (as pandas does); floats are
/// summed pairwise, so the rounding error grows with log n, not n.
public enum Reduce {
  /// numpy's pairwise summation, step for step (8 partial sums in blocks of up to 128,
  /// halves split at a multiple of 8), so sums match numpy's to the last bit.
  public static func pairwiseSum(_ values: UnsafeBufferPointer<Double>) -> Double {
    pairwiseSum(values, Identity())
  }

  /// numpy's float32 pairwise sum: the same steps, every partial sum a float32.
  public static func pairwiseSum(_ values: UnsafeBufferPointer<Float>) -> Float {
    pairwiseSum(values, Identity())
  }

  /// The pairwise sum of `term(value)` over `values`, in the same order as `pairwiseSum`,
  /// without storing the terms, in the values' own precision.
  static func pairwiseSum<Term: SumTerm>(
    _ values: UnsafeBufferPointer<Term.Element>, _ term: Term
  ) -> Term.Element {
    let count = values.count
    if count < 8 {
      var total: Term.Element = 0
      for value in values { total += term(value) }
      return total
    }
    if count <= 128 {
      var partial = (
        term(values[0]), term(values[1]), term(values[2]), term(values[3]),
        term(values[4]), term(values[5]), term(values[6]), term(values[7])
      )
      var index = 8
      while index < count - count % 8 {
        partial.0 += term(values[index])
        partial.1 += term(values[index + 1])
        partial.2 += term(values[index + 2])
        partial.3 += term(values[index + 3])
        partial.4 += term(values[index + 4])
        partial.5 += term(values[index + 5])
        partial.6 += term(values[index + 6])
        partial.7 += term(values[index + 7])
        index += 8
      }
      var total =
        ((partial.0 + partial.1) + (partial.2 + partial.3))
        + ((partial.4 + partial.5) + (partial.6 + partial.7))
      while index < count {
        total += term(values[index])
        index += 1
      }
      return total
    }
    var half = count / 2
    half -= half % 8
    return pairwiseSum(UnsafeBufferPointer(rebasing: values[..<half]), term)
      + pairwiseSum(UnsafeBufferPointer(rebasing: values[half...]), term)
  }

  /// Every value of a numeric column as a float, missing slots included (as whatever they
  /// hold); nil for string columns.
  public static func floats(_ column: Column) -> [Double]? {
    switch column.storage {
    case .float(let floats): return floats
    case .int(let ints): return ints.map(Double.init)
    case .bool(let flags): return flags.map { $0 ? 1 : 0 }
    case .time(let times): return times.map(Double.init)
    case .string: return nil
    }
  }

  /// The valid values of a numeric column as floats (ints and bools converted, times as µs):
  /// missing values and NaN left out, pandas' skipna rule for every column reduction.
  public static func validFloats(_ column: Column) -> [Double]? {
    var values: [Double]
    switch column.storage {
    case .float(let floats): values = floats
    case .int(let ints): values = ints.map(Double.init)
    case .bool(let flags): values = flags.map { $0 ? 1 : 0 }
    case .time(let times): values = times.map(Double.init)
    case .string: return nil
    }
    if let validity = column.validity { values = Gather.valid(values, validity) }
    if column.type == .float, values.contains(where: \.isNaN) {
      values.removeAll(where: \.isNaN)
    }
    return values
  }

  public static func sum(_ values: [Double]) -> Double {
    values.withUnsafeBufferPointer(pairwiseSum)
  }

  public static func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : sum(values) / Double(values.count)
  }

  /// Standard deviation with `ddof` delta degrees of freedom (pandas: 1, numpy: 0).
  public static func standardDeviation(_ values: [Double], ddof: Int = 1) -> Double? {
    guard values.count > ddof, let mean = mean(values) else { return nil }
    return standardDeviation(values, mean: mean, ddof: ddof)
  }

  /// Standard deviation about a known `mean` (the values' own), pairwise over the squared
  /// deviations; nil for `ddof` values or fewer.
  public static func standardDeviation(_ values: [Double], mean: Double, ddof: Int = 1) -> Double? {
    guard values.count > ddof else { return nil }
    let squares = values.withUnsafeBufferPointer {
      pairwiseSum($0, SquaredDeviation(mean: mean))
    }
    return (squares / Double(values.count - ddof)).squareRoot()
  }

  /// The smallest value; NaN when any value is NaN (as numpy's min, pandas skips NaN: the
  /// caller drops missing values, and NaN is a value).
  public static func minimum(_ values: [Double]) -> Double? {
    guard var best = values.first else { return nil }
    for value in values {
      if value.isNaN { return .nan }
      if value < best { best = value }
    }
    return best
  }

  public static func maximum(_ values: [Double]) -> Double? {
    guard var best = values.first else { return nil }
    for value in values {
      if value.isNaN { return .nan }
      if value > best { best = value }
    }
    return best
  }

  /// Linear-interpolation quantile (pandas' and numpy's default), q in 0...1.
  public static func quantile(_ values: [Double], _ q: Double) -> Double? {
    quantiles(values, [q]).first ?? nil
  }

  /// Several quantiles with one sort.
  public static func quantiles(_ values: [Double], _ qs: [Double]) -> [Double?] {
    guard !values.isEmpty else { return qs.map { _ in nil } }
    let last = values.count - 1
    let positions = qs.map { q in
      let position = q * Double(last)
      let lower = position.isNaN ? 0 : min(max(0, Int(position.rounded(.down))), last)
      return (position, lower, min(lower + 1, last))
    }
    let ranks = Set(positions.flatMap { [$0.1, $0.2] }).sorted()
    // numpy's rule for what reaches here with NaN (tensors): NaN wherever it sits. Columns
    // and lists drop NaN before (pandas' rule).
    if values.contains(where: \.isNaN) { return qs.map { _ in .nan } }
    guard qs.allSatisfy({ (0...1).contains($0) }) else {
      let sorted = values.sorted()
      return qs.map { quantile(sorted: sorted, $0) }
    }
    let statistics = Dictionary(
      uniqueKeysWithValues: zip(ranks, orderStatistics(values, at: ranks)))
    return positions.map { position, lower, upper in
      lerp(statistics[lower] ?? .nan, statistics[upper] ?? .nan, position - Double(lower))
    }
  }

  static func quantile(sorted: [Double], _ q: Double) -> Double {
    let position = q * Double(sorted.count - 1)
    let lower = min(max(0, Int(position.rounded(.down))), sorted.count - 1)
    let upper = min(lower + 1, sorted.count - 1)
    return lerp(sorted[lower], sorted[upper], position - Double(lower))
  }

  /// numpy's `_lerp`: from the nearer end, so a weight near 1 rounds as numpy's does.
  @inline(__always)
  static func lerp(_ low: Double, _ high: Double, _ weight: Double) -> Double {
    let difference = high - low
    return weight >= 0.5 ? high - difference * (1 - weight) : low + difference * weight
  }

  /// The median as numpy's and pandas' median: the middle value, or the mean of the two
  /// middle ones `(a + b) / 2`; NaN when a value is NaN (callers that skip NaN drop it first).
  public static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    if values.contains(where: \.isNaN) { return .nan }
    let middle = values.count / 2
    if values.count % 2 == 1 { return orderStatistics(values, at: [middle]).first }
    let pair = orderStatistics(values, at: [middle - 1, middle])
    return (pair[0] + pair[1]) / 2
  }
}

/// What `Reduce.pairwiseSum` adds up for each value.
protocol SumTerm {
  associatedtype Element: TensorElement
  func callAsFunction(_ value: Element) -> Element
}

/// The value itself.
struct Identity<Element: TensorElement>: SumTerm {
  @inline(__always) func callAsFunction(_ value: Element) -> Element { value }
}

/// The squared distance from the mean, as `(x - mean) * (x - mean)`.
struct SquaredDeviation<Element: TensorElement>: SumTerm {
  let mean: Element
  @inline(__always) func callAsFunction(_ value: Element) -> Element {
    (value - mean) * (value - mean)
  }
}
