import Guards

/// Every text the interpreter says to a user, alphabetical. One lowercase sentence, no final
/// period, code in single quotes.
public enum InterpreterMessages {
  /// The expected kind when a parameter declares none.
  public static let anotherKind = "another kind"
  public static func argumentType(
    _ name: String, _ function: String, _ expected: String,
    _ got: String
  ) -> String {
    "argument '\(name)' of \(function)() must be \(expected), got \(got)"
  }
  public static let assertionFailed = "assertion failed"
  public static func calledFrom(_ function: String, _ place: String) -> String {
    "in \(function), called at \(place)"
  }
  public static func callsHidden(_ count: Int) -> String { "… \(count) more calls …" }
  public static func cannotCall(_ type: String) -> String { "cannot call a value of type \(type)" }
  public static func cannotIndex(_ type: String) -> String {
    "cannot index a value of type \(type)"
  }
  public static func cannotIndexSeveral(_ type: String) -> String {
    "cannot index a \(type) with several subscripts"
  }
  public static func cannotIndexWith(_ type: String, _ index: String) -> String {
    "cannot index a \(type) with a value of type \(index)"
  }
  public static func cannotIterate(_ type: String) -> String {
    "cannot loop over a value of type \(type)"
  }
  public static func cannotSetIndex(_ type: String) -> String {
    "cannot assign to an element of a value of type \(type)"
  }
  public static func columnOutsideFrameCall(_ name: String) -> String {
    "'.\(name)' needs a frame as the first argument of the enclosing call"
  }
  public static func comparisonTooDeep(_ depth: Int) -> String {
    "cannot compare values nested more than \(depth) deep"
  }
  public static let comparisonTooDeepHelp =
    "a list or record that contains itself cannot be compared with another one"
  public static let divisionByZero = "division by zero"
  public static func duplicateArgument(_ name: String, _ function: String) -> String {
    "argument '\(name)' of \(function)() is given twice"
  }
  /// The expected kinds of the argument readers: "argument 'n' of f() must be an int".
  public static let expectedBool = "a bool"
  public static let expectedInt = "an int"
  public static let expectedIterable = "a list, range, string or record"
  public static let expectedList = "a list"
  public static let expectedNumber = "a number"
  public static let expectedString = "a string"
  public static func formatTypeMismatch(_ type: String, _ valueType: String) -> String {
    "format type '\(type)' does not apply to \(valueType)"
  }
  public static func functionNotMethod(_ name: String) -> String {
    "'\(name)' is a function in awi: \(name)(x, …), or x |> \(name)(…)"
  }
  public static func importCycle(_ files: [String]) -> String {
    "import cycle: " + files.joined(separator: " -> ")
  }
  public static let importCycleHelp = "move what both files need into a third file"
  public static func importLookedFor(_ path: String) -> String { "looked for \(path)" }
  public static func importUnreadable(_ path: String) -> String { "cannot read '\(path)'" }
  public static func indexOutOfRange(_ index: Int, _ count: Int) -> String {
    "index \(index) is out of range for length \(count)"
  }
  public static func indexType(_ container: String, _ got: String) -> String {
    "a \(container) index must be an int, got \(got)"
  }
  public static func integerOverflow(_ op: String) -> String {
    "integer overflow in '\(op)'"
  }
  public static let integerOverflowHelp = "use floats for numbers beyond ±9.2e18"
  public static let interrupted = "interrupted"
  public static func invalidFormatSpec(_ spec: String) -> String {
    "invalid format spec '\(ShortText.escaped(spec))'"
  }
  public static let invalidFormatSpecHelp = "examples: '.2f', '>8', '08.3f', ',d', '.1%', '.3e'"
  public static func listItemKind(_ got: String, _ index: Int) -> String {
    "a list holding \(got) at index \(index)"
  }
  public static func missingArgument(_ name: String, _ function: String) -> String {
    "\(function)() is missing the argument '\(name)'"
  }
  public static func noColumn(_ name: String, _ count: Int) -> String {
    "no column '\(name)' in the frame (\(count) columns)"
  }
  public static func noField(_ name: String, _ type: String) -> String {
    "\(type) has no field '\(name)'"
  }
  public static func noParameter(_ function: String, _ name: String) -> String {
    "\(function)() has no parameter '\(name)'"
  }
  public static func operandTypes(_ op: String, _ left: String, _ right: String) -> String {
    "cannot apply '\(op)' to \(left) and \(right)"
  }
  /// The awi spelling of a pandas or numpy attribute a Python user reaches for.
  public static func pythonMember(_ name: String) -> String? {
    switch name {
    case "shape": return "nrow(x) and ncol(x) count the rows and columns of a frame"
    case "columns", "keys": return "names(x) lists the columns"
    case "dtypes": return "print(x) shows each column's type under its name"
    case "iloc", "loc": return "x[i] is row i, x[\"name\"] a column, x |> where(…) filters rows"
    case "values", "to_numpy": return "tensor(x) turns a column or frame into a tensor"
    case "size": return "nrow(x) counts the rows of a frame, len(x) the values of a column"
    default: return nil
    }
  }
  public static func rangeTooLarge(_ count: Int, _ limit: Int) -> String {
    "a range of \(count) ints is too large to turn into a list (at most \(limit))"
  }
  public static let rangeTooLargeHelp = "loop over the range with 'for' instead; it is not expanded"
  public static let rangeTooLong =
    "the range holds more ints than an int can count (over 9223372036854775807)"
  /// The help of a missing record key: the record's first keys.
  public static func recordKeys(_ keys: [String]) -> String {
    "keys: " + keys.prefix(12).joined(separator: ", ")
  }
  public static let recursionHelp = "a function probably calls itself without end"
  public static func recursionTooDeep(_ limit: Int) -> String {
    "calls nest more than \(limit) deep"
  }
  public static func repeated(_ count: Int) -> String {
    "… the same call \(count) more time\(count == 1 ? "" : "s") …"
  }
  public static func repeatTooLarge(_ refusal: String) -> String { "the result of '*' " + refusal }
  public static let stepZero = "slice step cannot be zero"
  public static func tooManyArguments(_ function: String, _ most: Int, _ given: Int) -> String {
    "\(function)() takes at most \(most) positional argument\(most == 1 ? "" : "s"), got \(given)"
  }
  public static func unaryOperandType(_ op: String, _ type: String) -> String {
    "cannot apply '\(op)' to \(type)"
  }
  public static func unassignedGlobal(_ name: String) -> String {
    "'\(name)' is used before it is assigned"
  }
  public static func unknownKey(_ key: String) -> String { "record has no key '\(key)'" }
  /// A warning as printed on standard error.
  public static func warning(_ text: String) -> String { "warning: " + text }
}
