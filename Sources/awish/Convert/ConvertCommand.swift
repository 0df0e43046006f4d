import ArgumentParser
import Builtins
import Foundation
import Interpreter
import Tensor

/// `awish convert FILE`: a notebook to a `# %%` script, or a script to a notebook.
struct Convert: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a Jupyter notebook (.ipynb) to a '# %%' awi script, or back.",
    discussion: """
      Code cells become '# %%' cells (a cell's title stays on its marker line), markdown
      cells '# %% [markdown]' cells of comment lines; outputs are dropped, so a notebook
      becomes a reproducible script that 'awish run' and 'awish report' take, and back.
      """
  )

  @Argument(help: "The .ipynb or .awi file.")
  var file: String

  @Option(name: .shortAndLong, help: "The file to write (default: FILE with the other extension).")
  var output: String?

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      writeStandardError("error: \(AwishMessages.cannotRead(file))\n")
      throw ExitCode(1)
    }
    let isNotebook = file.hasSuffix(".ipynb")
    let target =
      output
      ?? URL(fileURLWithPath: file).deletingPathExtension().path + (isNotebook ? ".awi" : ".ipynb")
    let converted: Data
    do throws(NotebookFile.Problem) {
      converted =
        isNotebook
        ? Data(PercentScript.text(try NotebookFile.cells(data)).utf8)
        : NotebookFile.data(PercentScript.cells(String(decoding: data, as: UTF8.self)))
    } catch {
      writeStandardError("error: \(AwishMessages.notANotebook(file, error.message))\n")
      throw ExitCode(1)
    }
    if let raw = RawFolder.containing(target) {
      writeStandardError("error: \(RawFolder.Refusal(written: target, raw: raw).message)\n")
      throw ExitCode(1)
    }
    do {
      try AtomicFile.write(converted, to: target)
    } catch {
      writeStandardError(
        "error: " + FileFailure(error, path: target).message(target, doing: "write") + "\n")
      throw ExitCode(1)
    }
    writeStandardError(AwishMessages.wrote(target) + "\n")
  }
}
