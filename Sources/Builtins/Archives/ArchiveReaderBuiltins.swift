import Foundation
import Interpreter
import Tensor

extension Builtins {
  static let archiveReaders: [Builtin] = [
    Builtin(
      "read_pangaea", area: "archives",
      summary: "Reads a PANGAEA tab-delimited export (with its /* … */ metaheader) into a frame.",
      parameters: [
        Parameter("path", .string, "The .tab or .txt file; relative to the script.")
      ],
      returns: "frame",
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
        throw args.error(CSVLoading.message(error, path), at: "path")
      }
    },
    Builtin(
      "read_ecotaxa", area: "archives",
      summary: "Reads an EcoTaxa export or import file (TSV, or a zip of TSVs and images).",
      parameters: [
        Parameter("path", .string, "The .tsv or .zip file; relative to the script.")
      ],
      returns: "frame",
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
        throw args.error(error.message, at: "path", help: error.help)
      }
    },
    Builtin(
      "metadata", area: "archives",
      summary: "What a loader knows about a frame: source, citation, DOI, licence, events.",
      parameters: [Parameter("frame", .any, "The frame.")],
      returns: "record",
      details: "Keys as the loader set them: `source` for every file; read_pangaea() and fetch() "
        + "add `citation`, `title`, `doi`, `licence`, `coverage` (a record), `events` (a list "
        + "of records with `label`, `LATITUDE`, `LONGITUDE`, `DATE/TIME`, …) and `parameters` (records with `name`, `short_name`, `unit`, `method`, `pi`, `comment`).",
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
    var events: [Value] = []
    var parameters: [Value] = []
    for (key, value) in pairs {
      switch key {
      case "event": events.append(fields(value))
      case "parameter": parameters.append(fields(value))
      case "coverage": result[key] = fields(value)
      default: result[key] = .string(value)
      }
    }
    if !events.isEmpty { result["events"] = .list(ListObject(events)) }
    if !parameters.isEmpty { result["parameters"] = .list(ListObject(parameters)) }
    return .record(result)
  }

  static func fields(_ text: String) -> Value {
    let record = RecordObject(keys: [], values: [])
    for field in text.split(separator: "\t") {
      guard let equals = field.firstIndex(of: "=") else { continue }
      let value = String(field[field.index(after: equals)...])
      record[String(field[..<equals])] = Double(value).map { .float($0) } ?? .string(value)
    }
    return .record(record)
  }
}
