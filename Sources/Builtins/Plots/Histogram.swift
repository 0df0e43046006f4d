/// Counts per bin, as numpy.histogram: bins [e0, e1), [e1, e2), …, the last one closed on the
/// right; values outside the edges and missing values are not counted.
enum Histogram {
  /// `bins` equal-width edges from the smallest to the largest finite value (±0.5 around a
  /// single value); nil when there is no finite value.
  static func edges(_ values: [Double], bins: Int) -> [Double]? {
    let finite = values.filter(\.isFinite)
    guard var low = finite.min(), var high = finite.max(), bins > 0 else { return nil }
    if low == high { (low, high) = (low - 0.5, high + 0.5) }
    let width = (high - low) / Double(bins)
    return (0...bins).map { $0 == bins ? high : low + Double($0) * width }
  }

  /// How many values fall into each bin of `edges` (increasing).
  static func counts(_ values: [Double], edges: [Double]) -> [Double] {
    guard edges.count > 1 else { return [] }
    var counts = [Double](repeating: 0, count: edges.count - 1)
    for value in values where value.isFinite && value >= edges[0] {
      guard let last = edges.last, value <= last else { continue }
      // The first edge above the value closes its bin; the top edge belongs to the last bin.
      var (low, high) = (0, edges.count - 1)
      while low < high {
        let middle = (low + high) / 2
        if edges[middle] <= value { low = middle + 1 } else { high = middle }
      }
      counts[min(max(low - 1, 0), counts.count - 1)] += 1
    }
    return counts
  }

  /// Bars for the counts: centres and widths of the bins.
  static func bars(edges: [Double]) -> (centers: [Double], widths: [Double]) {
    let pairs = zip(edges, edges.dropFirst())
    return (pairs.map { ($0 + $1) / 2 }, pairs.map { $1 - $0 })
  }
}
