import Interpreter

/// The options every plotting builtin takes, declared once.
enum PlotOptions {
  static let parameters: [Parameter] = [
    Parameter("label", .optional(.string), "The series' name in the legend.", default: .null),
    Parameter(
      "color", .optional(.int), "A colour of the cycle, 0 to 9; by default the next one.",
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
    return plot
  }

  static func label(_ args: Arguments) throws -> String {
    args.isNull("label") ? "" : try args.string("label")
  }

  static func color(_ args: Arguments) throws -> Int {
    guard !args.isNull("color") else { return -1 }
    let color = try args.int("color")
    guard (0..<PlotColor.cycle.count).contains(color) else {
      throw args.error("colours are numbered 0 to \(PlotColor.cycle.count - 1)", at: "color")
    }
    return color
  }
}
