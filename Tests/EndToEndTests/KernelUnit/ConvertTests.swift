import Foundation
import XCTest

@testable import awish

/// `awish convert`: a `# %%` script to notebook cells and back, outputs dropped.
final class ConvertTests: XCTestCase {
  let script = """
    # %% Load
    x = [1, 2, 3]

    # %% [markdown]
    # # Depths
    #
    # Mean of *x*:

    # %%
    mean(x)

    """

  func testScriptCellsAndBack() {
    let cells = PercentScript.cells(script)
    XCTAssertEqual(
      cells,
      [
        NotebookCell(kind: .code, title: "Load", source: "x = [1, 2, 3]"),
        NotebookCell(kind: .markdown, title: "", source: "# Depths\n\nMean of *x*:"),
        NotebookCell(kind: .code, title: "", source: "mean(x)"),
      ])
    XCTAssertEqual(PercentScript.text(cells), script)
  }

  func testNotebookRoundTripDropsOutputs() throws {
    let data = NotebookFile.data(PercentScript.cells(script))
    let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual(json["nbformat"] as? Int, 4)
    let cells = try XCTUnwrap(json["cells"] as? [[String: Any]])
    XCTAssertEqual(cells[1]["source"] as? [String], ["# Depths\n", "\n", "Mean of *x*:"])
    XCTAssertEqual((cells[0]["outputs"] as? [Any])?.count, 0)
    XCTAssertEqual(try NotebookFile.cells(data), PercentScript.cells(script))
    let withOutputs = Data(
      """
      {"cells": [{"cell_type": "code", "source": ["1 + 1\\n"], "metadata": {},
        "outputs": [{"output_type": "execute_result", "data": {"text/plain": "2"}}]}]}
      """.utf8)
    XCTAssertEqual(PercentScript.text(try NotebookFile.cells(withOutputs)), "# %%\n1 + 1\n")
  }

  func testNotANotebookIsRefused() {
    XCTAssertThrowsError(try NotebookFile.cells(Data("[1, 2]".utf8)))
  }
}

/// `awish kernel -f FILE`, the line kernel.json gives, bypasses the argument parser; every
/// other form goes through it.
final class KernelCommandLineTests: XCTestCase {
  func testOnlyTheKernelSpecLineIsTakenDirectly() {
    XCTAssertEqual(KernelCommand.connectionFile(["awish", "kernel", "-f", "c.json"]), "c.json")
    XCTAssertNil(KernelCommand.connectionFile(["awish", "kernel", "install", "--user"]))
    XCTAssertNil(KernelCommand.connectionFile(["awish", "kernel", "-f"]))
    XCTAssertNil(KernelCommand.connectionFile(["awish", "run", "-f", "x"]))
  }

  func testKernelSpecNamesThisBinaryAndTheLine() {
    let json = KernelSpec.json(executable: "/opt/awish/bin/awish")
    XCTAssertEqual(
      json["argv"] as? [String], ["/opt/awish/bin/awish", "kernel", "-f", "{connection_file}"])
    XCTAssertEqual(json["language"] as? String, "awi")
    XCTAssertEqual(json["interrupt_mode"] as? String, "signal")
  }
}
