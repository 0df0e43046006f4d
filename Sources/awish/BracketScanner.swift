/// Finds the brackets still open at the end of a line prefix, skipping strings and comments.
/// Used by completion only, so it is forgiving: unbalanced closers are ignored.
enum BracketScanner {
  /// The identifier just before the innermost open bracket, when that bracket is `(`.
  static func openCallee(in text: String) -> String? {
    let characters = Array(text)
    guard let open = openBrackets(characters).last, characters[open] == "(" else { return nil }
    let name = Completion.trailingIdentifier(String(characters[..<open]))
    return Completion.isIdentifier(name) ? name : nil
  }

  /// Positions of the brackets not yet closed, outermost first. O(n).
  static func openBrackets(_ characters: [Character]) -> [Int] {
    var stack: [Int] = []
    var quote: Character?
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == "\\" { index += 1 } else if character == open { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if character == "#" {
        while index < characters.count, characters[index] != "\n" { index += 1 }
      } else if "([{".contains(character) {
        stack.append(index)
      } else if ")]}".contains(character), !stack.isEmpty {
        stack.removeLast()
      }
      index += 1
    }
    return stack
  }
}
