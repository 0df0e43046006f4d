extension Reduce {
  /// The variance (ddof=1 by default, as pandas), pairwise over the squared deviations; nil
  /// for `ddof` values or fewer. O(n).
  public static func variance(_ values: [Double], ddof: Int = 1) -> Double? {
    guard values.count > ddof, let mean = mean(values) else { return nil }
    let squares = values.withUnsafeBufferPointer {
      pairwiseSum($0, SquaredDeviation(mean: mean))
    }
    return squares / Double(values.count - ddof)
  }
}
