/// The CSV fields of one column over a range of rows, as bytes: each field's text written
/// back to back, with the end offset of every field. Typed loops per storage (no String per
/// value); missing values are empty fields. The texts are those of `CSVWriter`'s contract:
/// floats in their shortest round-trip form, ints in decimal, bools True/False, times ISO
/// 8601, strings quoted when they hold the separator, a quote or a line break.
struct CSVFieldText {
  let column: Column
  /// A string column's dictionary entries as field bytes, quoted where needed.
  let entries: [[UInt8]]

  init(_ column: Column, separator: UInt8) {
    self.column = column
    if case .string(_, let dictionary) = column.storage {
      entries = dictionary.map { Self.field(Array($0.utf8), separator) }
    } else {
      entries = []
    }
  }

  /// `text` as a field: quoted (inner quotes doubled) when it holds the separator, a quote,
  /// or a line break.
  static func field(_ text: [UInt8], _ separator: UInt8) -> [UInt8] {
    let quote = UInt8(ascii: "\"")
    let special = text.contains { $0 == separator || $0 == quote || $0 == 10 || $0 == 13 }
    guard special else { return text }
    var quoted: [UInt8] = [quote]
    for byte in text {
      quoted.append(byte)
      if byte == quote { quoted.append(quote) }
    }
    quoted.append(quote)
    return quoted
  }

  /// Appends the fields of `rows` to `bytes` and each field's end offset to `ends`.
  /// O(rows + bytes written).
  func append(_ rows: Range<Int>, to bytes: inout [UInt8], ends: inout [Int]) {
    let validity = column.validity
    switch column.storage {
    case .float(let values):
      for row in rows {
        if validity?.isValid(row) != false { ShortestFloat.append(values[row], to: &bytes) }
        ends.append(bytes.count)
      }
    case .int(let values):
      for row in rows {
        if validity?.isValid(row) != false { ShortestFloat.appendInteger(values[row], to: &bytes) }
        ends.append(bytes.count)
      }
    case .bool(let values):
      for row in rows {
        if validity?.isValid(row) != false {
          bytes.append(contentsOf: values[row] ? Self.trueText : Self.falseText)
        }
        ends.append(bytes.count)
      }
    case .string(let codes, _):
      appendStrings(codes, rows, to: &bytes, ends: &ends)
    case .time(let values):
      var days = ISOTimeBytes.DayCache()
      for row in rows {
        if validity?.isValid(row) != false { ISOTimeBytes.append(values[row], &days, to: &bytes) }
        ends.append(bytes.count)
      }
    }
  }

  static let trueText = Array("True".utf8)
  static let falseText = Array("False".utf8)

  private func appendStrings(
    _ codes: [Int32], _ rows: Range<Int>, to bytes: inout [UInt8], ends: inout [Int]
  ) {
    let validity = column.validity
    for row in rows {
      let code = Int(codes[row])
      if validity?.isValid(row) != false, entries.indices.contains(code) {
        bytes.append(contentsOf: entries[code])
      }
      ends.append(bytes.count)
    }
  }
}
