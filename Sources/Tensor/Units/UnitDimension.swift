/// The dimension of a unit: integer exponents of the SI base dimensions (length, mass, time,
/// current, temperature, amount, luminous intensity), plus two of the field's own that never
/// convert to anything else: practical salinity (PSS-78) and acoustic level (dB).
public struct UnitDimension: Hashable, Sendable {
  /// Exponents in the order of `UnitDimension.baseSymbols`.
  public private(set) var exponents: [Int]

  /// The base units each exponent counts, in order.
  public static let baseSymbols = ["m", "kg", "s", "A", "K", "mol", "cd", "psu", "dB"]
  static let practicalSalinityIndex = 7
  static let levelIndex = 8

  public static let none = UnitDimension(exponents: Array(repeating: 0, count: 9))

  init(exponents: [Int]) {
    self.exponents = exponents
  }

  /// One base dimension to the first power.
  static func base(_ index: Int) -> UnitDimension {
    var result = UnitDimension.none
    result.exponents[index] = 1
    return result
  }

  public var isDimensionless: Bool { exponents.allSatisfy { $0 == 0 } }
  var isPracticalSalinity: Bool { exponents[Self.practicalSalinityIndex] != 0 }
  var isLevel: Bool { exponents[Self.levelIndex] != 0 }
  var isTemperature: Bool { self == .base(4) }

  static func * (a: UnitDimension, b: UnitDimension) -> UnitDimension {
    UnitDimension(exponents: zip(a.exponents, b.exponents).map { $0 &+ $1 })
  }

  static func / (a: UnitDimension, b: UnitDimension) -> UnitDimension {
    UnitDimension(exponents: zip(a.exponents, b.exponents).map { $0 &- $1 })
  }

  /// True while every exponent is in a sensible range (products of products stay checked).
  var isReasonable: Bool { exponents.allSatisfy { abs($0) <= 1000 } }

  /// Every exponent multiplied by `power`; nil when one would leave a sensible range.
  func raised(to power: Int) -> UnitDimension? {
    let scaled = exponents.map { $0.multipliedReportingOverflow(by: power) }
    guard scaled.allSatisfy({ !$0.overflow && abs($0.partialValue) <= 1000 }) else { return nil }
    return UnitDimension(exponents: scaled.map(\.partialValue))
  }

  /// A reader's name: "length", "temperature", … or the base units ("kg m-1 s-2").
  public var name: String {
    if let known = Self.names[self] { return known }
    let terms = zip(Self.baseSymbols, exponents).filter { $0.1 != 0 }
    return terms.map { $0.1 == 1 ? $0.0 : "\($0.0)\($0.1)" }.joined(separator: " ")
  }

  static let names: [UnitDimension: String] = {
    let named: [(String, [Int])] = [
      ("dimensionless", [0, 0, 0]), ("length", [1, 0, 0]), ("mass", [0, 1, 0]),
      ("time", [0, 0, 1]), ("area", [2, 0, 0]), ("volume", [3, 0, 0]),
      ("speed", [1, 0, -1]), ("acceleration", [1, 0, -2]), ("frequency", [0, 0, -1]),
      ("pressure", [-1, 1, -2]), ("energy", [2, 1, -2]), ("power", [2, 1, -3]),
      ("force", [1, 1, -2]), ("mass per volume", [-3, 1, 0]), ("irradiance", [0, 1, -3]),
    ]
    var table: [UnitDimension: String] = [:]
    for (name, first) in named {
      table[UnitDimension(exponents: first + Array(repeating: 0, count: 6))] = name
    }
    table[.base(3)] = "electric current"
    table[.base(4)] = "temperature"
    table[.base(5)] = "amount of substance"
    table[.base(6)] = "luminous intensity"
    table[.base(practicalSalinityIndex)] = "practical salinity"
    table[.base(levelIndex)] = "level"
    table[.base(5) / UnitDimension(exponents: [3, 0, 0, 0, 0, 0, 0, 0, 0])] =
      "amount per volume"
    table[.base(5) / .base(1)] = "amount per mass"
    table[UnitDimension(exponents: [-3, -1, 3, 2, 0, 0, 0, 0, 0])] = "conductivity"
    return table
  }()
}
