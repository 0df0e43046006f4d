import Foundation
import Interpreter

/// The `.ipynb` side of `awish convert`: nbformat 4.5 JSON for the awish kernel, outputs
/// left empty; reading takes code, markdown and raw cells and ignores outputs.
enum NotebookFile {
  /// Why a notebook cannot be read.
  struct Problem: Error {
    let message: String
  }

  /// The cells of an `.ipynb` file's JSON.
  static func cells(_ data: Data) throws(Problem) -> [NotebookCell] {
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let cells = object["cells"] as? [[String: Any]]
    else { throw Problem(message: AwishMessages.noCells) }
    return cells.compactMap { cell in
      guard let kind = (cell["cell_type"] as? String).flatMap(NotebookCell.Kind.init) else {
        return nil
      }
      let source =
        (cell["source"] as? String) ?? (cell["source"] as? [String])?.joined() ?? ""
      let title = (cell["metadata"] as? [String: Any])?["title"] as? String ?? ""
      var text = source
      while text.hasSuffix("\n") { text.removeLast() }
      return NotebookCell(kind: kind, title: title, source: text)
    }
  }

  /// The notebook JSON of the cells, with the awish kernelspec.
  static func data(_ cells: [NotebookCell]) -> Data {
    let notebook: [String: Any] = [
      "nbformat": 4, "nbformat_minor": 5,
      "metadata": [
        "kernelspec": ["name": KernelSpec.name, "display_name": "awish", "language": "awi"],
        "language_info": ["name": "awi", "file_extension": ".awi", "mimetype": "text/x-awi"],
      ],
      "cells": cells.enumerated().map { index, cell in json(cell, index: index) },
    ]
    let data = try? JSONSerialization.data(
      withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys])
    return (data ?? Data()) + Data("\n".utf8)
  }

  private static func json(_ cell: NotebookCell, index: Int) -> [String: Any] {
    var json: [String: Any] = [
      "cell_type": cell.kind.rawValue, "id": "cell-\(index + 1)",
      "source": sourceLines(cell.source),
    ]
    let metadata: [String: Any] = cell.title.isEmpty ? [:] : ["title": cell.title]
    json["metadata"] = metadata
    if cell.kind == .code {
      json["execution_count"] = NSNull()
      json["outputs"] = [Any]()
    }
    return json
  }

  /// A cell's source as nbformat keeps it: lines, each but the last with its line break.
  private static func sourceLines(_ source: String) -> [String] {
    guard !source.isEmpty else { return [] }
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return lines.enumerated().map { index, line in index < lines.count - 1 ? line + "\n" : line }
  }
}
