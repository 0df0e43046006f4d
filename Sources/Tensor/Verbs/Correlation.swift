/// Pearson correlation as pandas computes it (`Series.corr`, `DataFrame.corr`): over the rows
/// where both values are present (not missing, not NaN), centred by the means and scaled by
/// the largest deviation before the products are summed, so large values do not overflow.
/// Sums are pairwise (pandas' dot products go through BLAS), so results agree with pandas to
/// about 1e-15, not always to the last bit. O(n).
public enum Correlation {
  /// The correlation of two numeric columns of equal length; nil when fewer than two rows
  /// have both values or either side is constant (pandas' NaN).
  public static func pearson(_ a: Column, _ b: Column) -> Double? {
    guard let x = Reduce.floats(a), let y = Reduce.floats(b), x.count == y.count else {
      return nil
    }
    let rows = x.indices.filter { row in
      !a.isMissing(row) && !b.isMissing(row) && !x[row].isNaN && !y[row].isNaN
    }
    return pearson(rows.map { x[$0] }, rows.map { y[$0] })
  }

  /// The correlation of two equally long value lists with nothing missing.
  public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
    guard x.count >= 2, let scaledX = scaled(x), let scaledY = scaled(y) else { return nil }
    let fact = Double(x.count - 1)
    let divisorX = (dot(scaledX, scaledX) / fact).squareRoot()
    let divisorY = (dot(scaledY, scaledY) / fact).squareRoot()
    guard divisorX != 0, divisorY != 0 else { return nil }
    let result = dot(scaledX, scaledY) / fact / divisorX / divisorY
    return Swift.max(-1, Swift.min(1, result))
  }

  /// `(v - mean) / max|v - mean|`; nil when every value is the same.
  static func scaled(_ values: [Double]) -> [Double]? {
    guard let mean = Reduce.mean(values) else { return nil }
    let centred = values.map { $0 - mean }
    let scale = centred.reduce(0) { Swift.max($0, abs($1)) }
    guard scale != 0 else { return nil }
    return centred.map { $0 / scale }
  }

  static func dot(_ x: [Double], _ y: [Double]) -> Double {
    Reduce.sum(zip(x, y).map { $0 * $1 })
  }
}
