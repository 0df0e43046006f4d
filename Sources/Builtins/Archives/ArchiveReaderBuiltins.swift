import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let archiveReaders: [Builtin] = [
    Builtin(
      "read_pangaea", area: .archives,
      summary: "Reads a PANGAEA tab-delimited export (with its /* … */ metaheader) into a frame.",
      parameters: [
        Parameter("path", .string, "The .tab or .txt file; relative to the script.")
      ],
      returns: .frame,
      details: "Columns take the parameters' short names and units (the header label as "
        + "fallback; a short name used twice gets the label's comment). Quality-flag prefixes "
        + "(? / * < > #) are removed from numbers and kept in a `<column>_flag` column. When "
        + "the table has no Latitude, Longitude, Elevation or Date/Time column, the event's are "
        + "added to each row (by the Event column when there are several events). Citation, "
        + "title, DOI, licence, coverage and events are on the frame: see metadata().",
      examples: [
        Example(
          "write_tsv(frame(depth=[5, 10]), \"/tmp/awish-example.tab\")\n"
            + "names(read_pangaea(\"/tmp/awish-example.tab\"))", "[\"depth\"]")
      ]
    ) { args in
      let path = try args.path("path")
      do throws(CSVError) {
        let frame = try PangaeaReader.read(path: path).frame
        args.run.record(path, .read)
        return .frame(frame)
      } catch {
        throw args.error(CSVLoading.message(error, path), at: "path").coded(error)
      }
    },
    Builtin(
      "read_ecotaxa", area: .archives,
      summary: "Reads an EcoTaxa export or import file (TSV, or a zip of TSVs and images).",
      parameters: [
        Parameter("path", .string, "The .tsv or .zip file; relative to the script.")
      ],
      returns: .frame,
      details: "The [t]/[f] type row is honoured; object_date and object_annotation_date become "
        + "times, object_time and object_annotation_time HH:MM:SS text, object_lat/lon and "
        + "depths floats with units; img_file_name stays text. A zip's TSVs are stacked by "
        + "column name with `tsv_file` and `img_path` (the image's path inside the zip). A zip "
        + "with an entry that would escape its folder (`../`, absolute paths) is refused.",
      examples: [
        Example(
          "write_tsv(frame(object_id=[\"a\"], object_date=[\"20140420\"]), "
            + "\"/tmp/awish-ecotaxa.tsv\")\n"
            + "read_ecotaxa(\"/tmp/awish-ecotaxa.tsv\").object_date[0]", "\"2014-04-20T00:00:00\"")
      ]
    ) { args in
      do {
        let path = try args.path("path")
        let frame = try ArchiveFormats.readEcoTaxa(path, extract: nil)
        args.run.record(path, .read)
        return .frame(frame)
      } catch let error as FetchError {
        throw args.error(error.message, at: "path", help: error.help).coded(error.code)
      }
    },
    Builtin(
      "read_o2a", area: .archives,
      summary: "Reads a saved answer of the AWI data web service (O2A sensor data) into a frame.",
      parameters: [
        Parameter("path", .string, "The tab-separated file; relative to the script.")
      ],
      returns: .frame,
      details: "What fetch(\"o2a:…\") gives for the same answer: a time column (UTC), one row "
        + "per bin with data, then a column per sensor named by its parameter (with the "
        + "device when several devices measure it, with the function when there are "
        + "several or it is not mean, `_flag` for quality flags) with its unit; a sensor repeated in the answer "
        + "is read once, with a printed note. metadata() has the URNs, functions, units and "
        + "the flagging scheme. See docs/workspace.md.",
      examples: [
        Example(
          "write_tsv(frame({\"datetime\": [\"2025-07-23T13:56:00.000\"], "
            + "\"vessel:heincke:tsg:temperature (mean) [°C]\": [14.2]}), \"/tmp/awish-o2a.tsv\")\n"
            + "names(read_o2a(\"/tmp/awish-o2a.tsv\"))", "[\"time\", \"temperature\"]")
      ]
    ) { args in
      let path = try args.path("path")
      guard let data = FileManager.default.contents(atPath: path) else {
        throw args.error(ArchiveMessages.cannotRead(path), at: "path")
      }
      do throws(CSVError) {
        let frame = try O2AReader.parse([UInt8](data), sourceName: path)
        args.run.record(path, .read)
        for note in frame.metadata where note.key == "note" {
          args.write("read_o2a: \(note.value)\n")
        }
        return .frame(frame)
      } catch {
        throw args.error(CSVLoading.message(error, path), at: "path").coded(error)
      }
    },
    Builtin(
      "metadata", area: .archives,
      summary:
        "What a loader knows about a frame: source, citation, DOI, licence, events, sensors.",
      parameters: [Parameter("frame", .frame, "The frame.")],
      returns: .record,
      details: "Keys as the loader set them: `source` for every file; read_pangaea() and fetch() "
        + "add `citation`, `title`, `doi`, `licence`, `coverage` (a record), `events` (a list "
        + "of records with `label`, `LATITUDE`, `LONGITUDE`, `DATE/TIME`, …) and `parameters` (records with `name`, `short_name`, `unit`, `method`, `pi`, `comment`). O2A sensor data has `sensors` (a record per column: `column`, `urn`, `function`, `unit`), `notes` (what the reader changed, e.g. a repeated sensor) and, with flag columns, `flag_meanings`: the flagging scheme as {\"0\": \"no quality control\", \"1\": \"good data\", …}, ready for recode().",
      examples: [Example("metadata(frame(a=[1]))", "{}")]
    ) { args in
      FrameMetadata.record(try args.frame("frame").metadata)
    },
  ]
}

/// Frame metadata pairs as a record; TAB-separated `key=value` lists become records, and the
/// repeated `event` entries one list.
enum FrameMetadata {
  static func record(_ pairs: [(key: String, value: String)]) -> Value {
    let result = RecordObject(keys: [], values: [])
    // Repeated keys, each gathered into a list under its plural.
    let lists = [
      ("event", "events"), ("parameter", "parameters"), ("sensor", "sensors"), ("note", "notes"),
    ]
    var gathered: [String: [Value]] = [:]
    for (key, value) in pairs {
      switch key {
      case "event", "parameter", "sensor": gathered[key, default: []].append(fields(value))
      case "note": gathered[key, default: []].append(.string(value))
      case "coverage": result[key] = fields(value)
      case "flag_meanings": result[key] = fields(value, numbers: false)
      default: result[key] = .string(value)
      }
    }
    for (key, plural) in lists {
      if let values = gathered[key] { result[plural] = .list(ListObject(values)) }
    }
    return .record(result)
  }

  /// TAB-separated `key=value` fields as a record; values that read as numbers become
  /// floats unless `numbers` is false.
  static func fields(_ text: String, numbers: Bool = true) -> Value {
    let record = RecordObject(keys: [], values: [])
    for field in text.split(separator: "\t") {
      guard let equals = field.firstIndex(of: "=") else { continue }
      let value = String(field[field.index(after: equals)...])
      let number = numbers ? Double(value) : nil
      record[String(field[..<equals])] = number.map { .float($0) } ?? .string(value)
    }
    return .record(record)
  }
}
