import Builtins
import Interpreter
import Tensor
import XCTest

/// A sweep folder read back: each task's state from its files and Slurm's answer, the
/// frame collect returns, record() writing result.json, and the batch script.
final class RunFolderTests: XCTestCase {
  var root = ""

  override func setUpWithError() throws {
    root =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "awish-runfolder-\(UUID().uuidString)"
      ).path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
  }

  override func tearDown() { try? FileManager.default.removeItem(atPath: root) }

  func record(tasks: Int) -> SweepRecord {
    SweepRecord(
      name: "s", kind: .sweep, mode: .slurm, script: root + "/missing.awi", workingFolder: root,
      awish: "/usr/bin/awish", created: "2026-12-04T18:00:00Z",
      resources: Resources(time: "10", memory: "1G"), parameterNames: ["trees"],
      tasks: (0..<tasks).map {
        SweepRecord.Task(parameters: [("trees", .int(100 * ($0 + 1)))], hash: "h", jobID: "9_\($0)")
      })
  }

  func write(_ text: String, _ name: String, task: Int) throws {
    let folder = root + "/\(task)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
  }

  func testStatesFromFilesAndAccounting() throws {
    let sweep = record(tasks: 5)
    try sweep.save(in: root)
    try write("0\n", "exit_status", task: 0)
    try write("{\"accuracy\": 0.9}", "result.json", task: 0)
    try write("3\n", "exit_status", task: 1)
    var accounting: [String: TaskAccounting] = [:]
    accounting["9_2"] = TaskAccounting(jobID: "9_2", state: "TIMEOUT")
    accounting["9_3"] = TaskAccounting(jobID: "9_3", state: "RUNNING")
    let loaded = try SweepRecord.load(from: root)
    XCTAssertEqual(loaded, sweep)
    let states = (0..<5).map {
      TaskOutcome(
        index: $0, record: loaded, root: root, accounting: accounting["9_\($0)"],
        currentHash: "h"
      ).state
    }
    XCTAssertEqual(states, ["COMPLETED", "FAILED", "TIMEOUT", "RUNNING", "MISSING"])
    let changed = TaskOutcome(
      index: 0, record: loaded, root: root, accounting: nil, currentHash: "other")
    XCTAssertEqual(changed.state, "OUTDATED")
    XCTAssertTrue(changed.needsRun)
  }

  func testCollectGivesParametersResultsAndResources() throws {
    try record(tasks: 2).save(in: root)
    try write("0", "exit_status", task: 0)
    try write("{\"accuracy\": 0.9, \"model\": \"m@v1\"}", "result.json", task: 0)
    try write(
      "{\"wall_seconds\": 2.0, \"cpu_seconds\": 1.0, \"peak_memory_bytes\": 10485760}",
      "run.json", task: 0)
    let frame = try SweepCollection.frame(try SweepInspection(root: root, askSlurm: false))
    XCTAssertEqual(
      frame.names,
      ["task", "trees", "accuracy", "model"] + SweepCollection.resourceColumns)
    XCTAssertEqual(frame.rowCount, 2)
    let table = CSVWriter.text(frame)
    XCTAssertTrue(table.contains("0,100,0.9,m@v1,COMPLETED,0,2.0,10.0,0.5,9_0"), table)
    XCTAssertTrue(table.contains("1,200,,,MISSING,,,,,9_1"), table)
  }

  func testRecordWritesResultJSONInTheRunFolderAndMerges() throws {
    let session = Session(builtins: Builtins.all, output: { _ in })
    session.run.runFolder = root
    let code = "record(accuracy=0.5, tags=[\"a\"])\nrecord(accuracy=0.75, n=3)"
    guard case .success = session.run(code, name: "t") else { return XCTFail("record failed") }
    let text = try String(contentsOfFile: root + "/result.json", encoding: .utf8)
    XCTAssertEqual(
      try JSON.parse(text),
      .object([("accuracy", .number(0.75)), ("tags", .array([.string("a")])), ("n", .int(3))]))
  }

  func testRecordPrintsOutsideARun() {
    var output = ""
    let session = Session(builtins: Builtins.all, output: { output += $0 })
    _ = session.run("record(accuracy=0.5, name=\"rf\")", name: "t")
    XCTAssertEqual(output, "record: accuracy=0.5, name=\"rf\"\n")
  }

  func testBatchScriptRunsTheTaskFolderWithItsParameters() {
    var sweep = record(tasks: 3)
    sweep.script = "/w/it's.awi"
    let text = BatchScript(record: sweep, root: root).text(array: true)
    XCTAssertTrue(text.hasPrefix("#!/bin/bash\n#SBATCH --job-name=s\n"))
    XCTAssertTrue(text.contains("#SBATCH --output=\(root)/slurm-%A_%a.log\n"))
    XCTAssertTrue(text.contains("#SBATCH --time=10\n#SBATCH --mem=1G\n"))
    XCTAssertTrue(text.contains("task=\"${SLURM_ARRAY_TASK_ID:-${AWISH_TASK_ID:-}}\""))
    XCTAssertTrue(
      text.contains(
        "'/usr/bin/awish' run '/w/it'\\''s.awi' --params-json \"$folder/params.json\""))
  }
}
