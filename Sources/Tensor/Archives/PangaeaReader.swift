import Foundation

/// Reads PANGAEA tab-delimited exports (`?format=textfile`): the metaheader, then one line of
/// column labels `Short [unit] (comment)` and TAB-separated rows. Columns take the
/// parameters' short names and units; quality-flag prefixes move into `<name>_flag` columns;
/// event positions and times are added when the table lacks them. Types are inferred by
/// `CSVReader`, so a PANGAEA column reads like the same column from a CSV file.
public enum PangaeaReader {
  /// The value prefixes PANGAEA uses as quality flags (https://wiki.pangaea.de/wiki/Data_quality_flag).
  public static let flagPrefixes: Set<Character> = ["?", "/", "*", "<", ">", "#"]

  /// A parsed export: the frame (with metadata pairs) and the header it came from.
  public struct Result: Sendable {
    public var frame: Frame
    public var metadata: PangaeaMetadata
  }

  public static func read(path: String) throws(CSVError) -> Result {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CSVError.unreadable(path)
    }
    return try parse([UInt8](data), sourceName: path)
  }

  /// Parses the bytes of an export; UTF-8, or Latin-1 for old exports that are not UTF-8.
  public static func parse(_ bytes: [UInt8], sourceName: String) throws(CSVError) -> Result {
    var bytes =
      String(validating: bytes, as: UTF8.self) != nil
      ? bytes : Array(String(decoding: bytes.map { UInt16($0) }, as: UTF16.self).utf8)
    // Old Mac exports end lines with CR alone: read them as lines.
    if !bytes.contains(10), bytes.contains(13) { bytes = bytes.map { $0 == 13 ? 10 : $0 } }
    var lines = LineCursor(bytes)
    var metadata = PangaeaMetadata()
    if bytes.starts(with: Array("/* DATA DESCRIPTION:".utf8)) {
      var header: [Substring] = []
      _ = lines.next()
      while true {
        guard let line = lines.next() else {
          throw CSVError(message: TensorMessages.pangaeaUnclosedMetaheader)
        }
        let text = Substring(String(decoding: line, as: UTF8.self))
        if text.trimmingCharacters(in: .whitespaces) == "*/" { break }
        header.append(text)
      }
      metadata = PangaeaMetadata.parse(header)
    }
    lines.skipBlank()
    let firstLine = lines.number + 2
    guard let labels = lines.next() else {
      throw CSVError(message: TensorMessages.pangaeaNoDataTable)
    }

    let table = PangaeaTable(
      labels: String(decoding: labels, as: UTF8.self)
        .split(separator: "\t", omittingEmptySubsequences: false),
      body: bytes[lines.position...], firstLine: firstLine)
    var frame = try table.frame(parameters: metadata.parameters, sourceName: sourceName)
    try EventColumns.add(metadata.events, to: &frame)
    frame.metadata = describe(metadata, frame: frame, sourceName: sourceName)
    return Result(frame: frame, metadata: metadata)
  }

  /// Walks the lines of a byte buffer (without their LF or CRLF), counting them.
  struct LineCursor {
    let bytes: [UInt8]
    var position = 0
    var number = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> ArraySlice<UInt8>? {
      guard position < bytes.count else { return nil }
      let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      var line = bytes[position..<end]
      if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
      position = min(end + 1, bytes.count)
      number += 1
      return line
    }

    mutating func skipBlank() {
      while position < bytes.count,
        bytes[position] == UInt8(ascii: "\n") || bytes[position] == UInt8(ascii: "\r")
      {
        if bytes[position] == UInt8(ascii: "\n") { number += 1 }
        position += 1
      }
    }
  }

  /// The frame's metadata pairs: source, citation, title, DOI, licence and the other header
  /// fields, one `event` entry per event and one `parameter:<column>` entry per column (each
  /// a TAB-separated list of `key=value`).
  static func describe(_ metadata: PangaeaMetadata, frame: Frame, sourceName: String)
    -> [(key: String, value: String)]
  {
    var pairs: [(key: String, value: String)] = [("source", sourceName)]
    let known: [(String, String?)] = [
      ("citation", metadata.citation), ("title", metadata.title), ("doi", metadata.doi),
      ("licence", metadata.licence), ("abstract", metadata.field("Abstract")),
      ("project", metadata.field("Project(s)")), ("size", metadata.field("Size")),
    ]
    for case (let key, let value?) in known { pairs.append((key, value)) }
    if !metadata.coverage.isEmpty {
      pairs.append(
        ("coverage", metadata.coverage.map { "\($0.key)=\($0.value)" }.joined(separator: "\t")))
    }
    for event in metadata.events {
      pairs.append(
        (
          "event",
          (["label=\(event.label)"] + event.attributes.map { "\($0.key)=\($0.value)" }).joined(
            separator: "\t")
        ))
    }
    for parameter in metadata.parameters {
      let fields: [(String, String?)] = [
        ("name", parameter.name), ("short_name", parameter.shortName), ("unit", parameter.unit),
        ("method", parameter.method), ("pi", parameter.principalInvestigator),
        ("comment", parameter.comment),
      ]
      pairs.append(
        (
          "parameter",
          fields.compactMap { key, value in value.map { "\(key)=\($0)" } }.joined(separator: "\t")
        ))
    }
    return pairs
  }
}
