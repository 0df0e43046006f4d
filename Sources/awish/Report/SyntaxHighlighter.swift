import Builtins
import Lang

/// awi code as HTML with spans for keywords, strings, numbers, comments and builtin names,
/// from the real lexer so the colours agree with the language.
enum SyntaxHighlighter {
  static func html(_ code: String, builtins: Set<String>) -> String {
    let file = SourceFile(name: "", text: code)
    var lexer = Lexer(file: file)
    let (tokens, _) = lexer.tokenize()
    let bytes = Array(code.utf8)
    var html = ""
    var position = 0
    func plain(_ end: Int) {
      guard end > position else { return }
      html += gap(String(decoding: bytes[position..<end], as: UTF8.self))
      position = end
    }
    for token in tokens {
      let (start, end) = (token.range.start, min(token.range.end, bytes.count))
      guard start >= position, start < end else { continue }
      plain(start)
      let text = RichHTML.escaped(String(decoding: bytes[start..<end], as: UTF8.self))
      let kind: String?
      switch token.kind {
      case .keyword: kind = "kw"
      case .string, .formatString: kind = "str"
      case .int, .float: kind = "num"
      case .identifier(let name): kind = builtins.contains(name) ? "fn" : nil
      default: kind = nil
      }
      html += kind.map { "<span class=\"\($0)\">\(text)</span>" } ?? text
      position = end
    }
    plain(bytes.count)
    return html
  }

  /// Text between tokens: spaces, line breaks and comments.
  private static func gap(_ text: String) -> String {
    var html = ""
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if index > 0 { html += "\n" }
      if let hash = line.firstIndex(of: "#") {
        html += RichHTML.escaped(String(line[..<hash]))
        html += "<span class=\"com\">\(RichHTML.escaped(String(line[hash...])))</span>"
      } else {
        html += RichHTML.escaped(String(line))
      }
    }
    return html
  }
}
