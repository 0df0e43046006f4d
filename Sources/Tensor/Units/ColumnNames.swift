import Foundation

/// Column names as pandas users tidy them: `Temp [°C]` becomes `temp` with unit °C.
public enum ColumnNaming {
  /// The name without a trailing `[unit]` or `(unit)`, and that unit (when there is one).
  /// A trailing comment after a bracketed unit stays out of both: `Temp [°C] (ITS-90)` is
  /// `Temp` in °C.
  public static func splitUnit(_ name: String) -> (name: String, unit: String?) {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    guard let last = trailingGroup(trimmed) else { return (trimmed, nil) }
    if last.isParenthesis, let inner = trailingGroup(last.rest), !inner.isParenthesis,
      (try? UnitParser.parse(last.unit)) == nil
    {
      return (inner.rest, inner.unit)
    }
    return (last.rest, last.unit)
  }

  /// The last `[…]` or `(…)` of a name, and the name before it.
  private static func trailingGroup(_ text: String)
    -> (rest: String, unit: String, isParenthesis: Bool)?
  {
    for (open, close) in [("[", "]"), ("(", ")")] where text.hasSuffix(close) {
      guard let start = text.range(of: open, options: .backwards) else { continue }
      let unit = text[start.upperBound..<text.index(before: text.endIndex)]
        .trimmingCharacters(in: .whitespaces)
      let rest = text[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
      if !unit.isEmpty, !rest.isEmpty { return (rest, unit, open == "(") }
    }
    return nil
  }

  /// The unit a file's header gives a column: a `[unit]`, or a `(unit)` that reads as one
  /// (`Depth (m)`, not `Station (north)`); nil for none.
  public static func headerUnit(_ name: String) -> String? {
    let split = splitUnit(name)
    guard let unit = split.unit else { return nil }
    let bracketed = name.contains("[" + unit + "]") || name.contains("[ " + unit + " ]")
    return bracketed || (try? UnitParser.parse(unit)) != nil ? unit : nil
  }

  /// The frame with each column's header unit attached (names kept as written).
  public static func attachingHeaderUnits(_ frame: Frame) -> Frame {
    var frame = frame
    for column in frame.columns where column.unit == nil {
      guard let unit = headerUnit(column.name), column.type == .float || column.type == .int
      else { continue }
      var labelled = column
      labelled.unit = unit
      try? frame.set(labelled)
    }
    return frame
  }

  /// The header CSV writers give a column: `name [unit]`, or the name alone when it has no
  /// unit or already ends with it.
  public static func header(_ column: Column) -> String {
    guard let unit = column.unit, splitUnit(column.name).unit != unit else { return column.name }
    return "\(column.name) [\(unit)]"
  }

  /// snake_case ASCII: letters and digits kept (lowercased), ° → deg, µ → u, other
  /// characters become single underscores; a leading digit gets an underscore before it.
  public static func snakeCase(_ name: String) -> String {
    var result = ""
    var previousWasLower = false
    for character in name {
      let text: String
      switch character {
      case "°": text = "deg"
      case "µ", "μ": text = "u"
      case "‰": text = "permil"
      default:
        if character.isASCII, character.isLetter || character.isNumber {
          if character.isUppercase, previousWasLower { result += "_" }
          previousWasLower = character.isLowercase || character.isNumber
          result += character.lowercased()
          continue
        }
        let folded = String(character).folding(options: .diacriticInsensitive, locale: nil)
        if folded.count == 1, let first = folded.first, first.isASCII, first.isLetter {
          text = first.lowercased()
        } else {
          text = "_"
        }
      }
      previousWasLower = text != "_"
      result += text
    }
    let parts = result.split(separator: "_", omittingEmptySubsequences: true)
    var clean = parts.joined(separator: "_")
    if clean.isEmpty { clean = "column" }
    if let first = clean.first, first.isNumber { clean = "_" + clean }
    return clean
  }

  /// Names made unique by suffixing `_2`, `_3`, … to repeats, in order.
  public static func deduplicated(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.map { name in
      var candidate = name
      var counter = 2
      while seen.contains(candidate) {
        candidate = "\(name)_\(counter)"
        counter += 1
      }
      seen.insert(candidate)
      return candidate
    }
  }
}
