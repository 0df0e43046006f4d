/// A stable error id, as rustc has them: a number (`E0301`) and a short slug
/// (`unit-mismatch`), with the long explanation `awish explain` prints.
///
/// Numbers group by module: E01xx lexer and parser, E02xx resolver and imports, E03xx runtime
/// values and units, E04xx frames, columns and tensors, E05xx files and archives, E06xx models
/// and learning, E07xx signals and plots, E08xx the cluster and the command line. Each
/// module's ids, in number order, sit in one catalog file (`LangErrors`, `InterpreterErrors`,
/// `BuiltinErrors`). Two codes are equal when their numbers are. A class, so that a
/// diagnostic carries one pointer (parser frames hold diagnostics while recursing).
public final class ErrorCode: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let number: Int
  public let slug: String
  /// One line: what went wrong, in general terms.
  public let summary: String
  /// Paragraphs: why it happens and how to fix it.
  public let explanation: String
  /// awi code that produces this error when run (or checked).
  public let example: String
  /// False when no short script can produce the error (Ctrl-C, a full disk); tests then
  /// look for the id's use in the sources instead of running the example.
  public let isReproducible: Bool

  public init(
    _ number: Int, _ slug: String, summary: String, explanation: String, example: String,
    isReproducible: Bool = true
  ) {
    self.number = number
    self.slug = slug
    self.summary = summary
    self.explanation = explanation
    self.example = example
    self.isReproducible = isReproducible
  }

  /// `E0301`.
  public var id: String {
    let digits = String(number)
    return "E" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// `E0301 unit-mismatch`.
  public var description: String { "\(id) \(slug)" }

  public static func == (lhs: ErrorCode, rhs: ErrorCode) -> Bool { lhs.number == rhs.number }
  public static func < (lhs: ErrorCode, rhs: ErrorCode) -> Bool { lhs.number < rhs.number }
  public func hash(into hasher: inout Hasher) { hasher.combine(number) }

  /// The code named by `text`: `E0301`, `e301`, `0301`, `301` or the slug.
  public static func find(_ text: String, in codes: [ErrorCode]) -> ErrorCode? {
    let trimmed = String(text.filter { $0 != " " }).lowercased()
    if let code = codes.first(where: { $0.slug == trimmed }) { return code }
    let digits = trimmed.hasPrefix("e") ? String(trimmed.dropFirst()) : trimmed
    guard let number = Int(digits), !digits.isEmpty, digits.allSatisfy(\.isNumber) else {
      return nil
    }
    return codes.first { $0.number == number }
  }

  /// The text `awish explain` prints: the id and slug, the summary, the explanation and the
  /// example.
  public var longExplanation: String {
    let indented = example.split(separator: "\n", omittingEmptySubsequences: false)
      .map { "    " + $0 }.joined(separator: "\n")
    return "\(id) \(slug): \(summary)\n\n\(explanation)\n\nExample:\n\n\(indented)\n"
  }
}
