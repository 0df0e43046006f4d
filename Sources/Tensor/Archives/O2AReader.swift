import Foundation

/// Reads the tab-separated output of the AWI data web service (O2A DWS): a `datetime` column
/// of ISO 8601 UTC times, then one column per sensor and aggregate function headed
/// `<urn> (<function>) [<unit>]`. Columns are named by the URN's last part (with the
/// function when two would clash) and carry the unit; the URN goes into the metadata.
public enum O2AReader {
  public static func parse(_ bytes: [UInt8], sourceName: String) throws(CSVError) -> Frame {
    var options = CSVOptions.tsv
    options.naValues = [""]
    var frame = try CSVReader.parse(bytes: bytes, options: options, sourceName: sourceName).frame
    guard frame.column(named: "datetime") != nil else {
      throw CSVError(message: "an O2A response starts with a 'datetime' column")
    }
    var taken: Set<String> = ["time"]
    _ = frame.rename("datetime", to: "time")
    for name in frame.names.dropFirst() {
      let header = Header(name)
      var short = header.urn.split(separator: ":").last.map(String.init) ?? header.urn
      // withQualityFlags adds a column per sensor whose header names a flag; its layout is
      // not documented, so any header mentioning "flag" is taken as the sensor's flags.
      if header.isFlag { short += "_flag" }
      if taken.contains(short), let function = header.function { short += "_" + function }
      while taken.contains(short) { short += "_2" }
      taken.insert(short)
      guard var column = frame.column(named: name) else { continue }
      column.unit = header.unit.flatMap { $0.isEmpty ? nil : $0 }
      try? frame.set(column)
      _ = frame.rename(name, to: short)
      frame.metadata.append(
        (
          key: "sensor",
          value: "column=\(short)\turn=\(header.urn)"
            + (header.function.map { "\tfunction=\($0)" } ?? "")
        ))
    }
    return frame
  }

  /// `<urn> (<function>) [<unit>]`, the function and the unit optional.
  struct Header {
    var urn: String
    var function: String?
    var unit: String?

    var isFlag: Bool {
      (function ?? "").lowercased().contains("flag") || urn.lowercased().hasSuffix("flag")
    }

    init(_ text: String) {
      var rest = Substring(text).dropLast(while: { $0 == " " })
      if rest.hasSuffix("]"), let open = rest.lastIndex(of: "[") {
        unit = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
        rest = rest[..<open].dropLast(while: { $0 == " " })
      }
      if rest.hasSuffix(")"), let open = rest.lastIndex(of: "(") {
        function = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
        rest = rest[..<open].dropLast(while: { $0 == " " })
      }
      urn = String(rest)
      for suffix in [" quality_flag", " quality flag", " flag", "_quality_flag", "_flag"]
      where urn.lowercased().hasSuffix(suffix) {
        urn = String(urn.dropLast(suffix.count))
        function = function ?? "flag"
        break
      }
    }
  }
}
