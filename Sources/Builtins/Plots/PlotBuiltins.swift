import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let plotting: [Builtin] = [
    Builtin(
      "plot", area: .plots, summary: "A line plot of y against x.",
      parameters: Arguments.dataParameters + PlotOptions.parameters + PlotGrouping.parameters,
      returns: .plot,
      details: "plot(y) draws y against its positions, plot(x, y) against x, and "
        + "plot(df, .x, .y) (or df |> plot(.x, .y)) two columns of a frame. Missing values "
        + "break the line. Axis labels default to the columns' names and units; a time "
        + "column gives a time axis. Plots print as a braille preview; `a + b` draws b over "
        + "a; save(p, \"fig.svg\") or \"fig.png\" writes the figure. color=.station (or "
        + "hue=) draws one line per group with a legend, facet=.cruise one panel per value.",
      examples: [
        Example("plot([1, 4, 9, 16], title=\"squares\").layers", "1"),
        Example(
          "d = frame(t=[1, 2, 1, 2], v=[3.0, 4.0, 5.0, 6.0], s=[\"a\", \"a\", \"b\", \"b\"])\n"
            + "plot(d, .t, .v, color=.s).layers", "2"),
      ]
    ) { args in
      let data = try PlotArguments.read(args)
      let rows = data.y.values.count
      let grouping = try PlotGrouping.read(args, rows: rows, shadesAllowed: false)
      var plot = try plotValue(args, data)
      let (xs, ys) = (data.xValues, data.y.values)
      grouping.apply(to: &plot, rows: rows, label: try PlotOptions.label(args)) { part in
        .line(xs: part.map { xs[$0] }, ys: part.map { ys[$0] })
      }
      return .object(PlotValue(plot))
    },
    Builtin(
      "scatter", area: .plots, summary: "A scatter plot of y against x.",
      parameters: Arguments.dataParameters + PlotOptions.parameters + PlotGrouping.parameters + [
        Parameter("size", .number, "The points' radius in pixels.", default: .float(3))
      ],
      returns: .plot,
      details: "Takes its data as plot does; points with a missing coordinate are left out. "
        + "color=.species (or hue=) draws one series per group with a legend; a numeric "
        + "column colours the points on the viridis scale with a colour bar.",
      examples: [
        Example("scatter([1, 2, 3], [2.5, 0.5, 1.5]).layers", "1"),
        Example(
          "d = frame(x=[1, 2, 3, 4], y=[2, 1, 4, 3], s=[\"a\", \"b\", \"a\", \"b\"])\n"
            + "scatter(d, x=.x, y=.y, color=.s).layers", "2"),
      ]
    ) { args in
      let data = try PlotArguments.read(args)
      let size = try args.double("size")
      guard size > 0, size <= 50 else {
        throw args.error(.valueOutOfRange, PlotMessages.pointSizeRange, at: "size")
      }
      let rows = data.y.values.count
      let grouping = try PlotGrouping.read(args, rows: rows, shadesAllowed: true)
      var plot = try plotValue(args, data)
      let (xs, ys) = (data.xValues, data.y.values)
      grouping.apply(to: &plot, rows: rows, label: try PlotOptions.label(args)) { part in
        .points(xs: part.map { xs[$0] }, ys: part.map { ys[$0] }, size: size)
      }
      return .object(PlotValue(plot))
    },
    Builtin(
      "hist", area: .plots, summary: "A histogram of a column's values.",
      parameters: [
        Parameter(
          "data", .oneOf([.frame, .series]), "A column, tensor or list of numbers, or a frame."),
        Parameter(
          "x", .optional(.oneOf([.string, .series])), "With a frame: the column.", default: .null),
        Parameter(
          "bins", .oneOf([.int, .listOf(.number)]),
          "The number of equal-width bins, or a list of bin edges.",
          default: .int(10)),
        Parameter(
          "by", .optional(.oneOf([.string, .series])),
          "A column: one histogram per group, on the same bins.", default: .null),
      ] + PlotOptions.parameters + PlotGrouping.parameters,
      returns: .plot,
      details: "Bins as numpy.histogram: equal widths from the smallest to the largest value, "
        + "the last bin closed on the right; missing values are not counted. bins=[0, 5, 10, "
        + "20] gives the edges. by=.species (or color=/hue=) draws one histogram per group on "
        + "shared bin edges, half transparent so they can be compared.",
      examples: [
        Example("hist([1, 2, 2, 3, 3, 3], bins=3).ylabel", "\"count\""),
        Example("hist([1, 2, 2, 3, 7], bins=[0, 2, 4, 8]).layers", "1"),
      ]
    ) { args in
      let data = try PlotArguments.read(args)
      let values = data.y.values
      let edges = try histogramEdges(args, values)
      let rows = values.count
      let grouping = try PlotGrouping.read(
        args, rows: rows, shadesAllowed: false, defaultGroupAlpha: 0.5, groupBy: "by")
      var plot = try PlotOptions.plot(args, layers: [], xLabel: data.y.label, yLabel: "count")
      let (centers, widths) = Histogram.bars(edges: edges)
      grouping.apply(to: &plot, rows: rows, label: try PlotOptions.label(args)) { part in
        .bars(
          xs: centers, heights: Histogram.counts(part.map { values[$0] }, edges: edges),
          widths: widths)
      }
      return .object(PlotValue(plot))
    },
    Builtin(
      "bar", area: .plots, summary: "A bar chart: one bar per category.",
      parameters: Arguments.dataParameters + PlotOptions.parameters,
      returns: .plot,
      details: "bar(heights), bar(names, heights) or bar(df, .name, .height); a frame alone "
        + "uses its first two columns, so bar(value_counts(df.species)) works.",
      examples: [Example("bar([\"a\", \"b\"], [3, 5]).layers", "1")]
    ) { args in
      var data: PlotArguments
      if case .object(let frame as FrameValue) = args.value("data"), args.isNull("x"),
        frame.frame.columnCount >= 2, let names = PlotSeries.from(frame.frame.columns[0]),
        let heights = PlotSeries.from(frame.frame.columns[1])
      {
        data = PlotArguments(x: names, y: heights)
      } else {
        data = try PlotArguments.read(args)
      }
      let categories =
        data.x?.categories ?? data.xValues.map { PlotScale.shortNumber($0) }
      let layer = PlotLayer.bars(
        xs: categories.indices.map(Double.init), heights: data.y.values, width: 0.8,
        label: try PlotOptions.label(args), color: try PlotOptions.color(args))
      var plot = try PlotOptions.plot(
        args, layers: [layer], xLabel: data.x?.label ?? "", yLabel: data.y.label)
      plot.categories = categories
      return .object(PlotValue(plot))
    },
    Builtin(
      "boxplot", area: .plots, summary: "Box plots of a column, one per group.",
      parameters: [
        Parameter("data", .oneOf([.frame, .series]), "A column or list of numbers, or a frame."),
        Parameter(
          "value", .optional(.oneOf([.string, .series])), "With a frame: the column of values.",
          default: .null),
        Parameter(
          "by", .optional(.oneOf([.string, .series])),
          "A column of group names: one box per group.", default: .null),
      ] + PlotOptions.parameters,
      returns: .plot,
      details: "As matplotlib: the box spans the quartiles (numpy's linear percentiles), the "
        + "line is the median, whiskers reach the furthest values within 1.5 × IQR of the box "
        + "and the values beyond are drawn as points.",
      examples: [Example("boxplot([1, 2, 3, 4, 100]).layers", "1")]
    ) { args in
      let (values, groups, label, groupLabel) = try BoxArguments.read(args)
      let boxes = BoxStatistics.boxes(values, groups: groups)
      guard !boxes.summaries.isEmpty else {
        throw args.error(PlotMessages.noValuesToSummarise, at: "data")
      }
      var plot = try PlotOptions.plot(
        args, layers: [.boxes(boxes.summaries, color: try PlotOptions.color(args))],
        xLabel: groupLabel, yLabel: label)
      plot.categories = boxes.names
      return .object(PlotValue(plot))
    },
    Builtin(
      "imshow", area: .plots, summary: "A 2-D tensor drawn as an image with a colour bar.",
      parameters: [
        Parameter("data", .tensor, "A 2-D tensor; row 0 is drawn at the bottom."),
        Parameter("colorbar", .string, "The colour bar's label.", default: .string("")),
      ] + PlotOptions.parameters,
      returns: .plot,
      details: "Values map to the viridis colours from the smallest to the largest; missing "
        + "(NaN) cells are white. Axes count columns (x) and rows (y). A tensor larger than "
        + "600 × 1200 is drawn from the means of blocks of cells.",
      examples: [Example("imshow(tensor([[1, 2], [3, 4]])).layers", "1")]
    ) { args in
      guard case .object(let value as TensorValue) = args.value("data"),
        value.tensor.shape.count == 2
      else {
        throw args.error(
          PlotMessages.imshowNeeds2D, at: "data", help: PlotMessages.imshowNeeds2DHelp)
      }
      let (rows, columns) = (value.tensor.shape[0], value.tensor.shape[1])
      guard rows > 0, columns > 0 else { throw args.error(PlotMessages.emptyTensor, at: "data") }
      let finite = value.tensor.data.filter(\.isFinite)
      let image = PlotImage.pooled(
        PlotImage(
          rows: rows, columns: columns, values: value.tensor.data, x0: -0.5,
          x1: Double(columns) - 0.5, y0: -0.5, y1: Double(rows) - 0.5,
          lowest: finite.min() ?? 0, highest: finite.max() ?? 1))
      var plot = try PlotOptions.plot(args, layers: [.image(image)], xLabel: "", yLabel: "")
      plot.colorLabel = try args.string("colorbar")
      return .object(PlotValue(plot))
    },
    Builtin(
      "specshow", area: .plots,
      summary: "A spectrogram as an image: time along x, frequency in Hz up, colours in dB.",
      parameters: [
        Parameter(
          "spectrogram", .tensor,
          "A result of spectrogram, stft, melspectrogram or power_to_db (axes labelled)."),
        Parameter(
          "top_db", .number, "The range of the colour bar below its loudest value.",
          default: .float(80)),
      ] + PlotOptions.parameters,
      returns: .plot,
      details: "Power values (spectrogram's psd, melspectrogram) are shown as 10·log10, "
        + "magnitudes and complex values as 20·log10 of their size, results of power_to_db as "
        + "they are. logy=true draws the frequency axis on a log scale. Long recordings are "
        + "reduced to the loudest value per drawn cell, so short calls stay visible. The "
        + "terminal preview marks the loudest band (◀: the frequency bin with the most energy "
        + "summed over time), also given by the plot's .loudest_band.",
      examples: [
        Example(
          "s = signal([0, 1, 0, -1, 0, 1, 0, -1, 0, 1, 0, -1, 0, 1, 0, -1], rate=8)\n"
            + "specshow(spectrogram(s, nperseg=8, noverlap=4)).ylabel",
          "\"frequency [Hz]\"")
      ]
    ) { args in
      guard case .object(let value as TensorValue) = args.value("spectrogram"),
        let labels = value.labels, value.tensor.shape.count == 2,
        let frequencies = labels.axes.first, let times = labels.axis("time")
      else {
        throw args.error(
          PlotMessages.specshowNeedsSpectrogram, at: "spectrogram",
          help: PlotMessages.specshowNeedsSpectrogramHelp)
      }
      let topDB = try args.double("top_db")
      guard topDB > 0 else {
        throw args.error(.valueOutOfRange, PlotMessages.topDBRange, at: "top_db")
      }
      let kind = labels.kind.lowercased()
      let scale: SpectrogramImage.Scale =
        kind.contains("db")
        ? .decibels
        : kind.contains("magnitude") || kind.contains("complex") ? .amplitude : .power
      guard
        let image = SpectrogramImage.image(
          values: value.tensor.data, frequencies: frequencies.values, times: times.values,
          scale: scale, topDB: topDB, logFrequency: try args.bool("logy"))
      else {
        throw args.error(PlotMessages.emptySpectrogram, at: "spectrogram")
      }
      var plot = try PlotOptions.plot(
        args, layers: [.image(image)], xLabel: "time [s]",
        yLabel: "\(frequencies.name) [\(frequencies.unit)]")
      plot.colorLabel = "dB"
      plot.loudestBand = SpectrogramBand.loudest(
        values: value.tensor.data, frequencies: frequencies.values, scale: scale,
        unit: frequencies.unit)
      return .object(PlotValue(plot))
    },
    Builtin(
      "save", area: .plots, summary: "Writes a plot to an SVG or PNG file.",
      parameters: [
        Parameter("plot", .plot, "The plot."),
        Parameter("path", .string, "A file ending in .svg or .png, relative to the script."),
      ],
      returns: .nothing,
      details: "The format follows the extension. The file is written atomically; the raw/ "
        + "folder of a workspace is refused.",
      examples: [Example("save(plot([1, 2, 3]), \"/dev/null.svg\")", "nil")]
    ) { args in
      let value = try args.object("plot", PlotValue.self)
      let path = try args.path("path")
      let given = try args.string("path")
      let data: Data
      switch URL(fileURLWithPath: path).pathExtension.lowercased() {
      case "svg": data = Data(value.svg.utf8)
      case "png": data = value.png
      default:
        throw args.error(
          PlotMessages.saveExtension(given), at: "path", help: PlotMessages.saveExtensionHelp)
      }
      if path.hasPrefix("/dev/null") { return .null }
      _ = try args.writablePath("path")
      do throws(AtomicFile.Problem) {
        try AtomicFile.write(data, to: path)
        args.run.record(path, .written)
      } catch {
        throw args.error(error.message, at: "path").coded(error)
      }
      return .null
    },
  ]

  /// The bin edges of hist: `bins` equal-width bins over the values, or the edges given.
  private static func histogramEdges(_ args: Arguments, _ values: [Double]) throws -> [Double] {
    if case .int(let bins) = args.value("bins") {
      guard bins >= 1, bins <= 10_000 else {
        throw args.error(.valueOutOfRange, PlotMessages.binsRange(bins), at: "bins")
      }
      return Histogram.edges(values, bins: bins) ?? []
    }
    let items = (try? args.list("bins")) ?? []
    let edges = items.compactMap(ValueConversion.number)
    guard edges.count >= 2, edges.count == items.count, edges.count <= 10_001,
      edges.allSatisfy(\.isFinite), zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 })
    else {
      throw args.error(
        PlotMessages.binsShape, at: "bins", help: PlotMessages.binsShapeHelp)
    }
    return edges
  }

  private static func plotValue(_ args: Arguments, _ data: PlotArguments) throws -> Plot {
    var plot = try PlotOptions.plot(
      args, layers: [], xLabel: data.x?.label ?? "", yLabel: data.y.label)
    plot.timeX = data.x?.isTime ?? false
    if let categories = data.x?.categories { plot.categories = categories }
    return plot
  }
}
