import Foundation

/// A spectrogram (frequency × time values with their axis coordinates) as a plot image: in
/// decibels, at most a few thousand cells, and on a log frequency axis resampled to rows of
/// equal height so the picture is not stretched.
enum SpectrogramImage {
  enum Scale: Equatable {
    /// The values are already decibels.
    case decibels
    /// Power: 10·log10.
    case power
    /// Amplitude: 20·log10.
    case amplitude
  }

  static func image(
    values: [Double], frequencies: [Double], times: [Double], scale: Scale, topDB: Double,
    logFrequency: Bool, maxColumns: Int = 1200, maxRows: Int = 600
  ) -> PlotImage? {
    let (rows, columns) = (frequencies.count, times.count)
    guard rows > 0, columns > 0, values.count == rows * columns else { return nil }
    var db = values.map { value -> Double in
      switch scale {
      case .decibels: return value
      case .power: return value > 0 ? 10 * log10(value) : -.infinity
      case .amplitude: return value > 0 ? 20 * log10(value) : -.infinity
      }
    }
    let highest = db.filter(\.isFinite).max() ?? 0
    let floor = highest - topDB
    for index in db.indices where !(db[index] >= floor) { db[index] = floor }

    let columnStep = max(1, (columns + maxColumns - 1) / maxColumns)
    let outColumns = (columns + columnStep - 1) / columnStep
    let halfTime = columns > 1 ? (times[1] - times[0]) / 2 : 0.5
    let halfBin = rows > 1 ? (frequencies[1] - frequencies[0]) / 2 : 0.5

    // The rows of the picture: frequency bins, or log-spaced bands that pick their bin.
    var sourceRows: [Int]
    var y0 = frequencies[0] - halfBin
    let y1 = frequencies[rows - 1] + halfBin
    if logFrequency {
      guard let lowest = frequencies.first(where: { $0 > 0 }) else { return nil }
      y0 = max(lowest - halfBin, lowest / 2)
      let count = min(maxRows, 256)
      let (a, b) = (log10(y0), log10(y1))
      sourceRows = (0..<count).map { r in
        let f = pow(10, a + (Double(r) + 0.5) / Double(count) * (b - a))
        return nearest(f, in: frequencies)
      }
    } else {
      let rowStep = max(1, (rows + maxRows - 1) / maxRows)
      sourceRows = Array(stride(from: 0, to: rows, by: rowStep))
    }
    var cells = [Double](repeating: floor, count: sourceRows.count * outColumns)
    for (r, source) in sourceRows.enumerated() {
      for c in 0..<outColumns {
        // The loudest value of the columns a cell stands for, so short calls stay visible.
        var loudest = -Double.infinity
        for column in (c * columnStep)..<min(columns, (c + 1) * columnStep) {
          loudest = max(loudest, db[source * columns + column])
        }
        cells[r * outColumns + c] = loudest
      }
    }
    return PlotImage(
      rows: sourceRows.count, columns: outColumns, values: cells, x0: times[0] - halfTime,
      x1: times[columns - 1] + halfTime, y0: y0, y1: y1, lowest: floor, highest: highest,
      keepsLoudest: true)
  }

  private static func nearest(_ value: Double, in sorted: [Double]) -> Int {
    var (low, high) = (0, sorted.count - 1)
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    if low > 0, abs(sorted[low - 1] - value) < abs(sorted[low] - value) { return low - 1 }
    return low
  }
}
