import Guards

/// Why a CSV file could not be read: a one-line lowercase message, the file line (1-based,
/// counting the header) and field (1-based) when known, and a hint on how to fix it.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int?
  public var column: Int?
  public var message: String
  public var hint: Hint?
  /// Set when the file could not be opened at all.
  public var failure: FileFailure?

  /// How to mend the file. A caller with options of its own for a case (read_csv's
  /// `on_bad=` and `encoding=`) matches the case and says it in its own words.
  public enum Hint: Equatable, Sendable {
    /// A row has more or fewer fields than the header.
    case badRow
    /// Bytes that are not UTF-8: the file is probably Latin-1.
    case latin1
    /// Any other advice, as text.
    case text(String)

    /// The advice in the reader's words.
    public var text: String {
      switch self {
      case .badRow: return CSVMessages.badRowHint
      case .latin1: return CSVMessages.latin1Hint
      case .text(let text): return text
      }
    }
  }

  /// An error with an optional position and hint.
  public init(
    line: Int? = nil, column: Int? = nil, message: String, hint: Hint? = nil,
    failure: FileFailure? = nil
  ) {
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
    self.failure = failure
  }

  /// `line 4, field 2: message (hint)`.
  public var description: String {
    var place: [String] = []
    if let line { place.append("line \(line)") }
    if let column { place.append("field \(column)") }
    let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
    return prefix + message + (hint.map { " (\($0.text))" } ?? "")
  }

  /// The same error moved down by `lines` (chunks count lines from their own start).
  func shifted(by lines: Int) -> CSVError {
    var copy = self
    copy.line = line.map { $0 + lines }
    return copy
  }
}

/// Every CSV error text, in one place. The two hints say how to mend the file; read_csv,
/// which has options for both cases (`on_bad=`, `encoding=`), matches `CSVError.Hint` and
/// says its own.
public enum CSVMessages {
  static let empty = "file is empty"
  static let onlyBlankLines = "file has only blank lines"
  public static let badRowHint = "fix the row so it has as many fields as the header"
  public static let latin1Hint = "the file is probably Latin-1; save it as UTF-8"

  static func fieldCount(_ got: Int, _ expected: Int) -> String {
    "row has \(got) field\(got == 1 ? "" : "s"), the header has \(expected)"
  }

  static func invalidUTF8(_ column: String) -> String {
    "invalid UTF-8 in column '\(ShortText.escaped(column))'"
  }

  static func notOfType(_ value: String, _ column: String, _ type: ColumnType) -> String {
    "value '\(ShortText.escaped(value))' in column '\(ShortText.escaped(column))' is not \(type == .int ? "an" : "a") \(type)"
  }

  public static func oversizedIntegers(_ column: String, _ example: String) -> String {
    "read_csv: column '\(column)' holds integers beyond 64 bits (such as \(example)); "
      + "read as strings to keep every digit"
  }

  static func unterminatedQuote() -> String {
    "quoted field is not closed before the end of the file"
  }
}
