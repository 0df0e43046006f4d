import Foundation

/// Reads the tab-separated answer of the AWI data web service (O2A DWS), as documented in
/// shared/fixtures/o2a/FORMAT.md: a `datetime` column of UTC times, then one column per
/// sensor and aggregate function headed `<urn> (<function>) [<unit>]`, and with
/// `withQualityFlags=true` a `<urn> (quality_flag)` column after each. Lines end in LF or
/// CRLF; an empty field is missing; only bins with data are rows.
///
/// The frame has `time`, then the sensors named by `O2ANaming` with their units (none for
/// `n`/`count`, which count values). A sensor whose column appears twice (the service repeats
/// a sensor requested twice) becomes one column, the copy with the most values, and a
/// `note` says so. Metadata: one `sensor` entry per column (`column`, `urn`, `function`,
/// `unit` as the header gave it), and `flag_meanings` when there are flag columns.
public enum O2AReader {
  /// The aggregate functions that count values, whose columns have no unit.
  static let counts: Set<String> = ["n", "count"]

  public static func parse(_ bytes: [UInt8], sourceName: String) throws(CSVError) -> Frame {
    let fields = headerFields(bytes)
    guard let first = fields.first, first == "datetime" else {
      throw CSVError(message: TensorMessages.o2aNoDatetime(fields.first ?? ""))
    }
    var options = CSVOptions.tsv
    options.naValues = [""]
    options.inferTimes = false
    options.parseTimes = ["datetime"]
    let read = try CSVReader.parse(bytes: bytes, options: options, sourceName: sourceName).frame
    guard read.columnCount == fields.count else {
      throw CSVError(message: TensorMessages.o2aFieldCount(fields.count, read.columnCount))
    }
    var metadata = read.metadata
    let headers = fields.dropFirst().map(O2AHeader.init)
    let kept = keptPositions(headers, columns: Array(read.columns.dropFirst()), notes: &metadata)
    let names = O2ANaming.names(kept.map { headers[$0] })
    var columns = [try timeColumn(read.columns[0])]
    for (position, name) in zip(kept, names) {
      let header = headers[position]
      var column = read.columns[position + 1]
      column.name = name
      column.unit = header.function.map(counts.contains) == true ? nil : header.unit
      columns.append(header.isFlag ? integral(column) : column)
      metadata.append(
        (
          key: "sensor",
          value: "column=\(name)\turn=\(header.urn)\tfunction=\(functionText(header))"
            + "\tunit=\(header.unit ?? "")"
        ))
    }
    if kept.contains(where: { headers[$0].isFlag }) {
      metadata.append((key: "flag_meanings", value: O2AFlags.metadataValue))
    }
    do throws(Frame.Problem) {
      return try Frame(columns: columns, metadata: metadata)
    } catch {
      throw CSVError(message: TensorMessages.o2aNotATable(error))
    }
  }

  /// Whether `bytes` look like a data web service answer: a `datetime` column, then only
  /// columns headed by sensor URNs (`a:b:c…`, no spaces) with their function and unit.
  public static func looksLikeAnswer(_ bytes: [UInt8]) -> Bool {
    let fields = headerFields(bytes.prefix(65_536).map { $0 })
    guard fields.count > 1, fields.first == "datetime" else { return false }
    return fields.dropFirst().allSatisfy { field in
      let header = O2AHeader(field)
      return header.parts.count >= 3 && !header.urn.contains(" ") && header.urn != field
    }
  }

  /// The header line's fields as written: the CSV reader renames repeated headers, and the
  /// service repeats the header of a sensor requested twice.
  static func headerFields(_ bytes: [UInt8]) -> [String] {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    body = body.drop(while: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
    let line = body.prefix(while: { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") })
    return String(decoding: line, as: UTF8.self).split(
      separator: "\t", omittingEmptySubsequences: false
    ).map(String.init)
  }

  /// The positions (into `headers`) of the columns to keep, in the order of each sensor's
  /// first column: of the columns with the same URN, function and kind, the one with the
  /// most values (the first on a tie). Each repeat adds a note.
  static func keptPositions(
    _ headers: [O2AHeader], columns: [Column], notes: inout [(key: String, value: String)]
  ) -> [Int] {
    var groups: [String: [Int]] = [:]
    var order: [String] = []
    for (position, header) in headers.enumerated() {
      let key = "\(header.urn)\u{0}\(functionText(header))"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(position)
    }
    var kept: [Int] = []
    for key in order {
      let positions = groups[key] ?? []
      let counts = positions.map { columns[$0].count - columns[$0].missingCount }
      guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }) else { continue }
      kept.append(positions[best])
      guard positions.count > 1, let first = positions.first else { continue }
      let header = headers[first]
      // Field numbers count from 1 with `datetime` first, as a text editor shows them.
      let fields = positions.indices.map { (field: positions[$0] + 2, values: counts[$0]) }
      let note = TensorMessages.o2aRepeatedSensor(
        header.urn, functionText(header), fields: fields, kept: positions[best] + 2)
      notes.append((key: "note", value: note))
    }
    return kept
  }

  static func functionText(_ header: O2AHeader) -> String {
    header.isFlag ? "quality_flag" : header.function ?? ""
  }

  /// The `datetime` column as `time`; an answer without rows gives an empty time column.
  static func timeColumn(_ column: Column) throws(CSVError) -> Column {
    if column.count == 0 { return Column(name: "time", storage: .time([])) }
    guard column.type == .time else {
      throw CSVError(message: TensorMessages.o2aTimesNotISO)
    }
    var column = column
    column.name = "time"
    return column
  }

  /// A flag column as ints when every value is a whole number (the scheme's 0–7).
  static func integral(_ column: Column) -> Column {
    guard case .float(let values) = column.storage else { return column }
    var ints: [Int] = []
    ints.reserveCapacity(values.count)
    for (row, value) in values.enumerated() {
      if column.isMissing(row) {
        ints.append(0)
      } else if let whole = Int(exactly: value) {
        ints.append(whole)
      } else {
        return column
      }
    }
    return Column(name: column.name, storage: .int(ints), validity: column.validity)
  }
}
