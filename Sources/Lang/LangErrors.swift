/// The ids of the front end's diagnostics (E01xx lexer and parser, E02xx resolver and
/// imports), in number order; `LangErrorsTests` checks the order and that each is unique.
extension ErrorCode {
  public static let unexpectedEndOfInput = ErrorCode(
    101, "unexpected-end-of-input",
    summary: "the code ends in the middle of an expression or block",
    explanation: """
      The parser reached the end of the file (or of the REPL input) while it still expected \
      something: a closing bracket, the right operand of an operator, or the body of a block. \
      Close what is open; the caret points at the end and the message says what was expected.
      """,
    example: "x = (1 + 2")

  public static let unexpectedToken = ErrorCode(
    102, "unexpected-token",
    summary: "a word or symbol stands where the grammar does not allow it",
    explanation: """
      The parser found a token that cannot continue the code at that point, such as two \
      values side by side or an operator with nothing on its left. The message names what \
      was found and what could stand there. Python's 'def' gets a hint: awi writes \
      functions as 'fn f(x) { … }'.
      """,
    example: "x = 1 2")

  public static let invalidCharacter = ErrorCode(
    103, "invalid-character",
    summary: "a character that is not part of awi",
    explanation: """
      The lexer met a character that starts no token, such as '$' or '`' outside a string. \
      Put such characters inside a string, or remove them.
      """,
    example: "x = 1 $ 2")

  public static let unterminatedString = ErrorCode(
    104, "unterminated-string",
    summary: "a string is not closed on its line",
    explanation: """
      A string starts with a quote and must end with the same quote on the same line. \
      Close it, or write a line break inside it as '\\n'.
      """,
    example: "name = \"CTD cast")

  public static let invalidEscape = ErrorCode(
    105, "invalid-escape",
    summary: "an unknown escape sequence in a string",
    explanation: """
      Inside a string a backslash starts an escape. The known escapes are \\n \\t \\r \\0 \
      \\\\ \\\" \\' and \\u{…} with a hexadecimal code point. Write '\\\\' for a backslash.
      """,
    example: "path = \"C:\\qdata\"")

  public static let invalidNumber = ErrorCode(
    106, "invalid-number",
    summary: "a number literal that is malformed or too large",
    explanation: """
      A number literal is digits with an optional fraction and exponent ('1.5e-3'), or a \
      hexadecimal or binary int. Integer literals must fit a 64-bit int; write larger \
      values as floats, like 1e30.
      """,
    example: "n = 99999999999999999999")

  public static let nestingTooDeep = ErrorCode(
    107, "nesting-too-deep",
    summary: "an expression nests or chains too deeply to parse safely",
    explanation: """
      The parser stops at a fixed depth of brackets and a fixed length of operator chains so \
      that no input can exhaust the stack. Split the expression using intermediate variables.
      """,
    example: "x = " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300))

  public static let invalidAssignmentTarget = ErrorCode(
    108, "invalid-assignment-target",
    summary: "the left side of '=' is not something that can be assigned",
    explanation: """
      Only a name ('x'), an element ('a[i]') or a field ('r.x') can be assigned. A call or a \
      literal on the left of '=' is an error; compare with '==' instead.
      """,
    example: "f(x) = 3")

  public static let invalidFormatString = ErrorCode(
    109, "invalid-format-string",
    summary: "an f-string whose braces do not form expressions",
    explanation: """
      In an f-string, '{expr}' or '{expr:spec}' inserts a value. An empty '{}', an unclosed \
      '{' or a single '}' is an error; write '{{' and '}}' for literal braces.
      """,
    example: "print(f\"depth {}\")")

  public static let duplicateParameter = ErrorCode(
    110, "duplicate-parameter",
    summary: "a function names the same parameter twice",
    explanation: """
      Each parameter of a function needs its own name, since calls bind arguments by name.
      """,
    example: "fn f(x, x) { return x }")

  public static let undefinedName = ErrorCode(
    201, "undefined-name",
    summary: "a name that no assignment, function, parameter or builtin defines",
    explanation: """
      Names are resolved before anything runs. A name must be assigned, defined by 'fn', \
      be a parameter, or be a builtin. The label suggests a close spelling when there is one.
      """,
    example: "temprature = 3\nprint(temperature)")

  public static let breakOutsideLoop = ErrorCode(
    202, "break-outside-loop",
    summary: "'break' or 'continue' outside a loop",
    explanation: """
      'break' and 'continue' act on the innermost 'for' or 'while' loop; outside one they \
      have nothing to act on.
      """,
    example: "break")

  public static let returnOutsideFunction = ErrorCode(
    203, "return-outside-function",
    summary: "'return' outside a function",
    explanation: """
      'return' ends a function call. At the top level of a script there is no call to end; \
      use exit(0) to stop a script.
      """,
    example: "return 1")

  public static let controlFlowInIfExpression = ErrorCode(
    204, "control-flow-in-if-expression",
    summary: "'break', 'continue' or 'return' inside an 'if' that gives a value",
    explanation: """
      An 'if' used as a value ('x = if c { a } else { b }') must give a value on each \
      branch. Write the 'if' as a statement of its own to jump out of a loop or function.
      """,
    example: "fn f(c) {\n  x = if c { return 1 } else { 2 }\n  return x\n}")

  public static let assignToGlobal = ErrorCode(
    205, "assign-to-global",
    summary: "a function assigns a top-level variable",
    explanation: """
      Functions read top-level variables but cannot change them, so that a call has no \
      hidden effects. Return the new value and assign it at the top level.
      """,
    example: "total = 0\nfn add(x) {\n  total += x\n}")

  public static let importNotTopLevel = ErrorCode(
    206, "import-not-top-level",
    summary: "'import' inside a block",
    explanation: """
      Imports run once, before the file's other statements, so they must stand at the top \
      level of a file, not inside a function, loop or 'if'.
      """,
    example: "if true {\n  import \"lib/helpers.awi\"\n}")

  public static let importCycle = ErrorCode(
    207, "import-cycle",
    summary: "files that import each other in a circle",
    explanation: """
      An imported file must not import, directly or through others, the file that imports \
      it. Move the shared definitions into a third file that both import.
      """,
    example: "import \"a.awi\"    # where a.awi imports this file",
    isReproducible: false)

  public static let importUnreadable = ErrorCode(
    208, "import-unreadable",
    summary: "an imported file cannot be read",
    explanation: """
      The path of an import is relative to the importing file (or the workspace's lib/). \
      The file must exist, be readable, and be UTF-8 text.
      """,
    example: "import \"no_such_helpers.awi\"")
}

/// The front end's ids, in number order.
public enum LangErrors {
  public static let all: [ErrorCode] = [
    .unexpectedEndOfInput, .unexpectedToken, .invalidCharacter, .unterminatedString,
    .invalidEscape, .invalidNumber, .nestingTooDeep, .invalidAssignmentTarget,
    .invalidFormatString, .duplicateParameter, .undefinedName, .breakOutsideLoop,
    .returnOutsideFunction, .controlFlowInIfExpression, .assignToGlobal, .importNotTopLevel,
    .importCycle, .importUnreadable,
  ]
}
