/// A chart as data: layers drawn over shared axes, and the options that label them.
/// Renderers (SVG, PNG, braille) all draw from this one description.
struct Plot {
  var layers: [PlotLayer] = []
  var title = ""
  var xLabel = ""
  var yLabel = ""
  var logX = false
  var logY = false
  var width = 640
  var height = 400
  var legend = true
  /// Category names along x, for bars and box plots.
  var categories: [String] = []
  /// Category names along y, from the bottom (position 0) up, for heat maps.
  var yCategories: [String] = []
  /// Tick labels on x are times (microseconds since the epoch, UTC).
  var timeX = false
  /// The colour bar's label, when a layer is an image.
  var colorLabel = ""

  /// Layers of `other` drawn over this plot; labels and options of `other` win where set.
  func overlaid(with other: Plot) -> Plot {
    var result = self
    result.layers += other.layers
    if !other.title.isEmpty { result.title = other.title }
    if !other.xLabel.isEmpty { result.xLabel = other.xLabel }
    if !other.yLabel.isEmpty { result.yLabel = other.yLabel }
    if !other.colorLabel.isEmpty { result.colorLabel = other.colorLabel }
    result.logX = logX || other.logX
    result.logY = logY || other.logY
    result.timeX = timeX && (other.timeX || other.layers.isEmpty)
    if result.categories.isEmpty { result.categories = other.categories }
    if result.yCategories.isEmpty { result.yCategories = other.yCategories }
    return result
  }

  var image: PlotImage? {
    for layer in layers { if case .image(let image) = layer { return image } }
    return nil
  }
}

/// One thing drawn in a plot. Coordinates are data values; NaN marks a gap or missing point.
enum PlotLayer {
  case line(xs: [Double], ys: [Double], label: String, color: Int)
  case points(xs: [Double], ys: [Double], label: String, color: Int, size: Double)
  /// Bars from `base` to `heights`, centred at `xs`, each `width` wide (in data units).
  case bars(xs: [Double], heights: [Double], width: Double, label: String, color: Int)
  case boxes([BoxSummary], color: Int)
  case image(PlotImage)

  var label: String {
    switch self {
    case .line(_, _, let label, _), .points(_, _, let label, _, _), .bars(_, _, _, let label, _):
      return label
    case .boxes, .image: return ""
    }
  }

  var color: Int {
    switch self {
    case .line(_, _, _, let color), .points(_, _, _, let color, _), .bars(_, _, _, _, let color),
      .boxes(_, let color):
      return color
    case .image: return 0
    }
  }

  /// The x and y values this layer needs to be visible.
  var extent: (xs: [Double], ys: [Double]) {
    switch self {
    case .line(let xs, let ys, _, _), .points(let xs, let ys, _, _, _): return (xs, ys)
    case .bars(let xs, let heights, let width, _, _):
      return (xs.flatMap { [$0 - width / 2, $0 + width / 2] }, heights + [0])
    case .boxes(let boxes, _):
      return (
        boxes.flatMap { [$0.position - 0.5, $0.position + 0.5] },
        boxes.flatMap { [$0.lowerWhisker, $0.upperWhisker] + $0.outliers }
      )
    case .image(let image): return ([image.x0, image.x1], [image.y0, image.y1])
    }
  }
}

/// The five numbers and outliers of one box, as matplotlib draws them: whiskers reach the
/// furthest values within 1.5 IQR of the box.
struct BoxSummary {
  var position: Double
  var lowerQuartile: Double
  var median: Double
  var upperQuartile: Double
  var lowerWhisker: Double
  var upperWhisker: Double
  var outliers: [Double]
}

/// A grid of values drawn as colours: row 0 at the bottom (y0), column 0 at the left (x0).
struct PlotImage {
  var rows: Int
  var columns: Int
  var values: [Double]
  var x0: Double
  var x1: Double
  var y0: Double
  var y1: Double
  var lowest: Double
  var highest: Double
  /// Text written in each cell (same order as `values`), for annotated heat maps.
  var cellLabels: [String]? = nil

  /// The centre of a cell, in data coordinates.
  func center(row: Int, column: Int) -> (x: Double, y: Double) {
    (
      x0 + (Double(column) + 0.5) * (x1 - x0) / Double(columns),
      y0 + (Double(row) + 0.5) * (y1 - y0) / Double(rows)
    )
  }
}

extension PlotImage {
  /// At most `maxRows` × `maxColumns` cells, each the mean of the block of values it stands
  /// for (missing values left out), so a large tensor draws in a file of sensible size.
  static func pooled(_ image: PlotImage, maxRows: Int = 600, maxColumns: Int = 1200) -> PlotImage {
    let rowStep = max(1, (image.rows + maxRows - 1) / maxRows)
    let columnStep = max(1, (image.columns + maxColumns - 1) / maxColumns)
    guard rowStep > 1 || columnStep > 1 else { return image }
    let rows = (image.rows + rowStep - 1) / rowStep
    let columns = (image.columns + columnStep - 1) / columnStep
    var values = [Double](repeating: .nan, count: rows * columns)
    for r in 0..<rows {
      for c in 0..<columns {
        var (sum, count) = (0.0, 0)
        for row in (r * rowStep)..<min(image.rows, (r + 1) * rowStep) {
          for column in (c * columnStep)..<min(image.columns, (c + 1) * columnStep) {
            let value = image.values[row * image.columns + column]
            if value.isFinite {
              sum += value
              count += 1
            }
          }
        }
        if count > 0 { values[r * columns + c] = sum / Double(count) }
      }
    }
    var pooled = image
    (pooled.rows, pooled.columns, pooled.values) = (rows, columns, values)
    pooled.cellLabels = nil
    return pooled
  }
}
