/// A problem found in awi source, as data. `DiagnosticRenderer` draws it; nothing else does.
public struct Diagnostic: Error, Equatable, Sendable {
  /// Stable identifiers, used by tests and by the REPL (which reads another line on
  /// `unexpectedEndOfInput`).
  public enum ID: String, Sendable {
    case unexpectedEndOfInput, unexpectedToken, invalidCharacter, unterminatedString
    case invalidEscape, invalidNumber, nestingTooDeep, invalidAssignmentTarget
    case undefinedName, breakOutsideLoop, returnOutsideFunction, duplicateParameter
    case invalidFormatString, importError, runtime, usage
  }

  public enum Severity: String, Sendable { case error, warning, note }

  /// A secondary underline with its own text.
  public struct Label: Equatable, Sendable {
    public let range: SourceRange
    public let message: String
    public let file: SourceFile?

    public init(_ range: SourceRange, _ message: String, file: SourceFile? = nil) {
      self.range = range
      self.message = message
      self.file = file
    }

    public static func == (lhs: Label, rhs: Label) -> Bool {
      lhs.range == rhs.range && lhs.message == rhs.message && lhs.file === rhs.file
    }
  }

  public let id: ID
  public var severity: Severity
  public let message: String
  public let file: SourceFile?
  public let range: SourceRange
  /// Text under the caret of the main range.
  public var label: String
  public var labels: [Label]
  public var notes: [String]
  public var help: String?

  public init(
    _ id: ID, _ message: String, file: SourceFile?, range: SourceRange, label: String = "",
    labels: [Label] = [], notes: [String] = [], help: String? = nil,
    severity: Severity = .error
  ) {
    self.id = id
    self.severity = severity
    self.message = message
    self.file = file
    self.range = range
    self.label = label
    self.labels = labels
    self.notes = notes
    self.help = help
  }

  public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    lhs.id == rhs.id && lhs.message == rhs.message && lhs.range == rhs.range
      && lhs.file === rhs.file && lhs.label == rhs.label && lhs.help == rhs.help
      && lhs.notes == rhs.notes && lhs.labels == rhs.labels
  }
}
