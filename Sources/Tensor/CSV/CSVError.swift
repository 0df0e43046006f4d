/// Why a CSV file could not be read: a one-line lowercase message, the file line (1-based,
/// counting the header) and field (1-based) when known, and a hint on how to fix it.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  public var line: Int?
  public var column: Int?
  public var message: String
  public var hint: String?

  /// An error with an optional position and hint.
  public init(line: Int? = nil, column: Int? = nil, message: String, hint: String? = nil) {
    self.line = line
    self.column = column
    self.message = message
    self.hint = hint
  }

  /// `line 4, field 2: message (hint)`.
  public var description: String {
    var place: [String] = []
    if let line { place.append("line \(line)") }
    if let column { place.append("field \(column)") }
    let prefix = place.isEmpty ? "" : place.joined(separator: ", ") + ": "
    return prefix + message + (hint.map { " (\($0))" } ?? "")
  }

  /// The same error moved down by `lines` (chunks count lines from their own start).
  func shifted(by lines: Int) -> CSVError {
    var copy = self
    copy.line = line.map { $0 + lines }
    return copy
  }
}

/// Every CSV error text, in one place. The two hints name the Swift options; callers that
/// offer the reader under other names (awish's `on_bad=`, `encoding=`) swap them.
public enum CSVMessages {
  static let empty = "file is empty"
  static let onlyBlankLines = "file has only blank lines"
  public static let badRowHint = "fix the row, or pass onBadRows: .skip to leave such rows out"
  public static let latin1Hint = "if the file is Latin-1, read it with encoding: .latin1"

  static func cannotOpen(_ path: String, _ reason: String) -> String {
    "cannot open '\(path)': \(reason)"
  }

  static func fieldCount(_ got: Int, _ expected: Int) -> String {
    "row has \(got) field\(got == 1 ? "" : "s"), the header has \(expected)"
  }

  static func invalidUTF8(_ column: String) -> String {
    "invalid UTF-8 in column '\(column)'"
  }

  static func notOfType(_ value: String, _ column: String, _ type: ColumnType) -> String {
    "value '\(value)' in column '\(column)' is not \(type == .int ? "an" : "a") \(type)"
  }

  public static func oversizedIntegers(_ column: String, _ example: String) -> String {
    "read_csv: column '\(column)' holds integers beyond 64 bits (such as \(example)); "
      + "read as strings to keep every digit"
  }

  static func unterminatedQuote() -> String {
    "quoted field is not closed before the end of the file"
  }
}
