import Foundation

/// A JSON value with its object keys in order, written deterministically (same value, same
/// bytes) and parsed strictly with a depth limit, so any file read gives a value or an error.
public indirect enum JSON: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSON])
  case object([(String, JSON)])

  public static func == (a: JSON, b: JSON) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.number(let x), .number(let y)): return x == y || (x.isNaN && y.isNaN)
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  public subscript(key: String) -> JSON? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  public var string: String? { if case .string(let s) = self { s } else { nil } }
  public var int: Int? {
    switch self {
    case .int(let i): return i
    case .number(let d) where d == d.rounded() && abs(d) < 9e15: return Int(d)
    default: return nil
    }
  }
  public var double: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .number(let d): return d
    default: return nil
    }
  }
  public var array: [JSON]? { if case .array(let a) = self { a } else { nil } }
  public var bool: Bool? { if case .bool(let b) = self { b } else { nil } }

  // MARK: Writing

  /// The text, indented by two spaces per level when `pretty`. Non-finite numbers, which
  /// JSON cannot hold, are written as null.
  public func text(pretty: Bool = true) -> String {
    var out = ""
    write(into: &out, pretty: pretty, indent: 0)
    return out
  }

  private func write(into out: inout String, pretty: Bool, indent: Int) {
    let newline = pretty ? "\n" + String(repeating: "  ", count: indent + 1) : ""
    let closing = pretty ? "\n" + String(repeating: "  ", count: indent) : ""
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .number(let d):
      if !d.isFinite {
        out += "null"
      } else if d == d.rounded(), abs(d) < 1e15 {
        out += String(format: "%.1f", d)
      } else {
        out += "\(d)"
      }
    case .string(let s): JSON.quote(s, into: &out)
    case .array(let items):
      if items.isEmpty { return out += "[]" }
      let scalar = items.allSatisfy {
        if case .array = $0 { false } else if case .object = $0 { false } else { true }
      }
      out += "["
      for (index, item) in items.enumerated() {
        out += index == 0 ? "" : ","
        out += scalar ? (index == 0 ? "" : " ") : newline
        item.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      out += (scalar ? "" : closing) + "]"
    case .object(let pairs):
      if pairs.isEmpty { return out += "{}" }
      out += "{"
      for (index, (key, value)) in pairs.enumerated() {
        out += (index == 0 ? "" : ",") + newline
        JSON.quote(key, into: &out)
        out += pretty ? ": " : ":"
        value.write(into: &out, pretty: pretty, indent: indent + 1)
      }
      out += closing + "}"
    }
  }

  static func quote(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }

  // MARK: Parsing

  public struct ParseError: Error, Equatable {
    public let message: String
    public let offset: Int
  }

  public static func parse(_ text: String) throws(ParseError) -> JSON {
    var parser = Parser(bytes: Array(text.utf8))
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    guard parser.position == parser.bytes.count else {
      throw parser.error(TensorMessages.jsonTextAfterValue)
    }
    return value
  }

  public static func parse(_ data: Data) throws(ParseError) -> JSON {
    guard let text = String(validating: data, as: UTF8.self) else {
      throw ParseError(message: TensorMessages.jsonNotUTF8, offset: 0)
    }
    return try parse(text)
  }

  private struct Parser {
    let bytes: [UInt8]
    var position = 0
    static let maxDepth = 256

    func error(_ message: String) -> ParseError { ParseError(message: message, offset: position) }

    mutating func skipSpace() {
      while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
        position += 1
      }
    }

    mutating func value(depth: Int) throws(ParseError) -> JSON {
      guard depth < Parser.maxDepth else {
        throw error(TensorMessages.jsonTooDeep(Parser.maxDepth))
      }
      skipSpace()
      guard position < bytes.count else { throw error(TensorMessages.jsonUnexpectedEnd) }
      switch bytes[position] {
      case UInt8(ascii: "{"):
        position += 1
        var pairs: [(String, JSON)] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
          position += 1
          return .object(pairs)
        }
        while true {
          skipSpace()
          guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw error(TensorMessages.jsonExpectedKey)
          }
          let key = try string()
          guard !pairs.contains(where: { $0.0 == key }) else {
            throw error(TensorMessages.jsonDuplicateKey(key))
          }
          skipSpace()
          try expect(":")
          pairs.append((key, try value(depth: depth + 1)))
          skipSpace()
          if try next(",", or: "}") { continue }
          return .object(pairs)
        }
      case UInt8(ascii: "["):
        position += 1
        var items: [JSON] = []
        skipSpace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
          position += 1
          return .array(items)
        }
        while true {
          items.append(try value(depth: depth + 1))
          skipSpace()
          if try next(",", or: "]") { continue }
          return .array(items)
        }
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "t"): try literal("true"); return .bool(true)
      case UInt8(ascii: "f"): try literal("false"); return .bool(false)
      case UInt8(ascii: "n"): try literal("null"); return .null
      default: return try number()
      }
    }

    /// True after `more`, false after `end`.
    mutating func next(_ more: Character, or end: Character) throws(ParseError) -> Bool {
      guard position < bytes.count else { throw error(TensorMessages.jsonUnexpectedEnd) }
      let byte = bytes[position]
      position += 1
      if byte == more.asciiValue { return true }
      if byte == end.asciiValue { return false }
      throw error(TensorMessages.jsonExpectedEither(more, end))
    }

    mutating func expect(_ character: Character) throws(ParseError) {
      guard position < bytes.count, bytes[position] == character.asciiValue else {
        throw error(TensorMessages.jsonExpected(character))
      }
      position += 1
    }

    mutating func literal(_ word: String) throws(ParseError) {
      let utf8 = Array(word.utf8)
      guard position + utf8.count <= bytes.count,
        Array(bytes[position..<(position + utf8.count)]) == utf8
      else { throw error(TensorMessages.jsonUnexpectedText) }
      position += utf8.count
    }

    mutating func number() throws(ParseError) -> JSON {
      let start = position
      var isInteger = true
      while position < bytes.count {
        let byte = bytes[position]
        if (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") {
          position += 1
        } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
          || byte == UInt8(ascii: "E")
          || byte == UInt8(ascii: "+")
        {
          isInteger = false
          position += 1
        } else {
          break
        }
      }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      if isInteger, let value = Int(text) { return .int(value) }
      guard !text.isEmpty, let value = Double(text), value.isFinite else {
        position = start
        throw error(TensorMessages.jsonNotAValue)
      }
      return .number(value)
    }

    mutating func string() throws(ParseError) -> String {
      position += 1
      var out: [UInt8] = []
      while position < bytes.count {
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard position < bytes.count else { throw error(TensorMessages.jsonUnexpectedEnd) }
          let escape = bytes[position]
          position += 1
          switch escape {
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "u"):
            var scalar = try hex4()
            if scalar >= 0xD800 && scalar < 0xDC00, position + 1 < bytes.count,
              bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            {
              position += 2
              let low = try hex4()
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00) & 0x3FF
            }
            out += Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8)
          default: out.append(escape)
          }
        case 0..<0x20: throw error(TensorMessages.jsonControlCharacter)
        default: out.append(byte)
        }
      }
      throw error(TensorMessages.jsonUnterminatedString)
    }

    mutating func hex4() throws(ParseError) -> UInt32 {
      guard position + 4 <= bytes.count,
        let value = UInt32(
          String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
      else { throw error(TensorMessages.jsonBadEscape) }

      position += 4
      return value
    }
  }
}
