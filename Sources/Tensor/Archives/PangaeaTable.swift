import Foundation

/// The data table of a PANGAEA export as text cells, before types are inferred.
struct PangaeaTable {
  var labels: [Substring]
  var rows: [[Substring]] = []
  /// The file line of the first data row, for errors.
  var firstLine = 2

  init(labels: [Substring]) {
    self.labels = labels
  }

  /// The frame: cleaned cells through `CSVReader` (type inference), then names and units.
  func frame(parameters: [PangaeaMetadata.Parameter], sourceName: String) throws(CSVError)
    -> Frame
  {
    let naming = PangaeaNaming(labels: labels, parameters: parameters)
    var columns = Array(repeating: [Substring](), count: labels.count)
    for (offset, row) in rows.enumerated() {
      guard row.count <= labels.count || row[labels.count...].allSatisfy(\.isEmpty) else {
        throw CSVError(
          line: firstLine + offset,
          message: "\(row.count) fields, but the header has \(labels.count)")
      }
      for index in labels.indices { columns[index].append(index < row.count ? row[index] : "") }
    }
    var names: [String] = []
    var cells: [[Substring]] = []
    var units: [String: String] = [:]
    for index in labels.indices {
      let name = naming.names[index]
      let (values, flags) = PangaeaTable.peelFlags(columns[index])
      names.append(name)
      cells.append(values)
      units[name] = naming.units[index]
      if let flags {
        names.append(name + "_flag")
        cells.append(flags)
      }
    }
    return try PangaeaTable.infer(names: names, cells: cells, units: units, sourceName: sourceName)
  }

  /// The values without their quality-flag prefixes, and the flags (nil when no value has
  /// one). A prefix counts only when the rest is a number, so text values stay whole.
  static func peelFlags(_ values: [Substring]) -> ([Substring], [Substring]?) {
    var flags: [Substring]?
    var peeled = values
    for (row, value) in values.enumerated() {
      guard let first = value.first, PangaeaReader.flagPrefixes.contains(first),
        Double(value.dropFirst()) != nil
      else { continue }
      if flags == nil { flags = Array(repeating: "", count: values.count) }
      flags?[row] = value.prefix(1)
      peeled[row] = value.dropFirst()
    }
    return (peeled, flags)
  }

  /// Columns typed as `CSVReader` types a TSV file (only empty cells are missing).
  static func infer(
    names: [String], cells: [[Substring]], units: [String: String], sourceName: String
  ) throws(CSVError) -> Frame {
    var text = names.joined(separator: "\t") + "\n"
    let rowCount = cells.first?.count ?? 0
    for row in 0..<rowCount {
      text += cells.map { $0[row] }.joined(separator: "\t")
      text += "\n"
    }
    var options = CSVOptions.tsv
    options.naValues = [""]
    for name in names where name.hasSuffix("_flag") { options.types[name] = .string }
    var frame = try CSVReader.parse(
      bytes: Array(text.utf8), options: options, sourceName: sourceName
    )
    .frame
    for (name, unit) in units {
      guard var column = frame.column(named: name) else { continue }
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
