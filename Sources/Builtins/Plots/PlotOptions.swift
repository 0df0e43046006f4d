import Interpreter

/// The options every plotting builtin takes, declared once.
enum PlotOptions {
  static let parameters: [Parameter] = [
    Parameter("label", .optional(.string), "The series' name in the legend.", default: .null),
    Parameter(
      "color", .optional(.oneOf([.int, .string, .series])),
      "A colour of the cycle, 0 to 9 (by default the next one); in plot, scatter and hist also "
        + "a column: one series per group, or a colour scale for numbers on a scatter plot.",
      default: .null),
    Parameter("title", .string, "A title above the plot.", default: .string("")),
    Parameter(
      "xlabel", .optional(.string), "The x axis label; by default the column's name and unit.",
      default: .null),
    Parameter(
      "ylabel", .optional(.string), "The y axis label; by default the column's name and unit.",
      default: .null),
    Parameter("logx", .bool, "A logarithmic x axis.", default: .bool(false)),
    Parameter("logy", .bool, "A logarithmic y axis.", default: .bool(false)),
    Parameter("width", .bounded(64...8000), "The figure's width in pixels.", default: .int(640)),
    Parameter("height", .bounded(64...8000), "The figure's height in pixels.", default: .int(400)),
    Parameter("legend", .bool, "Shows the labelled series in a legend.", default: .bool(true)),
    Parameter(
      "xlim", .optional(.listOf(.number)), "The x axis range as [low, high].", default: .null),
    Parameter(
      "ylim", .optional(.listOf(.number)), "The y axis range as [low, high].", default: .null),
    Parameter(
      "invert_y", .bool, "Draws y growing downwards (depth profiles).", default: .bool(false)),
  ]

  /// A plot with the options of the call and axis labels defaulting to the given ones.
  static func plot(_ args: Arguments, layers: [PlotLayer], xLabel: String, yLabel: String)
    throws -> Plot
  {
    var plot = Plot(layers: layers)
    plot.title = try args.string("title")
    plot.xLabel = args.isNull("xlabel") ? xLabel : try args.string("xlabel")
    plot.yLabel = args.isNull("ylabel") ? yLabel : try args.string("ylabel")
    plot.logX = try args.bool("logx")
    plot.logY = try args.bool("logy")
    plot.legend = try args.bool("legend")
    plot.width = try args.int("width")
    plot.height = try args.int("height")
    plot.xLimits = try limits(args, "xlim")
    plot.yLimits = try limits(args, "ylim")
    plot.invertY = try args.bool("invert_y")
    for (name, size) in [("width", plot.width), ("height", plot.height)]
    where size < 64 || size > 8000 {
      throw args.error(.valueOutOfRange, PlotMessages.sizeRange(name, size), at: name)
    }
    return plot
  }

  static func label(_ args: Arguments) throws -> String {
    args.isNull("label") ? "" : try args.string("label")
  }

  /// An axis range `[low, high]`: two finite numbers, low below high.
  static func limits(_ args: Arguments, _ name: String) throws -> ClosedRange<Double>? {
    guard !args.isNull(name) else { return nil }
    let items = try args.list(name)
    let numbers = items.compactMap(ValueConversion.number)
    guard items.count == 2, numbers.count == 2, numbers.allSatisfy(\.isFinite),
      numbers[0] < numbers[1]
    else {
      throw args.error(
        PlotMessages.limitsShape(name), at: name, help: PlotMessages.limitsShapeHelp(name))
    }
    return numbers[0]...numbers[1]
  }

  static func color(_ args: Arguments) throws -> Int {
    guard !args.isNull("color") else { return -1 }
    guard case .int = args.value("color") else {
      throw args.error(
        PlotMessages.colorNumberOnly(PlotColor.cycle.count - 1), at: "color",
        help: PlotMessages.colorNumberOnlyHelp)
    }
    let color = try args.int("color")
    guard (0..<PlotColor.cycle.count).contains(color) else {
      throw args.error(
        .valueOutOfRange, PlotMessages.colorRange(PlotColor.cycle.count - 1), at: "color")
    }
    return color
  }
}
