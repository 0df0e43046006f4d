import Foundation

/// The part of TOML that awish.toml uses: `[section]` headers, `key = value` lines with
/// basic strings, integers, floats, booleans and one-line arrays of those, and `#` comments.
/// Anything else is an error with its line number, never a guess.
public enum TOML {
  /// A value on the right of `=`.
  public indirect enum Value: Sendable, Equatable {
    case string(String)
    case int(Int)
    case float(Double)
    case bool(Bool)
    case array([Value])
  }

  /// One `key = value` line, with the section it sits in ("" before the first header).
  public struct Entry: Sendable, Equatable {
    public let section: String
    public let key: String
    public let value: Value
  }

  /// A line that is not in the subset.
  public struct Problem: Error, Equatable {
    public let line: Int
    public let message: String
  }

  /// The entries of `text`, in file order. O(length of text).
  public static func parse(_ text: String) throws(Problem) -> [Entry] {
    var entries: [Entry] = []
    var section = ""
    for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = withoutComment(Substring(rawLine)).trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty { continue }
      if line.hasPrefix("[") {
        guard line.hasSuffix("]"), line.count > 2 else {
          throw Problem(line: offset + 1, message: ArchiveMessages.tomlSection)
        }
        section = String(line.dropFirst().dropLast()).trimmingCharacters(
          in: .whitespacesAndNewlines)
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        throw Problem(line: offset + 1, message: ArchiveMessages.tomlKeyValue)
      }
      let key = unquoted(String(line[..<equals]).trimmingCharacters(in: .whitespacesAndNewlines))
      var rest = Substring(
        line[line.index(after: equals)...].trimmingCharacters(in: .whitespacesAndNewlines))
      guard !key.isEmpty, let value = parseValue(&rest),
        rest.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      else {
        throw Problem(line: offset + 1, message: ArchiveMessages.tomlValue(key))
      }
      entries.append(Entry(section: section, key: key, value: value))
    }
    return entries
  }

  static func unquoted(_ key: String) -> String {
    key.count >= 2 && key.hasPrefix("\"") && key.hasSuffix("\"")
      ? String(key.dropFirst().dropLast()) : key
  }

  /// The line up to a `#` that is not inside a string.
  static func withoutComment(_ line: Substring) -> Substring {
    var inString = false
    var escaped = false
    for index in line.indices {
      let character = line[index]
      if escaped {
        escaped = false
      } else if character == "\\" && inString {
        escaped = true
      } else if character == "\"" {
        inString.toggle()
      } else if character == "#" && !inString {
        return line[..<index]
      }
    }
    return line
  }

  /// Arrays nest at most this deep: deeper text is refused, not recursed into (a fuzzer found
  /// that thousands of `[` overflowed the stack).
  static let nestingLimit = 64

  /// Reads one value from the front of `text`, leaving the rest.
  static func parseValue(_ text: inout Substring, depth: Int = 0) -> Value? {
    text = text.drop(while: { $0 == " " || $0 == "\t" })
    guard let first = text.first else { return nil }
    if first == "\"" { return parseString(&text).map(Value.string) }
    if first == "[" { return depth < nestingLimit ? parseArray(&text, depth: depth + 1) : nil }
    let end = text.firstIndex(where: { $0 == "," || $0 == "]" }) ?? text.endIndex
    let word = String(text[..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
      .replacingUnderscores()
    text = text[end...]
    if word == "true" { return .bool(true) }
    if word == "false" { return .bool(false) }
    if let number = Int(word) { return .int(number) }
    if let number = Double(word) { return .float(number) }
    return nil
  }

  static func parseString(_ text: inout Substring) -> String? {
    var result = ""
    var index = text.index(after: text.startIndex)
    while index < text.endIndex {
      let character = text[index]
      if character == "\"" {
        text = text[text.index(after: index)...]
        return result
      }
      if character == "\\" {
        index = text.index(after: index)
        guard index < text.endIndex else { return nil }
        switch text[index] {
        case "n": result.append("\n")
        case "t": result.append("\t")
        case "\"", "\\": result.append(text[index])
        default: return nil
        }
      } else {
        result.append(character)
      }
      index = text.index(after: index)
    }
    return nil
  }

  static func parseArray(_ text: inout Substring, depth: Int) -> Value? {
    text = text.dropFirst()
    var items: [Value] = []
    while true {
      text = text.drop(while: { $0 == " " || $0 == "\t" })
      if text.first == "]" {
        text = text.dropFirst()
        return .array(items)
      }
      guard let item = parseValue(&text, depth: depth) else { return nil }
      items.append(item)
      text = text.drop(while: { $0 == " " || $0 == "\t" })
      if text.first == "," { text = text.dropFirst() }
    }
  }
}

extension StringProtocol {

  fileprivate func replacingUnderscores() -> String {
    String(filter { $0 != "_" })
  }
}
