import Builtins
import Interpreter
import Lang

/// complete, inspect and is_complete: the REPL's completion, `?name` help and continuation
/// rule, answered from the session's names without running code.
extension Kernel {
  /// complete_request: the REPL's candidates for the word ending at the cursor. Inside a
  /// string they replace the string's text after its last `/` (a path's last component, or
  /// a whole column name).
  func complete(_ request: KernelRequest) {
    let code = request.message.string("code")
    let cursor = Kernel.characterOffset(code, request.message.int("cursor_pos", code.count))
    let before = String(code.prefix(cursor))
    var word = Completion.trailingIdentifier(before)
    if let quote = Completion.openQuote(in: before) {
      let content = Array(before)[(quote + 1)...]
      word = String(content.split(separator: "/", omittingEmptySubsequences: false).last ?? [])
    }
    let matches = Completion(session: session).candidates(line: code, cursor: cursor)
    let start = Kernel.scalarOffset(code, cursor - word.count)
    channels.reply(
      request, "complete_reply",
      [
        "status": "ok", "matches": matches, "cursor_start": start,
        "cursor_end": Kernel.scalarOffset(code, cursor), "metadata": [String: Any](),
      ])
  }

  /// inspect_request: help for the name at the cursor (or the call open around it); level 0
  /// gives the signature and summary of a builtin, level 1 its whole help page.
  func inspect(_ request: KernelRequest) {
    let code = request.message.string("code")
    let cursor = Kernel.characterOffset(code, request.message.int("cursor_pos", code.count))
    let before = String(code.prefix(cursor))
    let after = code.dropFirst(cursor).prefix(while: Completion.isIdentifierCharacter)
    var name = Completion.trailingIdentifier(before) + after
    if name.isEmpty { name = BracketScanner.openCallee(in: before) ?? "" }
    let text = helpText(name, detailed: request.message.int("detail_level", 0) > 0)
    var reply: [String: Any] = ["status": "ok", "found": text != nil, "metadata": [String: Any]()]
    reply["data"] = text.map { ["text/plain": $0] } ?? [String: Any]()
    channels.reply(request, "inspect_reply", reply)
  }

  /// is_complete_request: the REPL's rule. Text whose parse ends too early is incomplete
  /// (indented by the brackets still open), other syntax errors are invalid.
  func isComplete(_ request: KernelRequest) {
    let code = request.message.string("code")
    let command = code.drop { $0.isWhitespace }
    var reply: [String: Any] = ["status": "complete"]
    if !command.hasPrefix("%"), !command.hasPrefix("?") {
      var parser = Parser(file: SourceFile(name: "", text: code))
      let errors = parser.parse().1
      if errors.contains(where: { $0.id == .unexpectedEndOfInput }) {
        let depth = BracketScanner.openBrackets(Array(code)).count
        reply = ["status": "incomplete", "indent": String(repeating: "  ", count: depth)]
      } else if !errors.isEmpty {
        reply["status"] = "invalid"
      }
    }
    channels.reply(request, "is_complete_reply", reply)
  }

  /// `?name` in a cell: the help page, or the REPL's error for an unknown name.
  func help(_ query: String, number: Int) -> CellResult {
    let name = query.trimmingCharacters(in: .whitespaces)
    if name.isEmpty { return .page(Help.overview(session.builtins)) }
    if let text = helpText(name, detailed: true) { return .page(text) }
    repl.showHelp(query, number: number)
    return .value(nil)
  }

  /// The help of a variable or builtin called `name`; the builtin's first two lines when not
  /// `detailed`.
  func helpText(_ name: String, detailed: Bool) -> String? {
    if let value = session.value(of: name) { return Help.text(for: value, all: session.builtins) }
    guard let builtin = session.builtins.first(where: { $0.name == name }) else { return nil }
    return detailed ? Help.page(builtin) : builtin.signature + "\n  " + builtin.summary + "\n"
  }

  /// Jupyter counts cursor positions in Unicode scalars; Swift strings index characters.
  static func characterOffset(_ text: String, _ scalars: Int) -> Int {
    let scalarView = text.unicodeScalars
    let end = scalarView.index(
      scalarView.startIndex, offsetBy: max(0, min(scalars, scalarView.count)))
    return text[..<end].count
  }

  static func scalarOffset(_ text: String, _ characters: Int) -> Int {
    text.prefix(max(0, characters)).unicodeScalars.count
  }
}
