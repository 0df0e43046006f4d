import Interpreter
import Tensor

/// A model's inputs in the units it was trained in: predict converts a feature column whose
/// unit differs but converts (cm for a model trained in m), and refuses one that does not.
enum ModelUnits {
  /// `frame` with each feature column converted to the unit the model recorded for it.
  /// Columns without a unit, and features the model recorded none for, stay as they are.
  static func inputs(_ frame: Frame, _ model: ModelValue, _ args: Arguments) throws -> Frame {
    var frame = frame
    for (name, recorded) in model.units {
      guard let column = frame.column(named: name), let unit = column.physicalUnit,
        unit.symbol != recorded
      else { continue }
      let target = UnitParser.label(recorded)
      let converted: Column
      do throws(Column.ConversionProblem) {
        converted = try column.converted(to: target)
      } catch {
        guard case .unit(let problem) = error else { continue }
        throw args.error(
          .unitMismatch, LearningMessages.featureUnit(name, unit, recorded, problem.message),
          at: "frame", help: LearningMessages.featureUnitHelp(recorded))
      }
      try? frame.set(converted)
    }
    return frame
  }
}
