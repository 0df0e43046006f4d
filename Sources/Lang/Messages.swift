/// Every text the language front end says to a user, in one place, alphabetical.
/// One lowercase sentence, no final period, code in single quotes.
public enum Messages {
  public static let assignToGlobalHelp =
    "return the new value and assign it at the top level"
  public static func assignToGlobalInFunction(_ name: String) -> String {
    "cannot change the top-level variable '\(name)' inside a function"
  }
  public static let cannotAssign = "cannot assign to this expression"
  public static let cannotAssignHelp = "assign to a name, an element 'a[i]' or a field 'r.x'"
  public static let cannotAssignLabel = "not a name, element or field"
  public static let cannotContinue = "cannot continue after this text"
  public static func chainTooLong(_ limit: Int) -> String {
    "expression chains more than \(limit) operations"
  }
  public static func controlFlowInIfExpression(_ word: String) -> String {
    "'\(word)' cannot be used inside an 'if' that gives a value"
  }
  public static let controlFlowInIfExpressionHelp =
    "write the 'if' as a statement of its own"
  public static func didYouMean(_ name: String) -> String { "did you mean '\(name)'?" }
  public static func duplicateParameter(_ name: String) -> String {
    "parameter '\(name)' appears twice"
  }
  public static let emptyInterpolation = "empty '{}' in an f-string"
  /// How the parser names the token it did not expect.
  public static let endOfInputToken = "end of input"
  /// What the parser expected, in "unexpected …, expected <what>".
  public static let expectedColonAfterField = "':' after the field name"
  public static let expectedColumnNameAfterDot = "a column name after '.'"
  public static func expectedCommaOr(_ closing: String) -> String { "',' or '\(closing)'" }
  public static let expectedCommaOrBrace = "',' or '}'"
  public static let expectedCommaOrBracket = "',' or ']'"
  public static let expectedCommaOrParen = "',' or ')'"
  public static let expectedEndOfStatement = "end of statement"
  public static let expectedExpression = "an expression"
  public static let expectedFieldName = "a field name"
  public static let expectedFieldNameAfterDot = "a field name after '.'"
  public static let expectedFunctionName = "function name"
  public static let expectedImportPath = "a file path in quotes"
  public static let expectedIn = "'in'"
  public static let expectedInterpolationEnd = "'}' to end the interpolation"
  public static func expectedLabel(_ what: String) -> String { "expected \(what)" }
  public static let expectedLoopVariable = "a loop variable name"
  public static let expectedParameterName = "a parameter name"
  public static let expectedParenAfterFunctionName = "'(' after the function name"
  public static let expectedStatement = "a statement"
  public static let importNotTopLevel = "'import' must be at the top level of a file"
  public static let incompleteInterpolation = "incomplete expression in an f-string"
  public static let integerTooLarge = "integer literal is too large for a 64-bit int"
  public static let integerTooLargeHelp = "write it as a float, like 1e30"
  public static func invalidCharacter(_ text: String) -> String {
    "character '\(text)' is not part of awi"
  }
  public static func invalidEscape(_ text: String) -> String { "unknown escape '\(text)'" }
  public static let invalidEscapeHelp = "known escapes: \\n \\t \\r \\0 \\\\ \\\" \\' \\u{…}"
  public static let invalidNumber = "invalid number literal"
  public static let invalidUnicodeEscape = "invalid unicode escape; write it like \\u{00B0}"
  public static let lineBreakToken = "line break"
  public static func nameToken(_ name: String) -> String { "name '\(name)'" }
  public static func nestingTooDeep(_ limit: Int) -> String {
    "expression nests more than \(limit) levels deep"
  }
  public static let nestingTooDeepHelp = "split the expression using intermediate variables"
  public static func numberToken(_ text: String) -> String { "number \(text)" }
  public static func outsideFunction(_ word: String) -> String {
    "'\(word)' outside a function"
  }
  public static func outsideLoop(_ word: String) -> String { "'\(word)' outside a loop" }
  public static let pythonDefinitionHelp = "awi defines functions with 'fn f(x) { … }'"
  public static func quotedToken(_ text: String) -> String { "'\(text)'" }
  public static let singleBraceHelp = "write '{{' or '}}' for a literal brace"
  public static let singleBraceInFormat = "single '}' in an f-string"
  public static let stringToken = "string"
  public static let unclosedInterpolation = "'{' in an f-string is not closed"
  public static func undefinedName(_ name: String) -> String {
    "name '\(name)' is not defined"
  }
  public static func unexpectedEnd(expected what: String) -> String {
    "unexpected end of input, expected \(what)"
  }
  public static func unexpectedToken(_ token: String, expected what: String) -> String {
    "unexpected \(token), expected \(what)"
  }
  public static let unterminatedString = "unterminated string"
  public static let unterminatedStringLabel =
    "the string starts here and is not closed on this line"
}
