import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let residualPlotting: [Builtin] = [
    Builtin(
      "residual_plot", area: .plots,
      summary: "A regression's residuals against its predictions, or predicted against true.",
      parameters: [
        Parameter("report", .report, "A report from evaluate() of a regression model."),
        Parameter(
          "kind", .choice(["residuals", "predicted"]),
          "\"residuals\": true − predicted against predicted, with the zero line; "
            + "\"predicted\": predicted against true, with the 1:1 line.",
          default: .string("residuals")),
      ] + PlotOptions.parameters,
      returns: .plot,
      details: "As sklearn's PredictionErrorDisplay (kind=\"residual_vs_predicted\" or "
        + "\"actual_vs_predicted\"): one point per test row and a grey reference line. "
        + "A curve or a funnel in the residuals means the model misses structure or its "
        + "errors grow with the value. The report's columns also plot directly: "
        + "scatter(r.truth, r.predicted).",
      examples: [
        Example(
          "d = frame(x=[1.0, 2.0, 3.0, 4.0], y=[1.0, 3.0, 2.0, 4.0])\n"
            + "residual_plot(evaluate(fit(linear(), d, target=\"y\"), d)).layers",
          "2")
      ]
    ) { args in
      if case .object(is ReportValue) = args.value("report") {
        throw args.error(
          PlotMessages.classifierReport, at: "report", help: PlotMessages.classifierReportHelp)
      }
      guard case .object(let report as RegressionReportValue) = args.value("report") else {
        throw args.kindError("report")
      }
      let metrics = report.metrics
      let unit = report.unit.map { " [\($0)]" } ?? ""
      let isResiduals = try args.string("kind") == "residuals"
      let (xs, ys) =
        isResiduals ? (metrics.predicted, metrics.residuals) : (metrics.truth, metrics.predicted)
      let span = (xs + (isResiduals ? [] : ys)).filter(\.isFinite)
      let (low, high) = (span.min() ?? 0, span.max() ?? 1)
      var reference = PlotLayer.line(
        xs: [low, high], ys: isResiduals ? [0, 0] : [low, high], label: "", color: 7)
      reference.alpha = 0.8
      let points = PlotLayer.points(
        xs: xs, ys: ys, label: try PlotOptions.label(args), color: 0, size: 3)
      let plot = try PlotOptions.plot(
        args, layers: [points, reference],
        xLabel: isResiduals ? "predicted \(report.target)\(unit)" : "true \(report.target)\(unit)",
        yLabel: isResiduals
          ? "residual (true − predicted)\(unit)" : "predicted \(report.target)\(unit)")
      return .object(PlotValue(plot))
    }
  ]
}
