/// Counts per equal-width bin, as numpy.histogram with an int `bins`.
enum Histogram {
  /// The bins of the finite values. Works in halves so data spanning the whole range of
  /// doubles (1e308 and -1e308) still gives finite widths; a single value, however large,
  /// gets a bin range of its own width.
  static func counts(_ values: [Double], bins: Int) -> (
    centers: [Double], counts: [Double], width: Double
  ) {
    let finite = values.filter(\.isFinite)
    guard var low = finite.min(), var high = finite.max(), bins > 0 else {
      return ([], [], 1)
    }
    if low == high {
      // numpy pads by 0.5, which vanishes next to 1e16; pad by a few ulps there.
      let pad = Swift.max(0.5, low.magnitude.ulp * Double(bins))
      let largest = Double.greatestFiniteMagnitude
      (low, high) = (Swift.max(low - pad, -largest), Swift.min(high + pad, largest))
    }
    let span = high - low
    var counts = [Double](repeating: 0, count: bins)
    for value in finite {
      // The span of distinct doubles is never 0, but may overflow: then take halves.
      let fraction =
        span.isFinite ? (value - low) / span : (value / 2 - low / 2) / (high / 2 - low / 2)
      let index = Int((fraction * Double(bins)).rounded(.down))
      counts[Swift.min(bins - 1, Swift.max(0, index))] += 1
    }
    let halfStep = (high / 2 - low / 2) / Double(bins)
    let centers = (0..<bins).map { 2 * (low / 2 + (Double($0) + 0.5) * halfStep) }
    return (centers, counts, Swift.min(2 * halfStep, .greatestFiniteMagnitude))
  }
}
