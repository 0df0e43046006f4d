import Foundation
import Interpreter

/// A call still open at the end of a line prefix, as completion reads it: the callee, the
/// text of each argument written so far (the last one is being typed) and the value a pipe
/// feeds in as the first argument. It reads text only and evaluates nothing.
struct OpenCall {
  let callee: String
  /// Each argument's text, trimmed; the last one is the argument under the cursor.
  let arguments: [String]
  /// The head of the pipe (`ctd` in `ctd |> where(`), when the call is piped into.
  let pipeHead: String?

  /// The call whose `(` is the open bracket at `open` in `characters`, if it is a call.
  init?(_ characters: [Character], open: Int) {
    guard characters[open] == "(" else { return nil }
    let before = String(characters[..<open])
    let callee = Completion.trailingIdentifier(before)
    guard Completion.isIdentifier(callee) else { return nil }
    self.callee = callee
    arguments = OpenCall.split(Array(characters[(open + 1)...]))
    let head = before.dropLast(callee.count).trimmingCharacters(in: .whitespaces)
    pipeHead = head.hasSuffix("|>") ? OpenCall.pipelineStart(head) : nil
  }

  /// The calls open at the end of `text`, innermost first.
  static func enclosing(_ text: String) -> [OpenCall] {
    let characters = Array(text)
    return BracketScanner.openBrackets(characters).reversed().compactMap {
      OpenCall(characters, open: $0)
    }
  }

  /// The text of the argument in first place: the pipe head, or a first argument that is
  /// complete (a comma follows it).
  var firstArgument: String? {
    if let pipeHead { return pipeHead }
    return arguments.count > 1 ? arguments[0] : nil
  }

  /// The complete argument bound to the parameter at `index` of `parameters`: by its name
  /// (`frame=ctd`) or by its position, the pipe head counting as the first.
  func argument(boundTo index: Int, of parameters: [Parameter]) -> String? {
    for (position, text) in bindings(parameters).dropLast() where position == index {
      return text
    }
    if index == 0, let pipeHead { return pipeHead }
    return nil
  }

  /// The parameter the argument under the cursor binds to.
  func currentParameter(of parameters: [Parameter]) -> Parameter? {
    guard let position = bindings(parameters).last?.position,
      parameters.indices.contains(position)
    else { return nil }
    return parameters[position]
  }

  /// Each argument with the index of the parameter it binds to (-1 when none does).
  private func bindings(_ parameters: [Parameter]) -> [(position: Int, text: String)] {
    var next = pipeHead == nil ? 0 : 1
    let variadic = parameters.firstIndex(where: \.isVariadic)
    return arguments.map { text in
      if let name = OpenCall.keyword(text) {
        let index = parameters.firstIndex { $0.name == name && !$0.isVariadic } ?? -1
        return (
          index, String(text.drop { $0 != "=" }.dropFirst()).trimmingCharacters(in: .whitespaces)
        )
      }
      defer { next += 1 }
      if let variadic, next >= variadic { return (variadic, text) }
      return (next < parameters.count ? next : -1, text)
    }
  }

  /// The name of a `name=value` argument.
  static func keyword(_ text: String) -> String? {
    let name = String(text.prefix(while: Completion.isIdentifierCharacter))
    let rest = text.dropFirst(name.count).drop { $0 == " " }
    guard Completion.isIdentifier(name), rest.first == "=", rest.dropFirst().first != "=" else {
      return nil
    }
    return name
  }

  /// The arguments' texts, split at the commas outside brackets and strings.
  static func split(_ characters: [Character]) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    var quote: Character?
    var escaped = false
    for character in characters {
      if let open = quote {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == open {
          quote = nil
        }
      } else if character == "\"" || character == "'" {
        quote = character
      } else if "([{".contains(character) {
        depth += 1
      } else if ")]}".contains(character) {
        depth -= 1
      } else if character == ",", depth == 0 {
        parts.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
        continue
      }
      current.append(character)
    }
    return parts + [current.trimmingCharacters(in: .whitespaces)]
  }

  /// The value a pipeline starts with: the text before its first `|>`, after the last
  /// assignment, statement or bracket before it.
  static func pipelineStart(_ head: String) -> String? {
    guard let pipe = head.range(of: "|>") else { return nil }
    let statement = head[..<pipe.lowerBound].split(whereSeparator: { "=;{(,".contains($0) }).last
    return statement.map { $0.trimmingCharacters(in: .whitespaces) }
  }
}
