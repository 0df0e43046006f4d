import Interpreter
import Tensor

/// Scores a regressor on rows with known target values, and the warnings worth printing.
struct RegressionEvaluation {
  let report: RegressionReportValue
  let warnings: [String]

  init(_ model: ModelValue, _ frame: Frame, _ args: Arguments, at parameter: String) throws {
    guard let (regressor, summary) = model.regressor else {
      throw args.error(.wrongTask, LearningMessages.notARegressor, at: "model")
    }
    guard var column = frame.column(named: model.target) else {
      throw args.error(.noColumn, LearningMessages.noTargetToCompare(model.target), at: parameter)
    }
    if let unit = summary.unit, let own = column.physicalUnit, own.symbol != unit {
      do throws(Column.ConversionProblem) {
        column = try column.converted(to: UnitParser.label(unit))
      } catch {
        throw args.error(
          .unitMismatch, LearningMessages.targetUnit(model.target, own, unit), at: parameter)
      }
    }
    guard column.type == .int || column.type == .float else {
      throw args.error(
        .notNumeric, LearningMessages.targetNotNumbers(model.target, column.type), at: parameter)
    }
    var warnings: [String] = []
    let all = Reduce.floats(column) ?? []
    let kept = all.indices.filter { !column.isMissing($0) && all[$0].isFinite }
    if kept.count < all.count {
      warnings.append(LearningMessages.rowsWithoutTarget(all.count - kept.count))
    }
    guard !kept.isEmpty else { throw args.error(LearningMessages.noRowsToEvaluate, at: parameter) }
    let rows = kept.count == all.count ? frame : frame.gathering(kept)
    let inputs = try ModelUnits.inputs(rows, model, args)
    let x = try model.matrix(inputs, args, at: parameter)
    let metrics = RegressionMetrics(
      truth: kept.map { all[$0] }, predicted: regressor.predictions(x), trainingMean: summary.mean)
    report = RegressionReportValue(metrics: metrics, target: model.target, unit: summary.unit)
    if let leak = Evaluation.groupWarning(model, frame) { warnings.append(leak) }
    self.warnings = warnings
  }
}
