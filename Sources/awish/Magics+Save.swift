import Foundation
import Interpreter
import Tensor

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
      usageError(AwishMessages.noInputsToSave)
      return nil
    }
    let text = chosen.map { "# %% In [\($0.number)]\n\($0.text)\n" }.joined(separator: "\n")
    do throws(AtomicFile.Problem) {
      try AtomicFile.write(Data(text.utf8), to: path)
      console.write(AwishMessages.saved(chosen.count, path) + "\n")
    } catch {
      usageError(error.message)
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
        usageError(AwishMessages.invalidRange(word))
        return nil
      }
      numbers.formUnion(first...last)
    }
    return numbers
  }

}
