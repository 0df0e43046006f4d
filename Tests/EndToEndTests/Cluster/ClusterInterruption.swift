import Foundation
import XCTest

extension ClusterScenarios {
  /// A sweep stopped part-way (scancel on Slurm, the awish process killed locally) shows
  /// the tasks it did not finish as cancelled or missing, and resume runs only those.
  func interruptedSweepThenResume() throws {
    let workspace = try ClusterWorkspace(mode)
    defer { workspace.remove() }
    try workspace.write(ClusterWorkspace.busy(1.5), "src/busy.awi")
    let folder = workspace.root + "/runs/cut"
    let arguments = [
      "sweep", workspace.root + "/src/busy.awi", "--grid", "i=1,2,3,4", "--name", "cut",
      "--max-running", "1", "--local", "--jobs", "1",
    ]
    if mode == .slurm {
      let started = try workspace.awish(Array(arguments.dropLast(3)))
      XCTAssertEqual(started.status, 0, started.errors)
      let job = try XCTUnwrap(started.output.firstMatch(of: /submitted job (\d+)/)?.1)
      XCTAssertTrue(
        try ClusterWorkspace.eventually(90) {
          try workspace.awish(["sweep", "status", folder]).output.contains("COMPLETED")
        })
      let cancel = Process()
      cancel.executableURL = URL(fileURLWithPath: "/usr/bin/scancel")
      cancel.arguments = [String(job)]
      try cancel.run()
      cancel.waitUntilExit()
      XCTAssertTrue(
        try ClusterWorkspace.eventually(30) {
          let text = try workspace.awish(["sweep", "status", folder]).output
          return text.contains("cancelled") && !text.contains("RUNNING")
            && !text.contains("PENDING")
        })
    } else {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: try AwishBinary.path())
      process.arguments = arguments
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      XCTAssertTrue(
        ClusterWorkspace.eventually(60) { workspace.read("runs/cut/0/exit_status") != nil })
      process.terminate()
      process.waitUntilExit()
      // awish stops the task that runs (its own process group) and starts no more.
      XCTAssertEqual(process.terminationStatus, 1)
    }
    let status = try workspace.awish(["sweep", "status", folder]).output
    let unfinished = status.split(separator: "\n").filter {
      $0.contains("CANCELLED") || $0.contains("MISSING")
    }.count
    XCTAssertGreaterThan(unfinished, 0, status)
    XCTAssertLessThan(unfinished, 4, status)
    let resumed = try workspace.awish(
      ["sweep", "resume", folder, "--wait", "--wait-timeout", "120", "--jobs", "2"])
    XCTAssertEqual(resumed.status, 0, resumed.output + resumed.errors)
    XCTAssertTrue(
      resumed.output.contains("\(unfinished) task\(unfinished == 1 ? "" : "s") of cut"),
      resumed.output)
    let collected = try workspace.awish(["sweep", "collect", folder]).output
    XCTAssertEqual(collected.split(separator: "\n").filter { $0.contains(",COMPLETED,") }.count, 4)
  }
}
