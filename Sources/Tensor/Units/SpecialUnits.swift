import Foundation

/// The field's quantities that UDUNITS-2 does not hold or holds differently: practical
/// salinity (PSS-78, dimensionless but no mass fraction), sound levels in dB (a logarithm with
/// a reference), temperature differences, `deg C` as ships' logs write it, and `ppt`, which
/// means ‰ to oceanographers and 10⁻¹² to UDUNITS-2 and so is refused.
enum SpecialUnits {
  static let practicalSalinity: Set<String> = [
    "psu", "pss", "pss-78", "pss78", "practical_salinity_unit", "practical salinity unit",
    "practical_salinity", "1e-3 psu",
  ]

  /// The unit for a whole text that is one of these, nil for the grammar to read.
  static func unit(_ text: String) throws(UnitProblem) -> PhysicalUnit? {
    let lower = text.lowercased()
    if practicalSalinity.contains(lower) {
      return PhysicalUnit(
        symbol: text, dimension: .base(UnitDimension.practicalSalinityIndex), scale: .one)
    }
    if text == "dB" || text.hasPrefix("dB re") || text.hasPrefix("dB(") {
      return PhysicalUnit(symbol: text, dimension: .base(UnitDimension.levelIndex), scale: .one)
    }
    if lower == "ppt" {
      throw .unknown(text, help: TensorMessages.unitPPTHelp)
    }
    if let temperature = shipTemperature(lower) { return temperature.written(as: text) }
    for marker in ["Δ", "delta_", "delta "] where text.hasPrefix(marker) {
      let absolute = try UnitParser.parse(String(text.dropFirst(marker.count)))
      guard absolute.hasOffset else { return absolute.written(as: text) }
      var difference = absolute.asDifference
      difference.symbol = text
      return difference
    }
    return nil
  }

  /// `deg C`, `degrees C`, `deg. F`: °C and °F as logs and old files write them.
  private static func shipTemperature(_ lower: String) -> PhysicalUnit? {
    let squeezed = lower.replacingOccurrences(of: ".", with: "").split(separator: " ")
    guard squeezed.count == 2, ["deg", "degree", "degrees"].contains(squeezed[0]) else {
      return nil
    }
    switch squeezed[1] {
    case "c", "celsius": return UnitCatalog.unit(named: "degC")
    case "f", "fahrenheit": return UnitCatalog.unit(named: "degF")
    default: return nil
    }
  }

  /// A hint for a word the catalog does not hold.
  static func help(for word: String) -> String {
    switch word {
    case "Sv": return TensorMessages.unitSverdrupHelp
    case "PSU", "psu": return TensorMessages.unitSalinityAloneHelp
    default: return TensorMessages.unitNotKnownHelp(word)
    }

  }
}
