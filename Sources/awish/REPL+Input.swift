import Lang

extension REPL {
  /// The prompt of a first line.
  var prompt: String { "In [\(count)]: " }

  /// The prompt of a continuation line, its `...:` under the `]:` of the first prompt.
  var continuationPrompt: String {
    String(repeating: " ", count: max(0, prompt.count - 5)) + "...: "
  }

  /// One complete input: lines are read while the parser says the text ends too early
  /// (an open bracket, block or string). Blank first lines are skipped. At the end of input
  /// a partial text is returned so its error shows. The whole input enters the history as
  /// one entry, so Up recalls a multi-line `fn … { … }` at once.
  func readInput() -> LineInput {
    var text = ""
    if isInteractive, needsSeparator { console.write("\n") }
    needsSeparator = true
    while true {
      switch reader.readLine(prompt: text.isEmpty ? prompt : continuationPrompt) {
      case .interrupted: return .interrupted
      case .end:
        if text.isEmpty { return .end }
        reader.addHistory(text)
        return .line(text)
      case .line(let line):
        if text.isEmpty, line.allSatisfy(\.isWhitespace) { continue }
        text = text.isEmpty ? line : text + "\n" + line
        if !REPL.needsMoreLines(text) {
          reader.addHistory(text)
          return .line(text)
        }
      }
    }
  }

  /// True when the text parses up to its end and wants more: the parser reports
  /// `unexpectedEndOfInput`. Magics and `?` lines are always complete.
  static func needsMoreLines(_ text: String) -> Bool {
    let command = text.trimmingLeadingSpaces
    if command.hasPrefix("%") || command.hasPrefix("?") { return false }
    var parser = Parser(file: SourceFile(name: "", text: text))
    return parser.parse().1.contains { $0.id == .unexpectedEndOfInput }
  }
}
