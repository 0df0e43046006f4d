import Foundation
import Interpreter
import Lang

/// Tab completion for the REPL, as a pure function of the line, the cursor and the session's
/// names: it reads values (`Session.value(of:)`) but never evaluates code, so it cannot block.
///
/// It completes the identifier that ends at the cursor with, in order: `name=` for the
/// parameters of the builtin whose call is open around the cursor, variables, builtins and
/// keywords; after `record.` it offers the record's keys (a frame's columns after `df.`); after
/// a bare `.` the columns of the frame the call or pipe works on (`df |> where(.de`); after a
/// leading `%`, magic names. Inside a string it offers the columns of the frame in play
/// (`df["st`, `group_by(df, "st`) or, in a reading or writing call, file and folder names
/// (`read_csv("scr`): the last path component, as the line editor replaces it.
struct Completion {
  let session: Session

  /// Candidates that replace the identifier ending at `cursor` (a count of characters);
  /// sorted within each group, without duplicates.
  func candidates(line: String, cursor: Int) -> [String] {
    let before = String(line.prefix(max(0, cursor)))
    if let quote = Completion.openQuote(in: before) {
      let characters = Array(before)
      return inString(
        before: String(characters[..<quote]), content: String(characters[(quote + 1)...]))
    }
    let word = Completion.trailingIdentifier(before)
    let context = String(before.dropLast(word.count))
    if context.last == "." {
      let beforeDot = context.dropLast()
      if let last = beforeDot.last,
        Completion.isIdentifierCharacter(last) || last == ")"
          || last == "]"
      {
        return recordKeys(before: beforeDot, prefix: word)
      }
      return columnsInScope(String(beforeDot)).filter { $0.hasPrefix(word) }
    }
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

  /// Candidates inside a string: columns of the frame being indexed or worked on, or the
  /// entries of a folder in a call that reads or writes files.
  private func inString(before: String, content: String) -> [String] {
    let trimmed = before.reversed().drop { $0 == " " }
    if trimmed.first == "[" {
      let name = Completion.trailingIdentifier(String(trimmed.dropFirst().reversed()))
      return columns(of: name).filter { $0.hasPrefix(content) }
    }
    if let function = BracketScanner.openCallee(in: before), Completion.readsOrWritesFiles(function)
    {
      return paths(content)
    }
    let declared = declaredStrings(before)
    return (declared.isEmpty ? columnsInScope(before) : declared).filter { $0.hasPrefix(content) }
  }

  /// What the declaration of the builtin open around a string says it takes: the options of
  /// a `choice` parameter, or the columns of the frame bound to its frame parameter
  /// (`fit(spec, ctd, target="` offers ctd's columns).
  private func declaredStrings(_ text: String) -> [String] {
    guard let call = OpenCall.enclosing(text).first,
      let builtin = session.builtins.first(where: { $0.name == call.callee })
    else { return [] }
    let parameters = builtin.parameters
    if let choices = call.currentParameter(of: parameters)?.kind.choices, !choices.isEmpty {
      return choices
    }
    for (index, parameter) in parameters.enumerated() where parameter.kind.takesFrame {
      if let argument = call.argument(boundTo: index, of: parameters),
        !columns(of: argument).isEmpty
      {
        return columns(of: argument)
      }
    }
    return []
  }

  /// The columns `.name` reads at the end of `text`: those of the frame that comes first in
  /// the nearest open call that has one, written or piped in (`df |> where(`), as the
  /// language resolves `.name` (`summarize(g, m=mean(.x` reads g's columns).
  private func columnsInScope(_ text: String) -> [String] {
    for call in OpenCall.enclosing(text) {
      if let first = call.firstArgument, !columns(of: first).isEmpty { return columns(of: first) }
    }
    return []
  }

  /// The columns of the frame variable `name`; none for other values.
  private func columns(of name: String) -> [String] {
    guard Completion.isIdentifier(name), case .object(let object)? = session.value(of: name),
      object.providesColumns
    else { return [] }
    return object.memberNames
  }

  /// The entries of the folder a partial path names whose names start with its last
  /// component; folders end in "/". Hidden entries only when asked for with a leading ".".
  private func paths(_ partial: String) -> [String] {
    let slash = partial.lastIndex(of: "/")
    let folderText = slash.map { String(partial[...$0]) } ?? ""
    let prefix = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
    let folder = folderText.isEmpty ? "." : (folderText as NSString).expandingTildeInPath
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return []
    }
    return names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
      .sorted().map { name in
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
        return isFolder.boolValue ? name + "/" : name
      }
  }

  /// Builtins whose string arguments are file paths.
  static func readsOrWritesFiles(_ function: String) -> Bool {
    function.hasPrefix("read_") || function.hasPrefix("write_") || function == "save"
      || function == "fetch" || function == "init_workspace"
  }

  /// What follows a single candidate that completes a string's whole content, as IPython
  /// closes it: the quote, and `]` after a column name in `df["…`; nothing for a folder
  /// (the path goes on), outside a string, or when the quote is already there.
  func closing(line: String, cursor: Int, candidate: String) -> String {
    let characters = Array(line)
    let end = min(max(0, cursor), characters.count)
    let before = String(characters[..<end])
    guard let quote = Completion.openQuote(in: before), !candidate.hasSuffix("/"),
      end == characters.count || characters[end] != characters[quote]
    else { return "" }
    let opener = characters[..<quote].reversed().drop { $0 == " " }.first
    return String(characters[quote]) + (opener == "[" ? "]" : "")
  }

  /// Where the string open at the end of `text` starts (the quote's position), if one is.
  static func openQuote(in text: String) -> Int? {
    let characters = Array(text)
    var quote: (character: Character, at: Int)?
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if character == "\\" { index += 1 } else if character == open.character { quote = nil }
      } else if character == "\"" || character == "'" {
        quote = (character, index)
      } else if character == "#" {
        // A comment runs to the end of its line; a notebook cell goes on after it.
        while index < characters.count, characters[index] != "\n" { index += 1 }
      }
      index += 1
    }
    return quote?.at
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
