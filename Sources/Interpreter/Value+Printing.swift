extension Value {
  /// The text `print` and `str` give: strings as they are, everything else as `repr`.
  public var text: String {
    switch self {
    case .string(let value): return value
    case .int(let value): return String(value)
    case .object(let object): return object.display(width: 100)
    default: return repr
    }
  }

  /// The text the REPL shows: strings quoted, floats shortest round-trip, long records one
  /// key per line.
  public var repr: String {
    var printer = ValuePrinter()
    return printer.repr(self, indent: 0)
  }
}

/// Writes values as text; remembers the containers it is inside so a list that holds itself
/// prints as `[...]` instead of recursing forever.
struct ValuePrinter {
  static let lineWidth = 80
  static let maxListItems = 1000
  var open: Set<ObjectIdentifier> = []

  mutating func repr(_ value: Value, indent: Int) -> String {
    switch value {
    case .null: return "nil"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .float(let value): return FloatFormat.shortest(value)
    case .string(let value): return quoted(value)
    case .list(let list): return nested(list) { $0.list(list, indent: indent) } ?? "[...]"
    case .record(let record):
      return nested(record) { $0.record(record, indent: indent) } ?? "{...}"
    case .range(let range): return rangeText(range)
    case .function(let closure):
      return "<fn \(closure.code.name)(\(closure.code.parameterNames.joined(separator: ", ")))>"
    case .builtin(let builtin): return "<builtin \(builtin.name)>"
    case .object(let object): return object.shortDescription
    case .cell(let cell): return repr(cell.value, indent: indent)
    }
  }

  private mutating func nested(_ object: AnyObject, _ body: (inout ValuePrinter) -> String)
    -> String?
  {
    let id = ObjectIdentifier(object)
    // Containers nested deeper than this print as `[...]`, so printing never runs out of stack.
    guard open.count < 100, open.insert(id).inserted else { return nil }
    defer { open.remove(id) }
    return body(&self)
  }

  private mutating func list(_ list: ListObject, indent: Int) -> String {
    let items = list.items
    var parts = items.prefix(ValuePrinter.maxListItems).map { repr($0, indent: indent) }
    if items.count > ValuePrinter.maxListItems {
      parts.append("… \(items.count - ValuePrinter.maxListItems) more")
    }
    return "[" + parts.joined(separator: ", ") + "]"
  }

  private mutating func record(_ record: RecordObject, indent: Int) -> String {
    let keys = record.keys.map(ValuePrinter.key)
    let values = record.values.map { repr($0, indent: indent + 2) }
    let pairs = zip(keys, values).map { "\($0): \($1)" }
    let flat = "{" + pairs.joined(separator: ", ") + "}"
    if indent + flat.count <= ValuePrinter.lineWidth, !flat.contains("\n") { return flat }
    let pad = String(repeating: " ", count: indent + 2)
    let closing = String(repeating: " ", count: indent)
    return "{\n" + pairs.map { pad + $0 }.joined(separator: ",\n") + "\n\(closing)}"
  }

  private func rangeText(_ range: RangeValue) -> String {
    let text = "\(range.start)\(range.isInclusive ? ".." : "..<")\(range.end)"
    return range.step == 1 ? text : "range(\(range.start), \(range.end), \(range.step))"
  }

  /// A record key: bare when it is an identifier, quoted otherwise.
  static func key(_ key: String) -> String {
    let isIdentifier =
      !key.isEmpty && key.utf8.allSatisfy { $0.isASCIIIdentifierPart }
      && !(key.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? true)
    return isIdentifier ? key : quoted(key)
  }
}

/// A string in double quotes with escapes, as awi source would write it.
func quoted(_ text: String) -> String {
  var out = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": out += "\\\""
    case "\\": out += "\\\\"
    case "\n": out += "\\n"
    case "\t": out += "\\t"
    case "\r": out += "\\r"
    case "\0": out += "\\0"
    default:
      if scalar.value < 0x20 || scalar.value == 0x7F {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
  }
  return out + "\""
}

extension UInt8 {
  var isASCIIIdentifierPart: Bool {
    (self >= 97 && self <= 122) || (self >= 65 && self <= 90) || (self >= 48 && self <= 57)
      || self == 95
  }
}
