import Foundation
import XCTest

/// A 1,000-task sweep is one sbatch call with one job array (bench/cluster.py times it).
final class ClusterScaleTests: XCTestCase {
  func testAThousandTaskSweepIsOneSbatchCall() throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-scale-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: work) }
    let bin = work + "/bin"
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    // A stand-in for sbatch that notes its arguments and answers a job id.
    try "#!/bin/sh\necho \"$@\" >> \(work)/calls.txt\necho 4242\n".write(
      toFile: bin + "/sbatch", atomically: true, encoding: .utf8)
    chmod(bin + "/sbatch", 0o755)
    XCTAssertEqual(try AwishBinary.run(["init", work + "/ws"]).status, 0)
    try "x = params.trees\ny = params.depth\n".write(
      toFile: work + "/ws/src/t.awi", atomically: true, encoding: .utf8)
    let trees = (0..<200).map(String.init).joined(separator: ",")
    let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
    let sweep = try AwishBinary.run(
      [
        "sweep", work + "/ws/src/t.awi", "--grid", "trees=" + trees, "--grid", "depth=1,2,3,4,nil",
        "--name", "big", "--max-running", "20",
      ],
      environment: ["PATH": path])
    XCTAssertEqual(sweep.status, 0, sweep.errors)
    XCTAssertTrue(sweep.output.hasPrefix("submitted job 4242 (1000 tasks) as big"), sweep.output)
    let calls = try String(contentsOfFile: work + "/calls.txt", encoding: .utf8)
      .split(separator: "\n")
    XCTAssertEqual(calls, ["--parsable --array=0-999%20 \(work)/ws/runs/big/job.sh"])
    let folders = try FileManager.default.contentsOfDirectory(atPath: work + "/ws/runs/big")
    XCTAssertEqual(folders.filter { Int($0) != nil }.count, 1000)
    let last = try String(contentsOfFile: work + "/ws/runs/big/999/params.json", encoding: .utf8)
    XCTAssertEqual(
      last,
      "{\n  \"trees\": 199,\n  \"depth\": nil\n}".replacingOccurrences(of: "nil", with: "null"))
  }
}
