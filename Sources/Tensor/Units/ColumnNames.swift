import Foundation

/// Column names as pandas users tidy them: `Temp [°C]` becomes `temp` with unit °C.
public enum ColumnNaming {
  /// The name without a trailing `[unit]` or `(unit)`, and that unit (when there is one).
  public static func splitUnit(_ name: String) -> (name: String, unit: String?) {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    for (open, close) in [("[", "]"), ("(", ")")] where trimmed.hasSuffix(close) {
      guard let start = trimmed.range(of: open, options: .backwards) else { continue }
      let unit = trimmed[start.upperBound..<trimmed.index(before: trimmed.endIndex)]
        .trimmingCharacters(in: .whitespaces)
      let rest = trimmed[..<start.lowerBound].trimmingCharacters(in: .whitespaces)
      if !unit.isEmpty, !rest.isEmpty { return (rest, unit) }
    }
    return (trimmed, nil)
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
