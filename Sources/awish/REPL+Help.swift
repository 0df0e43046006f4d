import Builtins
import Foundation
import Interpreter
import Lang

extension REPL {
  /// `?name`: the help page of a builtin or the description of a variable; `?` alone lists
  /// the builtins. Anything but a name is shown as `help(...)` would show it.
  func showHelp(_ query: String, number: Int) {
    let name = query.trimmingCharacters(in: .whitespaces)
    if name.isEmpty { return console.write(Help.overview(session.builtins)) }
    guard Completion.isIdentifier(name) else {
      _ = evaluate("help(\(name))", number: number)
      return
    }
    guard let value = helpValue(name) else { return reportUnknown(name, query, number: number) }
    console.write(Help.text(for: value, all: session.builtins))
  }

  /// `name 'x' is not defined`, with the caret on the name and the closest name suggested.
  private func reportUnknown(_ name: String, _ query: String, number: Int) {
    let candidates = userNames + session.builtins.map(\.name)
    let suggestion = Suggest.closest(to: name, in: candidates)
    let file = SourceFile(name: REPL.inputName(number), text: "?" + query)
    let start = 1 + query.prefix { $0 == " " }.utf8.count
    report([
      Diagnostic(
        .undefinedName, Messages.undefinedName(name), file: file,
        range: SourceRange(start, start + name.utf8.count),
        label: suggestion.map(Messages.didYouMean) ?? "")
    ])
  }

  /// A variable of that name, else the builtin.
  private func helpValue(_ name: String) -> Value? {
    if let value = session.value(of: name) { return value }
    return session.builtins.first { $0.name == name }.map { .builtin($0) }
  }
}
