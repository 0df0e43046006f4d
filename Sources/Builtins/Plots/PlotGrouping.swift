import Interpreter
import Tensor

/// How a plotting call splits and styles its rows, the seaborn way: `color=` (or `hue=`) a
/// column gives one series per group in the colour cycle with a legend (a numeric column on a
/// scatter plot gives a colour scale instead); `facet=` a column gives one panel per value on
/// shared axes; `alpha=`, `yerr=` and `xerr=` style every series.
struct PlotGrouping {
  /// The group of each row by `color=`, -1 where the group is missing; nil for one series.
  var groupOf: [Int]?
  var groupNames: [String] = []
  /// The value of each row of a numeric `color=` column, drawn through a colour scale.
  var shades: [Double]?
  /// The panel of each row by `facet=`, -1 where missing; nil for one panel.
  var facetOf: [Int]?
  var facetNames: [String] = []
  /// The fixed colour of the cycle (`color=3`), -1 for the next one.
  var color = -1
  var alpha = 1.0
  /// The half-length of each row's error bar (`yerr=`) and horizontal one (`xerr=`).
  var errors: [Double]?
  var xErrors: [Double]?
  /// The colour column's name and unit, for the colour bar.
  var colorLabel = ""

  static let parameters: [Parameter] = [
    Parameter(
      "hue", .optional(.oneOf([.string, .series])),
      "A column: one series per group, as `color=` with a column.", default: .null),
    Parameter(
      "facet", .optional(.oneOf([.string, .series])),
      "A column: one panel per value, in a grid on shared axes.", default: .null),
    Parameter("alpha", .number, "The opacity of the series, 0 to 1.", default: .null),
    Parameter(
      "yerr", .optional(.oneOf([.string, .series])),
      "Error bars: a column or list of half-lengths, one per value.",
      default: .null),
    Parameter(
      "xerr", .optional(.oneOf([.string, .series])),
      "Horizontal error bars: a column or list of half-lengths along x, one per value.",
      default: .null),
  ]

  /// The grouping of a call whose data has `rows` rows; `shadesAllowed` when a numeric
  /// colour column becomes a colour scale (scatter) rather than groups.
  static func read(
    _ args: Arguments, rows: Int, shadesAllowed: Bool, defaultGroupAlpha: Double = 1,
    groupBy: String? = nil
  ) throws -> PlotGrouping {
    var grouping = PlotGrouping()
    let colorName =
      [groupBy, "hue"].compactMap { $0 }.first { !args.isNull($0) } ?? "color"
    let colorValue = args.value(colorName)
    switch colorValue {
    case .null: break
    case .int where colorName == "color": grouping.color = try PlotOptions.color(args)
    default:
      let series = try column(args, colorName, rows: rows)
      if series.categories == nil, shadesAllowed {
        grouping.shades = series.values
        grouping.colorLabel = series.label
      } else {
        (grouping.groupOf, grouping.groupNames) = groups(series)
      }
    }
    if !args.isNull("facet") {
      (grouping.facetOf, grouping.facetNames) = groups(try column(args, "facet", rows: rows))
      guard grouping.facetNames.count <= 36 else {
        throw args.error(
          PlotMessages.tooManyFacets(grouping.facetNames.count), at: "facet",
          help: PlotMessages.tooManyFacetsHelp)
      }
    }
    let grouped = grouping.groupOf != nil
    grouping.alpha =
      args.isNull("alpha") ? (grouped ? defaultGroupAlpha : 1) : try args.double("alpha")
    guard grouping.alpha >= 0, grouping.alpha <= 1 else {
      throw args.error(.valueOutOfRange, PlotMessages.alphaRange(grouping.alpha), at: "alpha")
    }
    grouping.errors = try errors(args, "yerr", rows: rows)
    grouping.xErrors = try errors(args, "xerr", rows: rows)
    return grouping
  }

  /// The half-lengths `yerr=` or `xerr=` gives, nil when not given.
  private static func errors(_ args: Arguments, _ name: String, rows: Int) throws -> [Double]? {
    guard !args.isNull(name) else { return nil }
    let series = try column(args, name, rows: rows)
    guard series.categories == nil else {
      throw args.error(.notNumeric, PlotMessages.needsNumbers(name), at: name)
    }
    return series.values
  }

  /// The column a grouping argument names: a column value, a list, or a column name of the
  /// frame given as data; as long as the data.
  private static func column(_ args: Arguments, _ name: String, rows: Int) throws -> PlotSeries {
    var series: PlotSeries?
    if case .string(let columnName) = args.value(name),
      case .object(let frame as FrameValue) = args.value("data")
    {
      guard let column = frame.frame.column(named: columnName) else {
        throw args.error(
          .noColumn, FrameMessages.noColumn(columnName, frame.frame.columnCount), at: name)
      }
      series = PlotSeries.from(column)
    } else {
      series = PlotSeries.from(args.value(name))
    }
    guard let series else {
      throw args.error(
        PlotMessages.takesAColumn(name, args.value(name).typeName), at: name,
        help: name == "color" ? PlotMessages.colorColumnHelp : nil)
    }
    guard series.values.count == rows else {
      throw args.error(
        .lengthMismatch, PlotMessages.optionLength(name, series.values.count, rows), at: name)
    }
    return series
  }

  /// Group numbers by first appearance for names, in increasing order for numbers.
  private static func groups(_ series: PlotSeries) -> ([Int], [String]) {
    if let names = series.categories {
      return (series.values.map { $0.isFinite ? Int($0) : -1 }, names)
    }
    let distinct = Array(Set(series.values.filter(\.isFinite))).sorted()
    var position: [Double: Int] = [:]
    for (index, value) in distinct.enumerated() { position[value] = index }
    let names = distinct.map { PlotScale.shortNumber($0) }
    return (series.values.map { $0.isFinite ? position[$0] ?? -1 : -1 }, names)
  }

  /// The rows of each (facet, group) pair in row order, with its facet and group index
  /// (0 when there is no such split); rows with a missing group or facet are left out.
  func parts(rows: Int) -> [(facet: Int, group: Int, rows: [Int])] {
    let facetCount = facetOf == nil ? 1 : facetNames.count
    let groupCount = groupOf == nil ? 1 : groupNames.count
    var buckets = [[Int]](repeating: [], count: facetCount * groupCount)
    for row in 0..<rows {
      let facet = facetOf.map { $0[row] } ?? 0
      let group = groupOf.map { $0[row] } ?? 0
      guard facet >= 0, group >= 0, facet < facetCount, group < groupCount else { continue }
      buckets[facet * groupCount + group].append(row)
    }
    return buckets.enumerated().compactMap { index, rows in
      let (facet, group) = index.quotientAndRemainder(dividingBy: groupCount)
      return rows.isEmpty && groupOf != nil ? nil : (facet, group, rows)
    }
  }

  /// The plot's layers (or facets) with one layer per part: `shape` draws a part's rows.
  func apply(
    to plot: inout Plot, rows: Int, label: String, shape: ([Int]) -> PlotLayer.Shape
  ) {
    var facets = facetNames.map { PlotFacet(title: $0, layers: []) }
    var layers: [PlotLayer] = []
    for part in parts(rows: rows) {
      var layer = PlotLayer(shape: shape(part.rows))
      layer.label = groupOf == nil ? label : groupNames[part.group]
      // Groups take the cycle's colours in their order, in every panel alike.
      layer.color = groupOf == nil ? color : part.group
      layer.alpha = alpha
      layer.shades = shades.map { values in part.rows.map { values[$0] } }
      layer.errors = errors.map { values in part.rows.map { values[$0] } }
      layer.xErrors = xErrors.map { values in part.rows.map { values[$0] } }
      if facetOf == nil { layers.append(layer) } else { facets[part.facet].layers.append(layer) }
    }
    plot.layers = layers
    plot.facets = facets
    if shades != nil { plot.colorLabel = colorLabel }
  }
}
