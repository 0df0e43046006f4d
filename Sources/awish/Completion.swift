import Interpreter
import Lang

/// Tab completion for the REPL, as a pure function of the line, the cursor and the session's
/// names: it reads values (`Session.value(of:)`) but never evaluates code, so it cannot block.
///
/// It completes the identifier that ends at the cursor with, in order: `name=` for the
/// parameters of the builtin whose call is open around the cursor, variables, builtins and
/// keywords; after `record.` it offers the record's keys (a frame's columns after `df.`); after a leading `%`, magic names.
struct Completion {
  let session: Session

  /// Candidates that replace the identifier ending at `cursor` (a count of characters);
  /// sorted within each group, without duplicates.
  func candidates(line: String, cursor: Int) -> [String] {
    let before = String(line.prefix(max(0, cursor)))
    let word = Completion.trailingIdentifier(before)
    let context = String(before.dropLast(word.count))
    if context.last == "." { return recordKeys(before: context.dropLast(), prefix: word) }
    if context.trimmingLeadingSpaces == "%" {
      return Magics.names.filter { $0.hasPrefix(word) }
    }
    let parameters = parameterNames(in: context).filter { $0.hasPrefix(word) }
    guard !word.isEmpty else { return parameters }
    return unique(parameters + names(prefix: word))
  }

  /// Variables, builtins and keywords that start with `prefix`, each group sorted.
  private func names(prefix: String) -> [String] {
    let variables = session.definedNames.filter { !REPL.isHidden($0) }
    let groups = [variables, session.builtins.map(\.name), Keyword.allCases.map(\.rawValue)]
    return groups.flatMap { $0.filter { $0.hasPrefix(prefix) }.sorted() }
  }

  /// The keys of the record variable just before a `.` (or the columns of a frame
  /// variable), when that is a plain variable.
  private func recordKeys(before text: Substring, prefix: String) -> [String] {
    let name = Completion.trailingIdentifier(String(text))
    let rest = text.dropLast(name.count)
    guard !name.isEmpty, rest.last != ".", name.first?.isNumber == false else { return [] }
    let keys: [String]
    switch session.value(of: name) {
    case .record(let record)?: keys = record.keys
    case .object(let object)?: keys = object.memberNames
    default: return []
    }
    return keys.filter { $0.hasPrefix(prefix) && Completion.isIdentifier($0) }
  }

  /// `name=` for each parameter of the builtin whose `(` is the innermost one still open.
  private func parameterNames(in text: String) -> [String] {
    guard let function = BracketScanner.openCallee(in: text),
      let builtin = session.builtins.first(where: { $0.name == function })
    else { return [] }
    return builtin.parameters.filter { !$0.isVariadic }.map { $0.name + "=" }
  }

  private func unique(_ items: [String]) -> [String] {
    var seen: Set<String> = []
    return items.filter { seen.insert($0).inserted }
  }

  /// The identifier characters at the end of `text` (possibly none).
  static func trailingIdentifier(_ text: String) -> String {
    String(text.reversed().prefix(while: isIdentifierCharacter).reversed())
  }

  static func isIdentifierCharacter(_ character: Character) -> Bool {
    character == "_" || (character.isASCII && (character.isLetter || character.isNumber))
  }

  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.first, !first.isNumber else { return false }
    return text.allSatisfy(isIdentifierCharacter)
  }
}

extension String {
  var trimmingLeadingSpaces: Substring { drop(while: { $0 == " " || $0 == "\t" }) }
}
