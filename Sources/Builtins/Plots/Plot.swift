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
  /// The colour bar's label, when a layer is an image or has shades.
  var colorLabel = ""
  /// The axis ranges the user chose (`xlim=`, `ylim=`), instead of covering the data.
  var xLimits: ClosedRange<Double>? = nil
  var yLimits: ClosedRange<Double>? = nil
  /// y grows downwards (CTD profiles are drawn depth-down).
  var invertY = false
  /// Small multiples: one panel per facet value, each with its own layers, on shared axes.
  /// Empty for a single panel drawn from `layers`.
  var facets: [PlotFacet] = []
  /// The series the legend lists when not this plot's own labelled layers (a facet's panel
  /// lists every facet's series).
  var legendLayers: [PlotLayer]? = nil
  /// The colour scale when shared with other panels (facets), instead of this plot's own.
  var sharedColorRange: ColorRange? = nil
  /// Whether the colour bar is drawn (a facet grid draws it beside the last column only).
  var showsColorBar = true
  /// A spectrogram's band with the most energy, marked in the terminal preview.
  var loudestBand: SpectrogramBand? = nil

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
    result.xLimits = other.xLimits ?? xLimits
    result.yLimits = other.yLimits ?? yLimits
    result.invertY = invertY || other.invertY
    if result.yCategories.isEmpty { result.yCategories = other.yCategories }
    result.loudestBand = loudestBand ?? other.loudestBand
    return result
  }

  var image: PlotImage? {
    layers.lazy.compactMap(\.image).first
  }
}

/// One thing drawn in a plot: a shape in data coordinates (NaN marks a gap or a missing
/// point) with its legend label, colour, opacity and optional per-point extras.
struct PlotLayer {
  enum Shape {
    case line(xs: [Double], ys: [Double])
    case points(xs: [Double], ys: [Double], size: Double)
    /// Bars from 0 (or the log axis' floor) to `heights`, centred at `xs`, each as wide as
    /// its entry of `widths` (in data units).
    case bars(xs: [Double], heights: [Double], widths: [Double])
    case boxes([BoxSummary])
    case image(PlotImage)
  }

  var shape: Shape
  /// The series' name in the legend; empty for none.
  var label = ""
  /// A colour of the cycle; -1 takes the plot's next one.
  var color = -1
  /// 1 is opaque, 0 invisible.
  var alpha = 1.0
  /// Values drawn through the plot's colour scale, one per point (a numeric `color=` column),
  /// instead of `color`.
  var shades: [Double]? = nil
  /// Half the length of each point's error bar, drawn around its y value.
  var errors: [Double]? = nil
  /// Half the length of each point's horizontal error bar, drawn around its x value (`xerr=`:
  /// a temperature's uncertainty on a depth-down CTD profile).
  var xErrors: [Double]? = nil

  static func line(xs: [Double], ys: [Double], label: String, color: Int) -> PlotLayer {
    PlotLayer(shape: .line(xs: xs, ys: ys), label: label, color: color)
  }

  static func points(xs: [Double], ys: [Double], label: String, color: Int, size: Double)
    -> PlotLayer
  {
    PlotLayer(shape: .points(xs: xs, ys: ys, size: size), label: label, color: color)
  }

  static func bars(xs: [Double], heights: [Double], width: Double, label: String, color: Int)
    -> PlotLayer
  {
    PlotLayer(
      shape: .bars(xs: xs, heights: heights, widths: Array(repeating: width, count: xs.count)),
      label: label, color: color)
  }

  static func boxes(_ boxes: [BoxSummary], color: Int) -> PlotLayer {
    PlotLayer(shape: .boxes(boxes), color: color)
  }

  static func image(_ image: PlotImage) -> PlotLayer {
    PlotLayer(shape: .image(image), color: 0)
  }

  /// The values with, when there are error bars, the ends of each bar.
  private static func spread(_ values: [Double], by errors: [Double]?) -> [Double] {
    guard let errors else { return values }
    return values + zip(values, errors).map { $0 - $1 } + zip(values, errors).map { $0 + $1 }
  }

  /// The x and y values this layer needs to be visible.
  var extent: (xs: [Double], ys: [Double]) {
    switch shape {
    case .line(let xs, let ys), .points(let xs, let ys, _):
      return (Self.spread(xs, by: xErrors), Self.spread(ys, by: errors))
    case .bars(let xs, let heights, let widths):
      var edges: [Double] = []
      for (x, width) in zip(xs, widths) { edges += [x - width / 2, x + width / 2] }
      var ys = heights + [0]
      for (height, error) in zip(heights, errors ?? []) { ys.append(height + error) }
      return (edges, ys)
    case .boxes(let boxes):
      return (
        boxes.flatMap { [$0.position - 0.5, $0.position + 0.5] },
        boxes.flatMap { [$0.lowerWhisker, $0.upperWhisker] + $0.outliers }
      )
    case .image(let image): return ([image.x0, image.x1], [image.y0, image.y1])
    }
  }

  /// The image this layer draws, if it is one.
  var image: PlotImage? {
    if case .image(let image) = shape { return image }
    return nil
  }
}

/// The values a colour bar spans: an image's, or the shades of the points.
struct ColorRange {
  var lowest: Double
  var highest: Double

  /// Where `value` falls in 0…1 (0.5 when the range is a single value).
  func fraction(_ value: Double) -> Double {
    highest > lowest ? (value - lowest) / (highest - lowest) : 0.5
  }
}

extension Plot {
  /// The range of the colour bar, when the plot has one.
  var colorRange: ColorRange? {
    if let sharedColorRange { return sharedColorRange }
    if let image { return ColorRange(lowest: image.lowest, highest: image.highest) }
    let shades = (layers + facets.flatMap(\.layers)).flatMap { $0.shades ?? [] }
      .filter(\.isFinite)
    guard let lowest = shades.min(), let highest = shades.max() else { return nil }
    return ColorRange(lowest: lowest, highest: highest)
  }
}

/// One panel of a faceted plot: the facet value as its title, and its layers.
struct PlotFacet {
  var title: String
  var layers: [PlotLayer]
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
  /// Drawn coarsely (a preview's characters), a cell shows the loudest value it covers rather
  /// than one sample (spectrograms: a narrow band or a short call stays visible).
  var keepsLoudest = false

  /// At most `columns` × `rows` cells, each the largest value of the block it stands for, so a
  /// narrow band or a short call stays visible when drawn coarsely (a preview's characters).
  /// Blocks split the image as evenly as whole cells allow. O(rows × columns of the image).
  func loudest(columns: Int, rows: Int) -> PlotImage {
    guard columns < self.columns || rows < self.rows else { return self }
    let (outColumns, outRows) = (min(columns, self.columns), min(rows, self.rows))
    var values = [Double](repeating: -.infinity, count: outRows * outColumns)
    for row in 0..<outRows {
      let firstRow = min(self.rows - 1, row * self.rows / outRows)
      let lastRow = min(self.rows, max(firstRow + 1, (row + 1) * self.rows / outRows))
      for column in 0..<outColumns {
        let first = min(self.columns - 1, column * self.columns / outColumns)
        let last = min(self.columns, max(first + 1, (column + 1) * self.columns / outColumns))
        var loudest = -Double.infinity
        for r in firstRow..<lastRow {
          for c in first..<last { loudest = max(loudest, self.values[r * self.columns + c]) }
        }
        values[row * outColumns + column] = loudest
      }
    }
    var pooled = self
    (pooled.rows, pooled.columns, pooled.values, pooled.cellLabels) = (
      outRows, outColumns, values, nil
    )
    return pooled
  }

  /// At most `columns` × `rows` cells, each the value at the centre of the block it stands for
  /// (cell labels kept only when nothing is left out). O(columns × rows).
  func sampled(columns: Int, rows: Int) -> PlotImage {
    guard columns < self.columns || rows < self.rows else { return self }
    let (outColumns, outRows) = (min(columns, self.columns), min(rows, self.rows))
    var values: [Double] = []
    values.reserveCapacity(outRows * outColumns)
    for row in 0..<outRows {
      let sourceRow = min(self.rows - 1, (2 * row + 1) * self.rows / (2 * outRows))
      for column in 0..<outColumns {
        let sourceColumn = min(self.columns - 1, (2 * column + 1) * self.columns / (2 * outColumns))
        values.append(self.values[sourceRow * self.columns + sourceColumn])
      }
    }
    var sampled = self
    (sampled.rows, sampled.columns, sampled.values, sampled.cellLabels) = (
      outRows, outColumns, values, nil
    )
    return sampled
  }

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
