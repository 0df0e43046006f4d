/// How `CSVReader` reads a file: separator, header, missing-value strings, column types,
/// time parsing, text encoding and what to do with malformed rows.
public struct CSVOptions: Sendable {
  /// The text encodings the reader decodes.
  public enum Encoding: Sendable {
    case utf8, latin1
  }

  /// What happens to a row whose field count differs from the header's.
  public enum BadRowPolicy: Sendable {
    case error, skip
  }

  /// pandas' default missing-value strings (`pandas._libs.parsers.STR_NA_VALUES`); a field
  /// is missing when it equals one of them exactly, with no trimming.
  public static let pandasDefaultNA: Set<String> = [
    "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN",
    "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
  ]

  /// The byte between fields: `,` for CSV, `\t` for TSV.
  public var separator: UInt8 = UInt8(ascii: ",")
  /// Whether the first non-blank line holds the column names (else they are "0", "1", …).
  public var header = true
  /// Fields equal to one of these are missing. The empty field is always missing.
  public var naValues: Set<String> = CSVOptions.pandasDefaultNA
  /// Column types that override inference; a value that does not parse is an error.
  public var types: [String: ColumnType] = [:]
  /// Columns parsed as times when every value is an ISO 8601 date or date-time.
  public var parseTimes: [String] = []
  /// Whether any column whose values are all ISO 8601 dates or date-times becomes a time column.
  public var inferTimes = true
  public var encoding: Encoding = .utf8
  public var onBadRows: BadRowPolicy = .error
  /// Whether large files may be read in parallel chunks (tests turn it off to compare).
  var allowsParallel = true

  /// Default options: comma-separated, header line, pandas' missing values, times inferred.
  public init() {}

  /// Tab-separated options.
  public static var tsv: CSVOptions {
    var options = CSVOptions()
    options.separator = UInt8(ascii: "\t")
    return options
  }
}
