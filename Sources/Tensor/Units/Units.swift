import Foundation

/// The units marine and polar data come in, and conversions between units of one dimension.
/// A value converts to its dimension's base unit as `value * scale + offset`.
public struct PhysicalUnit: Equatable, Sendable {
  public let symbol: String
  public let dimension: Dimension
  public let scale: Double
  public let offset: Double

  public enum Dimension: String, Sendable {
    case temperature, length, pressure, salinity, speed, time, angle, frequency, level
    case amountPerMass = "amount per mass"
    case amountPerVolume = "amount per volume"
    case massPerVolume = "mass per volume"
    case volumePerVolume = "volume per volume"
  }

  public enum Problem: Error, Equatable {
    case unknown(String)
    case incompatible(from: PhysicalUnit, to: PhysicalUnit)
  }

  /// Converts values from this unit to `target`.
  public func converter(to target: PhysicalUnit) throws(Problem) -> (Double) -> Double {
    guard dimension == target.dimension else { throw .incompatible(from: self, to: target) }
    if dimension == .temperature, let direct = PhysicalUnit.temperature(symbol, target.symbol) {
      return direct
    }
    let (a, b, c, d) = (scale, offset, target.scale, target.offset)
    return { ($0 * a + b - d) / c }
  }
}

extension PhysicalUnit {
  /// The textbook formulas between °C, K and °F, which give 100 °C = 212 °F exactly where the
  /// general scale-and-offset route would be one bit off.
  static func temperature(_ from: String, _ to: String) -> ((Double) -> Double)? {
    switch (from, to) {
    case ("°C", "K"): return { $0 + 273.15 }
    case ("K", "°C"): return { $0 - 273.15 }
    case ("°C", "°F"): return { $0 * 1.8 + 32 }
    case ("°F", "°C"): return { ($0 - 32) / 1.8 }
    case ("K", "°F"): return { ($0 - 273.15) * 1.8 + 32 }
    case ("°F", "K"): return { ($0 - 32) / 1.8 + 273.15 }
    default: return from == to ? { $0 } : nil
    }
  }
}

/// Looks units up by the many ways files write them ("°C", "degC", "deg C", "Celsius" …).
public enum UnitRegistry {
  /// The unit a text names, or nil. Case is kept for SI prefixes ("mm" vs "Mm" does not
  /// occur in this field, but "Pa" vs "pa" does), with a case-insensitive second try.
  public static func unit(_ text: String) -> PhysicalUnit? {
    let key = normalized(text)
    if let unit = table[key] { return unit }
    return lowercaseTable[key.lowercased()]
  }

  static func normalized(_ text: String) -> String {
    var key = text.trimmingCharacters(in: .whitespaces)
    for (from, to) in [("µ", "u"), ("μ", "u"), ("·", ""), ("deg ", "deg"), ("° ", "°"), (" ", "")] {
      key = key.replacingOccurrences(of: from, with: to)
    }
    return key
  }

  static let entries:
    [(
      names: [String], dimension: PhysicalUnit.Dimension, scale: Double,
      offset: Double
    )] = [
      (["°C", "degC", "C", "Celsius", "deg_C", "ITS-90", "degC(ITS-90)"], .temperature, 1, 273.15),
      (["K", "Kelvin"], .temperature, 1, 0),
      (["°F", "degF", "F", "Fahrenheit"], .temperature, 5.0 / 9.0, 273.15 - 32 * 5.0 / 9.0),
      (["m", "meter", "metre", "meters", "metres"], .length, 1, 0),
      (["cm"], .length, 0.01, 0), (["mm"], .length, 0.001, 0), (["km"], .length, 1000, 0),
      (["ft", "feet"], .length, 0.3048, 0), (["nmi", "NM", "nautical_mile"], .length, 1852, 0),
      (["dbar", "decibar"], .pressure, 10_000, 0), (["bar"], .pressure, 100_000, 0),
      (["hPa", "mbar"], .pressure, 100, 0), (["Pa"], .pressure, 1, 0),
      (["kPa"], .pressure, 1000, 0),
      (["atm"], .pressure, 101_325, 0),
      (["psu", "PSU", "pss", "PSS-78", "1", "g/kg", "‰", "permil"], .salinity, 1, 0),
      (["m/s", "ms-1", "m s-1"], .speed, 1, 0), (["cm/s", "cms-1"], .speed, 0.01, 0),
      (["kn", "knot", "knots", "kt"], .speed, 1852.0 / 3600.0, 0),
      (["km/h", "kmh-1"], .speed, 1 / 3.6, 0),
      (["umol/kg", "umolkg-1"], .amountPerMass, 1, 0), (["mmol/kg"], .amountPerMass, 1000, 0),
      (["umol/l", "umol/L", "uM", "umoll-1"], .amountPerVolume, 1, 0),
      (["mmol/l", "mmol/L", "mM"], .amountPerVolume, 1000, 0),
      (["mg/l", "mg/L"], .massPerVolume, 1, 0), (["ug/l", "ug/L"], .massPerVolume, 0.001, 0),
      (["ml/l", "ml/L", "mL/L"], .volumePerVolume, 1, 0),
      (["s", "sec", "seconds"], .time, 1, 0), (["min", "minutes"], .time, 60, 0),
      (["h", "hr", "hours"], .time, 3600, 0), (["d", "day", "days"], .time, 86400, 0),
      (["deg", "°", "degrees", "degrees_north", "degrees_east", "degN", "degE"], .angle, 1, 0),
      (["rad", "radians"], .angle, 180 / Double.pi, 0),
      (["Hz"], .frequency, 1, 0), (["kHz"], .frequency, 1000, 0),
      (["dB", "dBre1uPa", "dB re 1 µPa"], .level, 1, 0),
    ]

  static let table: [String: PhysicalUnit] = {
    var table: [String: PhysicalUnit] = [:]
    for entry in entries {
      let symbol = entry.names[0]
      for name in entry.names {
        table[normalized(name)] = PhysicalUnit(
          symbol: symbol, dimension: entry.dimension,
          scale: entry.scale, offset: entry.offset)
      }
    }
    return table
  }()

  static let lowercaseTable: [String: PhysicalUnit] = {
    var lower: [String: PhysicalUnit] = [:]
    for (key, unit) in table where lower[key.lowercased()] == nil { lower[key.lowercased()] = unit }
    return lower
  }()
}
