import Foundation
import Guards

/// Reads EcoTaxa TSV exports and import files: a header line, an optional type row of `[t]`
/// (text) and `[f]` (float) codes, quoted or bare cells. `object_date` and
/// `object_annotation_date` (`YYYYMMDD` or `YYYY-MM-DD`) become times; `object_time`
/// (`HHMM[SS]`, zero-padded on the left, or `HH:MM:SS`) becomes `HH:MM:SS` text; lat/lon and
/// depths are floats; `nan`/`NA` are missing in float columns. Image paths stay text.
public enum EcoTaxaReader {
  public static func read(path: String) throws(CSVError) -> Frame {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CSVError.unreadable(path)
    }
    return try parse([UInt8](data), sourceName: path)
  }

  public static func parse(_ bytes: [UInt8], sourceName: String) throws(CSVError) -> Frame {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    var options = CSVOptions.tsv
    options.inferTimes = false
    if lines.count > 1, let names = lines.first {
      let types = fields(lines[1])
      if !types.isEmpty, types.allSatisfy({ $0 == "[t]" || $0 == "[f]" }) {
        for (name, type) in zip(fields(names), types) {
          options.types[name] = type == "[f]" ? .float : .string
        }
        lines.remove(at: 1)
      }
    }
    // Exports from a decimal-comma locale write "18,0": numbers are read as text first and
    // converted below, column by column.
    let decimalComma = usesDecimalComma(lines)
    if decimalComma {
      options.types = options.types.filter { $0.value != .float }
    } else {
      for name in ["object_lat", "object_lon", "object_depth_min", "object_depth_max"] {
        options.types[name] = .float
      }
    }
    for name in ["object_date", "object_time", "object_annotation_date", "object_annotation_time"] {
      options.types[name] = .string
    }
    let body = Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    var frame = try CSVReader.parse(bytes: body, options: options, sourceName: sourceName).frame
    if decimalComma { convertDecimalCommas(&frame) }
    for name in frame.names where name.hasSuffix("_date") && name.hasPrefix("object_") {
      try retype(name, in: &frame, using: date)
    }
    for name in ["object_time", "object_annotation_time"] {
      guard let column = frame.column(named: name) else { continue }
      let clocks = texts(column).map { $0.flatMap(clock) }
      try? frame.set(
        Column(
          name: name, storage: .strings(clocks.map { $0 ?? "" }),
          validity: Bitmap(clocks.map { $0 != nil })))
    }
    for (name, unit) in [
      ("object_lat", "°N"), ("object_lon", "°E"), ("object_depth_min", "m"),
      ("object_depth_max", "m"),
    ] {
      guard var column = frame.column(named: name) else { continue }
      column.unit = unit
      try? frame.set(column)
    }
    return frame
  }

  /// Whether the first rows write object_lat (or, without it, any cell) as "18,0".
  static func usesDecimalComma(_ lines: [ArraySlice<UInt8>]) -> Bool {
    guard let header = lines.first else { return false }
    let names = fields(header)
    let latitude = names.firstIndex(of: "object_lat")
    for line in lines.dropFirst().prefix(50) {
      let cells = fields(line)
      if let latitude, latitude < cells.count {
        if isCommaNumber(cells[latitude]) { return true }
        if !cells[latitude].isEmpty { return false }
      } else if latitude == nil, cells.contains(where: isCommaNumber) {
        return true
      }
    }
    return false
  }

  /// "-24,4166", "600,0": digits, one comma, digits.
  static func isCommaNumber(_ text: String) -> Bool {
    let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
    let parts = body.split(separator: ",", omittingEmptySubsequences: false)
    return parts.count == 2
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
  }

  /// Text columns whose every value is a number written with a decimal comma (or a plain
  /// integer) become floats.
  static func convertDecimalCommas(_ frame: inout Frame) {
    for name in frame.names
    where ![
      "object_date", "object_time", "object_annotation_date", "object_annotation_time", "object_id",
    ].contains(name) {
      guard let column = frame.column(named: name), column.type == .string else { continue }
      let values = texts(column)
      var sawComma = false
      var numbers: [Double] = []
      numbers.reserveCapacity(values.count)
      var valid: [Bool] = []
      valid.reserveCapacity(values.count)
      var convertible = true
      for value in values {
        guard let value, !value.isEmpty, value != "nan", value != "NA" else {
          numbers.append(.nan)
          valid.append(false)
          continue
        }
        if isCommaNumber(value) { sawComma = true }
        guard isCommaNumber(value) || Int(value) != nil,
          let number = Double(value.replacingOccurrences(of: ",", with: "."))
        else {
          convertible = false
          break
        }
        numbers.append(number)
        valid.append(true)
      }
      guard convertible, sawComma else { continue }
      try? frame.set(
        Column(name: name, storage: .float(numbers), validity: Bitmap(valid), unit: column.unit))
    }
  }

  static func fields(_ line: ArraySlice<UInt8>) -> [String] {
    String(decoding: line, as: UTF8.self).split(separator: "\t", omittingEmptySubsequences: false)
      .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" \r")).lowercased() }
  }

  /// The text of each row of a string column (nil where missing).
  public static func texts(_ column: Column) -> [String?] {
    guard case .string(let codes, let dictionary) = column.storage else { return [] }
    return codes.indices.map { row in
      column.isMissing(row) || Int(codes[row]) >= dictionary.count
        ? nil : dictionary[Int(codes[row])]
    }
  }

  static func retype(_ name: String, in frame: inout Frame, using parse: (String) -> Int64?)
    throws(CSVError)
  {
    guard let column = frame.column(named: name), column.type == .string else { return }
    let values = texts(column).map { $0.flatMap(parse) }
    if let row = texts(column).indices.first(where: {
      texts(column)[$0] != nil && values[$0] == nil
    }) {
      throw CSVError(
        line: row + 2, message: TensorMessages.ecoTaxaNotADate(texts(column)[row] ?? "", name))

    }
    try? frame.set(
      Column(
        name: name, storage: .time(values.map { $0 ?? 0 }),
        validity: Bitmap(values.map { $0 != nil })))
  }

  /// `YYYYMMDD` or `YYYY-MM-DD` as microseconds since 1970.
  static func date(_ text: String) -> Int64? {
    let digits = text.filter { $0 != "-" }
    guard digits.count == 8, digits.allSatisfy(\.isASCII) else { return nil }
    let iso = "\(digits.prefix(4))-\(digits.dropFirst(4).prefix(2))-\(digits.suffix(2))"
    return TimeParsing.iso(iso)
  }

  /// `HHMM`, `HHMMSS` (left-padded; fractional seconds dropped) or `HH:MM:SS` as `HH:MM:SS`.
  static func clock(_ text: String) -> String? {
    var digits = String(text.split(separator: ".").first ?? "").filter { $0 != ":" }
    guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    if digits.count <= 4 {
      digits = String(repeating: "0", count: 4 - digits.count) + digits + "00"
    }
    digits = String(repeating: "0", count: 6 - digits.count) + digits
    let parts = [digits.prefix(2), digits.dropFirst(2).prefix(2), digits.suffix(2)]
    guard let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2]),
      hour < 24, minute < 60, second < 61
    else { return nil }
    return parts.joined(separator: ":")
  }
}
