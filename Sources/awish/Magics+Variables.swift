import Interpreter

extension REPL {
  /// The user's variables, in the order they were first assigned.
  var userNames: [String] { session.definedNames.filter { !REPL.isHidden($0) } }

  /// `%who`: the names of the variables.
  func who() {
    let names = userNames
    console.write(
      (names.isEmpty ? AwishMessages.noVariables : names.joined(separator: "  ")) + "\n")
  }

  /// `%whos`: a table of the variables with their type and size.
  func whos() {
    let rows = userNames.compactMap { name in
      session.value(of: name).map { [name, $0.typeName, REPL.size(of: $0)] }
    }
    guard !rows.isEmpty else { return console.write(AwishMessages.noVariables + "\n") }
    let table = [["name", "type", "size"]] + rows
    let widths = (0..<3).map { column in table.map { $0[column].count }.max() ?? 0 }
    let rule = widths.map { String(repeating: "-", count: $0) }
    for row in [table[0], rule] + rows { console.write(REPL.tableLine(row, widths)) }
  }

  private static func tableLine(_ cells: [String], _ widths: [Int]) -> String {
    let padded = zip(cells, widths).map { cell, width in
      cell + String(repeating: " ", count: width - cell.count)
    }
    let line = padded.joined(separator: "  ")
    return String(line.dropLast(line.reversed().prefix { $0 == " " }.count)) + "\n"
  }

  /// The length of lists, strings, records and ranges; rows × columns of a frame; the
  /// shape of a tensor; the length of other objects; empty for the rest.
  static func size(of value: Value) -> String {
    switch value {
    case .list(let list): return String(list.items.count)
    case .string(let text): return String(text.count)
    case .record(let record): return String(record.keys.count)
    case .range(let range): return String(range.count)
    case .object(let object):
      if object.providesColumns, let rows = object.length {
        return "\(rows) × \(object.memberNames.count)"
      }
      if object.memberNames.contains("shape"), case .list(let shape)? = try? object.member("shape")
      {
        return shape.items.map { $0.text }.joined(separator: " × ")
      }
      return object.length.map(String.init) ?? ""
    default: return ""
    }
  }
}
