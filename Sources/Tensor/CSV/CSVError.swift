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
      case .badRow: return TensorMessages.csvBadRowHint
      case .latin1: return TensorMessages.csvLatin1Hint
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
    TensorMessages.csvLocated(line: line, field: column, message, hint: hint?.text)
  }

  /// The same error moved down by `lines` (chunks count lines from their own start).
  func shifted(by lines: Int) -> CSVError {
    var copy = self
    copy.line = line.map { $0 + lines }
    return copy
  }
}
