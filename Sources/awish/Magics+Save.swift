import Foundation
import Interpreter

extension REPL {
  /// `%save FILE [N | N-M]…`: writes those inputs (all by default) as `# %%` cells of an awi
  /// script. Magics and `?` lines are left out. The file is replaced atomically: the text
  /// goes to a temporary file in the same folder, which is then renamed over it.
  func save(_ argument: String) -> Int32? {
    var words = argument.split(separator: " ").map(String.init)
    let path = words.removeFirst()
    guard let numbers = inputNumbers(words) else { return nil }
    let chosen = inputs.filter { input in
      let command = input.text.trimmingLeadingSpaces
      return (numbers.isEmpty || numbers.contains(input.number))
        && !command.hasPrefix("%") && !command.hasPrefix("?")
    }
    guard !chosen.isEmpty else {
      usageError(REPLMessages.noInputsToSave)
      return nil
    }
    let text = chosen.map { "# %% In [\($0.number)]\n\($0.text)\n" }.joined(separator: "\n")
    if let raw = RawFolder.containing(path) {
      usageError(RawFolder.Refusal(written: path, raw: raw).message)
    } else if let reason = REPL.writeAtomically(text, to: path) {
      usageError(REPLMessages.cannotWrite(path, reason))
    } else {
      console.write(REPLMessages.saved(chosen.count, path) + "\n")
    }
    return nil
  }

  /// The input numbers named by `N` and `N-M` words; nil (after saying why) on a bad word.
  private func inputNumbers(_ words: [String]) -> Set<Int>? {
    var numbers: Set<Int> = []
    for word in words {
      let ends = word.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
      guard (1...2).contains(ends.count), let first = ends[0], let last = ends[ends.count - 1],
        first <= last, last - first < 100_000
      else {
        usageError(REPLMessages.invalidRange(word))
        return nil
      }
      numbers.formUnion(first...last)
    }
    return numbers
  }

  /// Writes a temporary file beside `path`, then renames it to `path`; why it failed, or nil.
  static func writeAtomically(_ text: String, to path: String) -> String? {
    let temporary = path + ".tmp-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return lastError() }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    let failure = written == bytes.count ? nil : lastError()
    close(descriptor)
    guard let reason = failure ?? (rename(temporary, path) == 0 ? nil : lastError()) else {
      return nil
    }
    unlink(temporary)
    return reason
  }

  private static func lastError() -> String { String(cString: strerror(errno)).lowercased() }
}
