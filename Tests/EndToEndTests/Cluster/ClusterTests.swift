import Foundation
import XCTest

/// The scenarios of issue 19 as local processes, as on a laptop without Slurm; the subclass
/// ClusterSlurmTests runs the same commands on real Slurm, with the same run folders.
struct ClusterScenarios {
  let mode: ClusterWorkspace.Mode

  func submitAndWaitForTheResult() throws {
    let workspace = try ClusterWorkspace(mode)
    defer { workspace.remove() }
    try workspace.write("ok", "src/control.txt")
    try workspace.write(ClusterWorkspace.training, "src/train.awi")
    let submitted = try workspace.awish(
      [
        "submit", workspace.root + "/src/train.awi", "--param", "trees=100", "--param", "depth=5",
        "--name", "one", "--wait", "--wait-timeout", "120", "--time", "5", "--mem", "500M",
      ]
        + workspace.modeArguments)
    XCTAssertEqual(submitted.status, 0, submitted.output + submitted.errors)
    XCTAssertTrue(submitted.output.contains("state: COMPLETED, exit status 0"), submitted.output)
    XCTAssertTrue(submitted.output.contains("result: {\"accuracy\":0.1,\"leaves\":200}"))
    let runs = try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/runs")
    XCTAssertEqual(runs.count, 1)
    let folder = "runs/" + (runs.first ?? "")
    for file in [
      "params.json", "job.sh", "stdout.log", "stderr.log", "exit_status", "result.json",
      "run.json", "sweep.json",
    ] {
      XCTAssertNotNil(workspace.read(folder + "/" + file), file)
    }
    XCTAssertTrue(workspace.read(folder + "/job.sh")?.contains("#SBATCH --mem=500M") == true)
  }

  func sweepWithAFailingTaskThenStatusResumeAndCollect() throws {
    let workspace = try ClusterWorkspace(mode)
    defer { workspace.remove() }
    try workspace.write("fail", "src/control.txt")
    try workspace.write(ClusterWorkspace.training, "src/train.awi")
    let folder = workspace.root + "/runs/grid"
    let sweep = try workspace.awish(
      [
        "sweep", workspace.root + "/src/train.awi", "--grid", "trees=100,300",
        "--grid", "depth=5,10,nil", "--name", "grid", "--max-running", "4", "--wait",
        "--wait-timeout", "180",
      ] + workspace.modeArguments)
    XCTAssertEqual(sweep.status, 1, sweep.output + sweep.errors)
    let status = try workspace.awish(["sweep", "status", folder])
    XCTAssertTrue(status.output.contains("5 completed, 1 failed"), status.output)
    let failedLine = status.output.split(separator: "\n").first { $0.hasPrefix("3 ") }
    XCTAssertTrue(failedLine?.contains("FAILED") == true, status.output)
    let firstRun = workspace.read("runs/grid/0/run.json")
    try workspace.write("ok", "src/control.txt")
    let resumed = try workspace.awish(
      ["sweep", "resume", folder, "--wait", "--wait-timeout", "120"])
    XCTAssertEqual(resumed.status, 0, resumed.output + resumed.errors)
    XCTAssertTrue(
      resumed.output.contains("1 task of grid") && resumed.output.contains("(3)"), resumed.output)
    XCTAssertEqual(workspace.read("runs/grid/0/run.json"), firstRun, "a finished task ran again")
    let collected = try workspace.awish(["sweep", "collect", folder])
    XCTAssertEqual(collected.status, 0, collected.errors)
    let rows = collected.output.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    XCTAssertEqual(rows.count, 7, collected.output)
    let header = rows.first.map { $0.map(String.init) } ?? []
    XCTAssertEqual(Array(header.prefix(5)), ["task", "trees", "depth", "accuracy", "leaves"])
    let state = header.firstIndex(of: "state") ?? 0
    let partition = header.firstIndex(of: "partition") ?? 0
    let elapsed = header.firstIndex(of: "elapsed_s") ?? 0
    for row in rows.dropFirst() {
      XCTAssertEqual(row[state], "COMPLETED", collected.output)
      XCTAssertFalse(row[3].isEmpty && row[elapsed].isEmpty, collected.output)
      if mode == .slurm { XCTAssertEqual(row[partition], "debug", collected.output) }
    }
    XCTAssertEqual(rows[4][3], "0.3", collected.output)
  }

  func mapOverTenRecordingsInChunksOfThreeWithACombineStep() throws {
    let workspace = try ClusterWorkspace(mode)
    defer { workspace.remove() }
    let outside = workspace.root + "-wav"
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
    for index in 0..<10 {
      let made = try workspace.awish([
        "-e",
        "write_wav(signal([0.01 * \(index), 0.2, -0.3, 0.1], rate=8000), \"\(outside)/r\(index).wav\")",
      ])
      XCTAssertEqual(made.status, 0, made.errors)
    }
    try FileManager.default.createDirectory(
      atPath: workspace.root + "/raw/hydrophone", withIntermediateDirectories: true)
    for index in 0..<10 {
      try FileManager.default.copyItem(
        atPath: "\(outside)/r\(index).wav", toPath: workspace.root + "/raw/hydrophone/r\(index).wav"
      )
    }
    try workspace.write(
      """
      names = map(params.files, f -> split(f, "/")[-1])
      peaks = map(params.files, f -> max(read_wav(f).samples))
      write_csv(frame(file=names, peak=peaks), params.part + ".csv")
      record(files=len(params.files))
      """, "src/features.awi")
    try workspace.write(
      """
      if starts_with(read_text("control.txt"), "fail") { exit(4) }
      all = reduce(map(params.parts, p -> read_csv(p)), (a, b) -> concat(a, b))
      write_csv(all, "../data/features.csv")
      print(f"{len(params.parts)} parts, {nrow(all)} rows")
      """, "src/combine.awi")
    try workspace.write("fail", "src/control.txt")
    let map = try workspace.awish(
      [
        "map", workspace.root + "/src/features.awi", "--over",
        workspace.root + "/raw/hydrophone/*.wav", "--per-task", "3", "--then",
        workspace.root + "/src/combine.awi", "--wait", "--wait-timeout", "180",
      ]
        + workspace.modeArguments)
    XCTAssertEqual(map.status, 1, map.output + map.errors)
    XCTAssertTrue(map.output.contains("combine step: FAILED (exit status 4)"), map.output)
    try workspace.write("ok", "src/control.txt")
    let resumed = try workspace.awish(["sweep", "resume", workspace.root + "/runs/features"])
    XCTAssertTrue(resumed.output.contains("the combine step of features"), resumed.output)
    XCTAssertTrue(
      try ClusterWorkspace.eventually(60) {
        try workspace.awish(["sweep", "status", workspace.root + "/runs/features"]).output
          .contains("combine step: COMPLETED")
      })
    let parts = try FileManager.default.contentsOfDirectory(
      atPath: workspace.root + "/data/features")
    XCTAssertEqual(
      parts.sorted(), ["part-0000.csv", "part-0001.csv", "part-0002.csv", "part-0003.csv"])
    XCTAssertEqual(workspace.read("runs/features/combine/stdout.log"), "4 parts, 10 rows\n")
    let combined = workspace.read("data/features.csv")?.split(separator: "\n") ?? []
    XCTAssertEqual(combined.count, 11)
    XCTAssertEqual(
      combined.dropFirst().map { $0.split(separator: ",")[0] }, (0..<10).map { "r\($0).wav"[...] })
  }

  func badInputIsRefusedBeforeAnythingIsSubmitted() throws {
    let workspace = try ClusterWorkspace(mode)
    defer { workspace.remove() }
    try workspace.write(ClusterWorkspace.training, "src/train.awi")
    let script = workspace.root + "/src/train.awi"
    let cases: [([String], String)] = [
      (["sweep", script, "--grid", "tres=1,2"], "error: unknown parameter 'tres'"),
      (["sweep", script, "--grid", "trees="], "error: the grid of 'trees' is empty"),
      (["sweep", script], "error: the grid is empty"),
      (["submit", script, "--time", "2h"], "error: malformed time '2h'"),
      (["submit", script, "--mem", "lots"], "error: malformed memory 'lots'"),
    ]
    for (arguments, message) in cases {
      let result = try workspace.awish(arguments + workspace.modeArguments)
      XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
      XCTAssertTrue(result.errors.hasPrefix(message), result.errors)
    }
    if mode == .slurm {
      let refused = try workspace.awish(["submit", script, "--partition", "nope"])
      XCTAssertEqual(refused.status, 1)
      XCTAssertTrue(
        refused.errors.hasPrefix(
          "error: sbatch refused the job: invalid partition specified: nope"),
        refused.errors)
    }
    let left =
      (try? FileManager.default.contentsOfDirectory(atPath: workspace.root + "/runs")) ?? []
    XCTAssertEqual(left, [], "a refused run left a folder")
  }
}

/// The scenarios as local processes, as on a laptop without Slurm.
final class ClusterLocalTests: XCTestCase {
  let scenarios = ClusterScenarios(mode: .local)

  func testSubmitAndWaitForTheResult() throws { try scenarios.submitAndWaitForTheResult() }

  func testSweepWithAFailingTaskThenStatusResumeAndCollect() throws {
    try scenarios.sweepWithAFailingTaskThenStatusResumeAndCollect()
  }

  func testMapOverTenRecordingsInChunksOfThreeWithACombineStep() throws {
    try scenarios.mapOverTenRecordingsInChunksOfThreeWithACombineStep()
  }

  func testBadInputIsRefusedBeforeAnythingIsSubmitted() throws {
    try scenarios.badInputIsRefusedBeforeAnythingIsSubmitted()
  }

  func testInterruptedSweepThenResume() throws { try scenarios.interruptedSweepThenResume() }
}

/// The same scenarios on the real Slurm of this machine; skipped, saying why, without one.
final class ClusterSlurmTests: XCTestCase {
  let scenarios = ClusterScenarios(mode: .slurm)

  func testSubmitAndWaitForTheResult() throws { try scenarios.submitAndWaitForTheResult() }

  func testSweepWithAFailingTaskThenStatusResumeAndCollect() throws {
    try scenarios.sweepWithAFailingTaskThenStatusResumeAndCollect()
  }

  func testMapOverTenRecordingsInChunksOfThreeWithACombineStep() throws {
    try scenarios.mapOverTenRecordingsInChunksOfThreeWithACombineStep()
  }

  func testBadInputIsRefusedBeforeAnythingIsSubmitted() throws {
    try scenarios.badInputIsRefusedBeforeAnythingIsSubmitted()
  }

  func testScancelMidSweepThenResume() throws { try scenarios.interruptedSweepThenResume() }
}
