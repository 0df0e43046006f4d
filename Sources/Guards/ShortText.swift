/// Values as error messages quote them: cut to about 60 characters, with control characters
/// escaped, so a 1 MB field or a NUL byte never reaches the terminal whole.
public enum ShortText {
  /// The most characters of a value a message shows.
  public static let limit = 60

  /// `text` in double quotes, escaped and cut to `limit` characters with "…" after.
  public static func quoted(_ text: String) -> String {
    "\"" + escaped(text) + "\""
  }

  /// `text` with control characters written as `\n`, `\t`, `\r` or `\u{…}`, cut to `limit`
  /// characters (counted before escaping) with "…" when longer.
  public static func escaped(_ text: String, limit: Int = ShortText.limit) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count == limit {
        result += "…"
        break
      }
      result += escape(scalar)
      count += 1
    }
    return result
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": return "\\n"
    case "\t": return "\\t"
    case "\r": return "\\r"
    case "\"": return "\\\""
    case "\\": return "\\\\"
    default:
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        return "\\u{" + String(scalar.value, radix: 16) + "}"
      }
      return String(scalar)
    }
  }
}
