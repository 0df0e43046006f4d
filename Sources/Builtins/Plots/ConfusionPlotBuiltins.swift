import Foundation
import Interpreter

extension Builtins {
  static let confusionPlotting: [Builtin] = [
    Builtin(
      "confusion_plot", area: .plots,
      summary: "The confusion matrix of an evaluation as a labelled heat map.",
      parameters: [
        Parameter("report", .report, "A report from evaluate()."),
        Parameter(
          "normalize", .bool,
          "Divides each row by its total, so a cell is the fraction of that true class.",
          default: .bool(false)),
      ] + PlotOptions.parameters,
      returns: .plot,
      details: "As sklearn's ConfusionMatrixDisplay: true class down the y axis (the first "
        + "class at the top), predicted class along x, and each cell's count written in it "
        + "in black or white, whichever reads better on its colour. normalize=true is "
        + "normalize=\"true\" there: rows sum to 1 and cells show two decimals; a class with "
        + "no test rows stays empty.",
      examples: [
        Example(
          "d = frame(x=[1, 2, 3, 10, 11, 12], y=[\"a\", \"a\", \"a\", \"b\", \"b\", \"b\"])\n"
            + "r = evaluate(fit(knn(k=1), d, target=\"y\"), d)\n"
            + "confusion_plot(r, normalize=true).ylabel",
          "\"true class\"")
      ]
    ) { args in
      let report = try args.object("report", ReportValue.self)
      let heatMap = ConfusionHeatMap(
        names: report.names, confusion: report.metrics.confusion,
        normalize: try args.bool("normalize"))
      var plot = try PlotOptions.plot(
        args, layers: [.image(heatMap.image)], xLabel: "predicted class", yLabel: "true class")
      plot.categories = heatMap.xCategories
      plot.yCategories = heatMap.yCategories
      plot.colorLabel = heatMap.normalized ? "fraction of true class" : "count"
      return .object(PlotValue(plot))
    }
  ]
}

/// A confusion matrix (confusion[t][p]: rows of true class t predicted as p) as an annotated
/// image: the first class at the top, so it reads like the printed matrix.
struct ConfusionHeatMap {
  let image: PlotImage
  let xCategories: [String]
  /// From the bottom up: the last class first.
  let yCategories: [String]
  let normalized: Bool

  init(names: [String], confusion: [[Int]], normalize: Bool) {
    let n = names.count
    var values: [Double] = []
    var labels: [String] = []
    // Image row 0 is drawn at the bottom: the last true class.
    for row in 0..<n {
      let counts = row < confusion.count ? confusion[n - 1 - row] : []
      let total = counts.reduce(0, +)
      for column in 0..<n {
        let count = column < counts.count ? counts[column] : 0
        if !normalize {
          values.append(Double(count))
          labels.append(String(count))
        } else if total > 0 {
          let fraction = Double(count) / Double(total)
          values.append(fraction)
          labels.append(String(format: "%.2f", fraction))
        } else {
          values.append(.nan)
          labels.append("")
        }
      }
    }
    let finite = values.filter(\.isFinite)
    image = PlotImage(
      rows: n, columns: n, values: values, x0: -0.5, x1: Double(n) - 0.5, y0: -0.5,
      y1: Double(n) - 0.5, lowest: normalize ? 0 : finite.min() ?? 0,
      highest: normalize ? 1 : max(finite.max() ?? 1, 1), cellLabels: labels)
    xCategories = names
    yCategories = names.reversed()
    normalized = normalize
  }
}
