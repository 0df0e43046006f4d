import Tensor

/// Texts about columns and frames, alphabetical. One lowercase sentence, code in quotes.
enum FrameMessages {
  static func columnLengths(_ name: String, _ expected: Int, _ got: Int) -> String {
    "column '\(name)' has \(got) rows, the frame has \(expected)"
  }
  static func comparedWithNil(_ op: String) -> String {
    "'\(op) nil' on a column gives a missing value in every row"
  }
  static func comparedWithNilHelp(isEqual: Bool) -> String {
    isEqual ? "test for missing values with is_na(…)" : "test for present values with not_na(…)"
  }
  /// read_csv's words for the reader's hints, which name its options.
  static let csvBadRowHint = "fix the row, or pass on_bad=\"skip\" to leave such rows out"
  static let csvLatin1Hint = "if the file is Latin-1, read it with encoding=\"latin-1\""
  static let csvSeparatorHint = "is the separator right? sep=\"\\t\" for tabs"
  static func duplicateColumn(_ name: String) -> String {
    "column '\(ShortText.escaped(name))' appears twice"
  }
  static func lengthMismatch(_ a: Int, _ b: Int) -> String {
    "columns of different lengths: \(a) and \(b) rows"
  }
  static func maskNotBool(_ type: String) -> String {
    "rows are picked with a bool column, got a \(type) column"
  }
  static func noColumn(_ name: String, _ count: Int) -> String {
    "no column '\(name)' in the frame (\(count) columns)"
  }
  static func notAColumn(_ type: String) -> String {
    "a column is made from a list of values, got \(type)"
  }
  static func problem(_ problem: Frame.Problem) -> String {
    switch problem {
    case .duplicateName(let name): return duplicateColumn(name)
    case .lengthMismatch(let name, let expected, let got):
      return columnLengths(name, expected, got)
    }
  }
  static let mixedKinds = "a column holds values of one kind (numbers, bools or strings)"
}
