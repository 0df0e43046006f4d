/// Converting a column's values between units.
extension Column {
  /// Why a column did not convert.
  public enum ConversionProblem: Error, Sendable {
    case noUnit
    case notNumeric
    case unit(UnitProblem)
  }

  /// The column in `target`'s unit: floats, same name and missing values. A temperature
  /// difference converts as a difference (Δ°C to °F gives Δ°F). O(n).
  public func converted(to target: PhysicalUnit) throws(ConversionProblem) -> Column {
    guard let source = physicalUnit else { throw .noUnit }
    var target = target
    if source.isDifference, target.hasOffset {
      target = target.asDifference
    }
    let converter: UnitConverter
    do throws(UnitProblem) {
      converter = try source.converter(to: target)
    } catch {
      throw .unit(error)
    }
    guard let values = Reduce.floats(self) else { throw .notNumeric }
    return Column(
      name: name, storage: .float(converter.apply(values)), validity: validity,
      physicalUnit: target)
  }
}
