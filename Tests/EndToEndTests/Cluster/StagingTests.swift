import Foundation
import XCTest

/// fetch on a compute node never reaches the network: a script whose data is not staged
/// fails at once, naming `awish stage`; stage fetches on the login node, then submits.
final class StagingTests: XCTestCase {
  func testAnUnstagedFetchInASlurmJobFailsBeforeTheScriptRuns() throws {
    let workspace = try ClusterWorkspace(.local)
    defer { workspace.remove() }
    try workspace.write(
      "print(\"started\")\nd = fetch(\"https://127.0.0.1:9/never.csv\")\n", "src/get.awi")
    let started = Date()
    let result = try AwishBinary.run(
      ["run", workspace.root + "/src/get.awi"], environment: ["SLURM_JOB_ID": "4242"])
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.output, "", "the script ran before the check")
    XCTAssertTrue(
      result.errors.hasPrefix(
        "error: fetch cannot reach the network on a compute node (Slurm job 4242): "
          + "'https://127.0.0.1:9/never.csv' is not staged in raw/"), result.errors)
    XCTAssertTrue(result.errors.contains("help: run 'awish stage get.awi' on the login node"))
    XCTAssertLessThan(Date().timeIntervalSince(started), 10)
  }

  /// A URI computed at run time escapes the check before the run; the fetch itself then
  /// refuses with its own id.
  func testAComputedFetchInASlurmJobIsNotStaged() throws {
    let workspace = try ClusterWorkspace(.local)
    defer { workspace.remove() }
    try workspace.write(
      "host = \"https://127.0.0.1:9/\"\nd = fetch(host + \"never.csv\")\n", "src/get.awi")
    let result = try AwishBinary.run(
      ["run", workspace.root + "/src/get.awi"], environment: ["SLURM_JOB_ID": "4244"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.errors.hasPrefix("error[E0801]: fetch cannot reach the network on a compute node"),
      result.errors)
  }

  func testStageFetchesThenSubmitsAndTheJobReadsTheStagedCopy() throws {
    guard
      let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else { throw XCTSkip("python3 is not installed: it serves the file to stage") }
    let workspace = try ClusterWorkspace(.local)
    defer { workspace.remove() }
    let served = workspace.root + "-served"
    try FileManager.default.createDirectory(atPath: served, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: served) }
    try "a,b\n1,2\n3,4\n".write(toFile: served + "/d.csv", atomically: true, encoding: .utf8)
    let port = 18_000 + Int.random(in: 0..<2000)
    let server = Process()
    server.executableURL = URL(fileURLWithPath: python)
    server.arguments = ["-m", "http.server", String(port), "--bind", "127.0.0.1", "-d", served]
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer { server.terminate() }
    Thread.sleep(forTimeInterval: 1)
    try workspace.write(
      "d = fetch(\"http://127.0.0.1:\(port)/d.csv\")\nrecord(rows=nrow(d))\n", "src/get.awi")
    let staged = try workspace.awish(
      ["stage", workspace.root + "/src/get.awi", "--name", "staged", "--local"])
    XCTAssertEqual(staged.status, 0, staged.output + staged.errors)
    XCTAssertTrue(staged.output.hasPrefix("staged (line 1): fetch(\"http://127.0.0.1:"))
    XCTAssertTrue(staged.output.contains("result: {\"rows\":2}"), staged.output)
    server.terminate()
    // With the server gone, a job on a node still runs: its data is in raw/.
    let onNode = try AwishBinary.run(
      ["run", workspace.root + "/src/get.awi"], environment: ["SLURM_JOB_ID": "4243"])
    XCTAssertEqual(onNode.status, 0, onNode.errors)
    XCTAssertEqual(onNode.output, "record: rows=2\n")
  }
}
