/// The units awish reads by name, with UDUNITS-2's definitions, and the SI prefixes.
/// Symbols (`m`, `Pa`) take symbol prefixes (`km`, `hPa`); names (`meter`, `bar`) take name
/// prefixes and a plural `s` (`kilometers`, `decibars`).
///
/// Where the field and UDUNITS-2 disagree the field wins, and docs/units.md lists it: `nmi`
/// and `NM` are nautical miles (UDUNITS: nano-mile), `M` is molar, `‰`, `psu` and `dB` exist.
enum UnitCatalog {
  struct Definition {
    let symbols: [String]
    let names: [String]
    let dimension: UnitDimension
    let scale: UnitScale
    var offset = 0.0
    var takesPrefixes = true
  }

  /// The exponents of m, kg, s, A, K, mol, cd.
  static func dim(_ exponents: Int...) -> UnitDimension {
    UnitDimension(exponents: exponents + Array(repeating: 0, count: 9 - exponents.count))
  }

  static let definitions: [Definition] = [
    Definition(symbols: ["m"], names: ["meter", "metre"], dimension: dim(1), scale: .one),
    Definition(
      symbols: ["g"], names: ["gram", "gramme"], dimension: dim(0, 1),
      scale: UnitScale(1, power: -3)),
    Definition(symbols: ["s"], names: ["second", "sec"], dimension: dim(0, 0, 1), scale: .one),
    Definition(symbols: ["A"], names: ["ampere", "amp"], dimension: dim(0, 0, 0, 1), scale: .one),
    Definition(
      symbols: ["K"], names: ["kelvin", "Kelvin"], dimension: dim(0, 0, 0, 0, 1), scale: .one),
    Definition(symbols: ["mol"], names: ["mole"], dimension: dim(0, 0, 0, 0, 0, 1), scale: .one),
    Definition(
      symbols: ["cd"], names: ["candela"], dimension: dim(0, 0, 0, 0, 0, 0, 1), scale: .one),
    Definition(symbols: ["rad"], names: ["radian"], dimension: .none, scale: .one),
    Definition(symbols: ["sr"], names: ["steradian"], dimension: .none, scale: .one),
    Definition(symbols: ["Hz"], names: ["hertz"], dimension: dim(0, 0, -1), scale: .one),
    Definition(symbols: ["N"], names: ["newton"], dimension: dim(1, 1, -2), scale: .one),
    Definition(symbols: ["Pa"], names: ["pascal"], dimension: dim(-1, 1, -2), scale: .one),
    Definition(symbols: ["J"], names: ["joule"], dimension: dim(2, 1, -2), scale: .one),
    Definition(symbols: ["W"], names: ["watt"], dimension: dim(2, 1, -3), scale: .one),
    Definition(symbols: ["C"], names: ["coulomb"], dimension: dim(0, 0, 1, 1), scale: .one),
    Definition(symbols: ["V"], names: ["volt"], dimension: dim(2, 1, -3, -1), scale: .one),
    Definition(symbols: ["Ω", "ohm"], names: ["ohm"], dimension: dim(2, 1, -3, -2), scale: .one),
    Definition(symbols: ["S"], names: ["siemens"], dimension: dim(-2, -1, 3, 2), scale: .one),
    Definition(symbols: ["T"], names: ["tesla"], dimension: dim(0, 1, -2, -1), scale: .one),
    Definition(symbols: ["lm"], names: ["lumen"], dimension: dim(0, 0, 0, 0, 0, 0, 1), scale: .one),
    Definition(symbols: ["lx"], names: ["lux"], dimension: dim(-2, 0, 0, 0, 0, 0, 1), scale: .one),
    Definition(
      symbols: ["L", "l"], names: ["liter", "litre"], dimension: dim(3),
      scale: UnitScale(1, power: -3)),
    Definition(
      symbols: ["bar"], names: ["bar"], dimension: dim(-1, 1, -2), scale: UnitScale(1, power: 5)),
    Definition(
      symbols: ["M"], names: ["molar"], dimension: dim(-3, 0, 0, 0, 0, 1),
      scale: UnitScale(1, power: 3)),
    Definition(
      symbols: ["t"], names: ["tonne"], dimension: dim(0, 1), scale: UnitScale(1, power: 3)),
    Definition(
      symbols: ["eV"], names: ["electronvolt"], dimension: dim(2, 1, -2),
      scale: UnitScale(1.602176634, power: -19)),
    Definition(
      symbols: ["°C", "℃", "degC", "deg_C"],
      names: ["degree_Celsius", "degrees_Celsius", "celsius", "Celsius", "degree_C", "degrees_C"],
      dimension: dim(0, 0, 0, 0, 1), scale: .one, offset: 273.15, takesPrefixes: false),
    Definition(
      symbols: ["°F", "degF", "deg_F"],
      names: ["degree_Fahrenheit", "degrees_Fahrenheit", "fahrenheit", "Fahrenheit"],
      dimension: dim(0, 0, 0, 0, 1), scale: PhysicalUnit.fahrenheitScale,
      offset: 273.15 - 32 * 5.0 / 9.0, takesPrefixes: false),
    Definition(
      symbols: ["°R"], names: ["rankine", "degree_Rankine"], dimension: dim(0, 0, 0, 0, 1),
      scale: PhysicalUnit.fahrenheitScale, takesPrefixes: false),
    Definition(
      symbols: ["min"], names: ["minute"], dimension: dim(0, 0, 1), scale: UnitScale(60),
      takesPrefixes: false),
    Definition(
      symbols: ["h", "hr"], names: ["hour"], dimension: dim(0, 0, 1), scale: UnitScale(3600),
      takesPrefixes: false),
    Definition(
      symbols: ["d"], names: ["day"], dimension: dim(0, 0, 1), scale: UnitScale(86400),
      takesPrefixes: false),
    Definition(
      symbols: [], names: ["week"], dimension: dim(0, 0, 1), scale: UnitScale(604_800),
      takesPrefixes: false),
    Definition(
      symbols: ["yr"], names: ["year"], dimension: dim(0, 0, 1), scale: UnitScale(3.15569259747e7),
      takesPrefixes: false),
    Definition(
      symbols: [], names: ["month"], dimension: dim(0, 0, 1),
      scale: UnitScale(3.15569259747e7 / 12),
      takesPrefixes: false),
    Definition(
      symbols: [
        "°", "deg", "degN", "degE", "°N", "°E", "degree_N", "degree_E", "degrees_N", "degrees_E",
      ],
      names: [
        "degree", "degree_north", "degree_east", "degrees_north", "degrees_east", "arc_degree",
      ],
      dimension: .none, scale: UnitScale(Double.pi / 180), takesPrefixes: false),
    Definition(
      symbols: ["%"], names: ["percent"], dimension: .none, scale: UnitScale(1, power: -2),
      takesPrefixes: false),
    Definition(
      symbols: ["‰"], names: ["permil", "per_mil", "per_mille", "permille", "promille"],
      dimension: .none, scale: UnitScale(1, power: -3), takesPrefixes: false),
    Definition(
      symbols: ["ppm"], names: [], dimension: .none, scale: UnitScale(1, power: -6),
      takesPrefixes: false),
    Definition(
      symbols: ["ppb"], names: [], dimension: .none, scale: UnitScale(1, power: -9),
      takesPrefixes: false),
    Definition(
      symbols: ["#"], names: ["count"], dimension: .none, scale: .one, takesPrefixes: false),
    Definition(
      symbols: ["kn", "kt", "kts"], names: ["knot"], dimension: dim(1, 0, -1),
      scale: UnitScale(1852.0 / 3600.0), takesPrefixes: false),
    Definition(
      symbols: ["nmi", "NM"], names: ["nautical_mile"], dimension: dim(1), scale: UnitScale(1852),
      takesPrefixes: false),
    Definition(
      symbols: ["ft"], names: ["foot", "feet"], dimension: dim(1),
      scale: UnitScale(3048, power: -4),
      takesPrefixes: false),
    Definition(
      symbols: ["in"], names: ["inch", "inches"], dimension: dim(1),
      scale: UnitScale(254, power: -4),
      takesPrefixes: false),
    Definition(
      symbols: ["mi"], names: ["mile"], dimension: dim(1), scale: UnitScale(1_609_344, power: -3),
      takesPrefixes: false),
    Definition(
      symbols: [], names: ["fathom"], dimension: dim(1), scale: UnitScale(18288, power: -4),
      takesPrefixes: false),
    Definition(
      symbols: ["Å"], names: ["angstrom", "ångström"], dimension: dim(1),
      scale: UnitScale(1, power: -10),
      takesPrefixes: false),
    Definition(
      symbols: ["atm"], names: ["atmosphere"], dimension: dim(-1, 1, -2), scale: UnitScale(101_325),
      takesPrefixes: false),
    Definition(
      symbols: ["ha"], names: ["hectare"], dimension: dim(2), scale: UnitScale(1, power: 4),
      takesPrefixes: false),
  ]

  /// SI prefixes: symbol, name, power of ten (µ also as u and μ; deca also as deka).
  static let prefixes: [(symbol: String, name: String, power: Int)] = [
    ("Q", "quetta", 30), ("R", "ronna", 27), ("Y", "yotta", 24), ("Z", "zetta", 21),
    ("E", "exa", 18), ("P", "peta", 15), ("T", "tera", 12), ("G", "giga", 9), ("M", "mega", 6),
    ("k", "kilo", 3), ("h", "hecto", 2), ("da", "deca", 1), ("da", "deka", 1), ("d", "deci", -1),
    ("c", "centi", -2), ("m", "milli", -3), ("µ", "micro", -6), ("μ", "micro", -6),
    ("u", "micro", -6), ("n", "nano", -9), ("p", "pico", -12), ("f", "femto", -15),
    ("a", "atto", -18), ("z", "zepto", -21), ("y", "yocto", -24), ("r", "ronto", -27),
    ("q", "quecto", -30),
  ]

  struct Entry {
    let definition: Definition
    var isSymbol = false
    var isName = false
  }

  static let table: [String: Entry] = {
    var table: [String: Entry] = [:]
    for definition in definitions {
      for symbol in definition.symbols {
        table[symbol, default: Entry(definition: definition)].isSymbol = true
      }
      for name in definition.names {
        table[name, default: Entry(definition: definition)].isName = true
      }
    }
    return table
  }()

  /// The unit one word names (`km`, `decibars`, `µmol`), or nil.
  static func unit(named word: String) -> PhysicalUnit? {
    if let unit = whole(word) { return unit }
    for prefix in prefixes {
      for (start, wantsName) in [(prefix.symbol, false), (prefix.name, true)]
      where word.hasPrefix(start) {
        let rest = String(word.dropFirst(start.count))
        guard let entry = entry(rest), wantsName ? entry.isName : entry.isSymbol,
          entry.definition.takesPrefixes
        else {
          continue
        }
        return make(entry.definition, symbol: word, power: prefix.power)
      }
    }
    return nil
  }

  private static func whole(_ word: String) -> PhysicalUnit? {
    entry(word).map { make($0.definition, symbol: word, power: 0) }
  }

  /// An entry by exact spelling, or a name's plural.
  private static func entry(_ word: String) -> Entry? {
    if let entry = table[word] { return entry }
    if word.hasSuffix("s"), let entry = table[String(word.dropLast())], entry.isName {
      return entry
    }
    return nil
  }

  private static func make(_ definition: Definition, symbol: String, power: Int) -> PhysicalUnit {
    var scale = definition.scale
    scale.power += power
    return PhysicalUnit(
      symbol: symbol, dimension: definition.dimension, scale: scale, offset: definition.offset)
  }
}
