import Foundation

/// The data table of a PANGAEA export: the label line and the rows as UTF-8 bytes. The rows
/// are rewritten in one pass over the bytes (flag prefixes peeled into their own columns,
/// short rows padded) and then typed by `CSVReader`, so a PANGAEA table reads as fast as a
/// TSV file.
struct PangaeaTable {
  var labels: [Substring]
  var body: ArraySlice<UInt8>
  /// The file line of the first data row, for errors.
  var firstLine = 2

  /// The frame: the rewritten rows through `CSVReader` (type inference), then names and units.
  func frame(parameters: [PangaeaMetadata.Parameter], sourceName: String) throws(CSVError)
    -> Frame
  {
    let naming = PangaeaNaming(labels: labels, parameters: parameters)
    let cells = PangaeaCells(columnCount: labels.count, firstLine: firstLine)
    let scan = body.withUnsafeBufferPointer { buffer in
      Result { () throws(CSVError) in try cells.flaggedColumns(in: buffer) }
    }
    let flagged = try scan.get()
    var names: [String] = []
    for (index, name) in naming.names.enumerated() {
      names.append(name)
      if flagged[index] { names.append(name + "_flag") }
    }
    var bytes = Array(names.joined(separator: "\t").utf8)
    bytes.append(PangaeaCells.newline)
    body.withUnsafeBufferPointer { cells.rewrite($0, flagged: flagged, into: &bytes) }
    var options = CSVOptions.tsv
    options.naValues = [""]
    for (index, name) in naming.names.enumerated() where flagged[index] {
      options.types[name + "_flag"] = .string
    }
    var frame = try CSVReader.parse(bytes: bytes, options: options, sourceName: sourceName).frame
    for (name, unit) in zip(naming.names, naming.units) {
      guard var column = frame.column(named: name), let unit else { continue }
      column.unit = unit
      try? frame.set(column)
    }
    return frame
  }
}

/// Column names and units: the parameter's short name and unit by position, the header
/// label as fallback; a name taken twice gets its label's comment, then a number.
struct PangaeaNaming {
  var names: [String] = []
  var units: [String?] = []

  init(labels: [Substring], parameters: [PangaeaMetadata.Parameter]) {
    var wanted: [String] = []
    for (index, label) in labels.enumerated() {
      let parsed = PangaeaMetadata.parameter(label)
      let parameter = index < parameters.count ? parameters[index] : nil
      var name = parameter?.shortName ?? parsed.shortName ?? parsed.name
      if name.isEmpty { name = "column_\(index + 1)" }
      if wanted.contains(name) { name = PangaeaNaming.withoutUnit(label) }
      wanted.append(name)
      units.append(parameter?.unit ?? PangaeaNaming.unit(of: label))
    }
    names = ColumnNaming.deduplicated(wanted)
  }

  /// A label such as `Temp [°C] (comment)` without its unit: `Temp (comment)`.
  static func withoutUnit(_ label: Substring) -> String {
    guard let open = label.firstIndex(of: "["), let close = label[open...].firstIndex(of: "]")
    else { return label.trimmingCharacters(in: .whitespaces) }
    let before = label[..<open].trimmingCharacters(in: .whitespaces)
    let after = label[label.index(after: close)...].trimmingCharacters(in: .whitespaces)
    return after.isEmpty ? before : before + " " + after
  }

  static func unit(of label: Substring) -> String? {
    guard let open = label.firstIndex(of: "["), let close = label[open...].firstIndex(of: "]")
    else { return nil }
    return String(label[label.index(after: open)..<close])
  }
}
