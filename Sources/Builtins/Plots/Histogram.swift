/// Counts per equal-width bin, as numpy.histogram with an int `bins`.
enum Histogram {
  static func counts(_ values: [Double], bins: Int) -> (
    centers: [Double], counts: [Double], width: Double
  ) {
    let finite = values.filter(\.isFinite)
    guard var low = finite.min(), var high = finite.max(), bins > 0 else {
      return ([], [], 1)
    }
    if low == high { (low, high) = (low - 0.5, high + 0.5) }
    let width = (high - low) / Double(bins)
    var counts = [Double](repeating: 0, count: bins)
    for value in finite {
      let index = min(bins - 1, max(0, Int((value - low) / width)))
      counts[index] += 1
    }
    let centers = (0..<bins).map { low + (Double($0) + 0.5) * width }
    return (centers, counts, width)
  }
}
