import Interpreter
import Tensor

/// The data of a plotting call: `f(y)`, `f(x, y)` or `f(df, .x, .y)` (also with column
/// names as strings).
struct PlotArguments {
  var x: PlotSeries?
  var y: PlotSeries

  static func read(_ args: Arguments, needsY: Bool = true) throws -> PlotArguments {
    let data = args.value("data")
    if case .object(let frame as FrameValue) = data {
      let first = try series(args, "x", in: frame.frame)
      let second = args.isNull("y") ? nil : try series(args, "y", in: frame.frame)
      guard let first else {
        throw args.error(PlotMessages.nameColumns, at: "x", help: PlotMessages.nameColumnsHelp)
      }
      return second.map { PlotArguments(x: first, y: $0) } ?? PlotArguments(x: nil, y: first)
    }
    guard let first = PlotSeries.from(data) else {
      throw args.error(
        PlotMessages.cannotPlot(data.typeName), at: "data", help: PlotMessages.cannotPlotHelp)
    }
    if !args.isNull("y") {
      throw args.error(
        PlotMessages.thirdNeedsFrame, at: "y", help: PlotMessages.thirdNeedsFrameHelp)
    }
    guard !args.isNull("x") else { return PlotArguments(x: nil, y: first) }
    guard let second = PlotSeries.from(args.value("x")) else {
      throw args.error(PlotMessages.cannotPlot(args.value("x").typeName), at: "x")
    }
    guard second.values.count == first.values.count else {
      throw args.error(
        .lengthMismatch, PlotMessages.xyLength(first.values.count, second.values.count), at: "x")
    }
    return PlotArguments(x: first, y: second)
  }

  private static func series(_ args: Arguments, _ name: String, in frame: Frame) throws
    -> PlotSeries?
  {
    switch args.value(name) {
    case .null: return nil
    case .string(let columnName):
      guard let column = frame.column(named: columnName) else {
        throw args.error(.noColumn, FrameMessages.noColumn(columnName, frame.columnCount), at: name)
      }
      return PlotSeries.from(column)
    case let value:
      guard let series = PlotSeries.from(value) else {
        throw args.error(PlotMessages.cannotPlot(value.typeName), at: name)
      }
      guard series.values.count == frame.rowCount else {
        throw args.error(
          .lengthMismatch, PlotMessages.columnLength(series.values.count, frame.rowCount),
          at: name)
      }
      return series
    }
  }

  /// The x values: the given ones or the positions 0, 1, ….
  var xValues: [Double] { x?.values ?? y.values.indices.map(Double.init) }
}

extension Arguments {
  static let dataParameters: [Parameter] = [
    Parameter(
      "data", .oneOf([.frame, .series]), "The y values; or the x values when y follows; or a frame."
    ),
    Parameter(
      "x", .optional(.oneOf([.string, .series])),
      "The y values after x, or a column of the frame (`.name` or its name).",
      default: .null),
    Parameter(
      "y", .optional(.oneOf([.string, .series])), "With a frame: the column of y values.",
      default: .null),
  ]
}
