/// A problem found in awi source, as data. `DiagnosticRenderer` draws it; nothing else does.
public struct Diagnostic: Error, Equatable, Sendable {
  /// What kind of problem it is, used by the REPL (which reads another line on
  /// `unexpectedEndOfInput`); `code` is the stable id users and tests see.
  public enum ID: String, Sendable {
    case unexpectedEndOfInput, unexpectedToken, invalidCharacter, unterminatedString
    case invalidEscape, invalidNumber, nestingTooDeep, invalidAssignmentTarget
    case undefinedName, breakOutsideLoop, returnOutsideFunction, duplicateParameter
    case invalidFormatString, controlFlowInIfExpression, assignToGlobal
    case importNotTopLevel, importCycle, importUnreadable, runtime, usage

    /// The front end's id for this kind; nil for runtime and usage errors, which carry
    /// their own.
    public var code: ErrorCode? {
      switch self {
      case .unexpectedEndOfInput: return .unexpectedEndOfInput
      case .unexpectedToken: return .unexpectedToken
      case .invalidCharacter: return .invalidCharacter
      case .unterminatedString: return .unterminatedString
      case .invalidEscape: return .invalidEscape
      case .invalidNumber: return .invalidNumber
      case .nestingTooDeep: return .nestingTooDeep
      case .invalidAssignmentTarget: return .invalidAssignmentTarget
      case .undefinedName: return .undefinedName
      case .breakOutsideLoop: return .breakOutsideLoop
      case .returnOutsideFunction: return .returnOutsideFunction
      case .duplicateParameter: return .duplicateParameter
      case .invalidFormatString: return .invalidFormatString
      case .controlFlowInIfExpression: return .controlFlowInIfExpression
      case .assignToGlobal: return .assignToGlobal
      case .importNotTopLevel: return .importNotTopLevel
      case .importCycle: return .importCycle
      case .importUnreadable: return .importUnreadable
      case .runtime, .usage: return nil
      }
    }
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
  /// The stable id (`E0201 undefined-name`) the renderer shows as `error[E0201]`.
  public var code: ErrorCode?
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
    severity: Severity = .error, code: ErrorCode? = nil
  ) {
    self.id = id
    self.code = code ?? id.code
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
    lhs.id == rhs.id && lhs.code == rhs.code && lhs.message == rhs.message && lhs.range == rhs.range
      && lhs.file === rhs.file && lhs.label == rhs.label && lhs.help == rhs.help
      && lhs.notes == rhs.notes && lhs.labels == rhs.labels
  }
}
