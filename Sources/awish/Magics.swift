import Builtins
import Foundation
import Interpreter
import Lang

/// The magic commands: a line of its own starting with `%`.
enum Magics {
  /// Every magic name, without the `%`, for completion and did-you-mean.
  static let names = [
    "cd", "history", "ls", "pwd", "quit", "reset", "run", "save", "time", "timeit", "who", "whos",
  ]
}

extension REPL {
  /// Runs `%name argument`; an exit status when the magic ends the REPL.
  func runMagic(_ line: String, number: Int) -> Int32? {
    let body = line.dropFirst()
    let name = String(body.prefix { !$0.isWhitespace })
    let argument = body.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
    switch name {
    case "time":
      return needs(argument, "time", AwishMessages.anExpression) { time($0, number: number) }
    case "timeit":
      return needs(argument, "timeit", AwishMessages.anExpression) { timeit($0, number: number) }
    case "run": return needs(argument, "run", AwishMessages.aFile) { runFile($0, number: number) }
    case "save": _ = needs(argument, "save", AwishMessages.aFile) { save($0) }
    case "who": who()
    case "whos": whos()
    case "reset": reset()
    case "history": history()
    case "cd": changeFolder(argument)
    case "pwd": console.write(FileManager.default.currentDirectoryPath + "\n")
    case "ls": list(argument)
    case "quit": return 0
    default: unknownMagic(name, line: line, number: number)
    }
    return nil
  }

  /// Runs `body` with the argument, or says what the magic needs when there is none.
  private func needs(
    _ argument: String, _ name: String, _ what: String,
    _ body: (String) -> Int32?
  ) -> Int32? {
    guard !argument.isEmpty else {
      usageError(AwishMessages.magicNeeds(name, what))
      return nil
    }
    return body(argument)
  }

  /// An error with no source place, drawn like every other diagnostic.
  func usageError(_ message: String, help: String? = nil) {
    report([
      Diagnostic(.usage, message, file: nil, range: .empty, help: help, code: .magicUsage)
    ])
  }

  private func unknownMagic(_ name: String, line: String, number: Int) {
    let file = SourceFile(name: REPL.inputName(number), text: line)
    let suggestion = Suggest.closest(to: name, in: Magics.names)
    report([
      Diagnostic(
        .usage, AwishMessages.unknownMagic(name), file: file,
        range: SourceRange(0, 1 + name.utf8.count),
        label: suggestion.map { Messages.didYouMean("%" + $0) } ?? "",
        help: suggestion == nil ? AwishMessages.magicUsage : nil, code: .unknownMagic)
    ])
  }

  /// `%run FILE`: runs a script in this session, so its names stay defined.
  private func runFile(_ path: String, number: Int) -> Int32? {
    guard let text = readText(path) else { return nil }
    Interrupts.clear()
    return handle(session.run(text, name: path), number: number)
  }

  /// The text of a file, or nil after reporting why it cannot be read.
  func readText(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      usageError(exists ? AwishMessages.fileUnreadable(path) : AwishMessages.fileMissing(path))
      return nil
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      usageError(AwishMessages.fileNotText(path))
      return nil
    }
    return text
  }

  /// `%reset`: forgets every variable, import and earlier result.
  private func reset() {
    session.reset()
    resetResults()
    console.write(AwishMessages.resetDone + "\n")
  }

  /// `%history`: the numbered inputs of this session.
  private func history() {
    let width = String(inputs.last?.number ?? 0).count
    for input in inputs {
      let number = String(input.number)
      let label = String(repeating: " ", count: width - number.count) + number + ": "
      let indent = String(repeating: " ", count: label.count)
      console.write(label + input.text.replacingOccurrences(of: "\n", with: "\n" + indent) + "\n")
    }
  }
}
