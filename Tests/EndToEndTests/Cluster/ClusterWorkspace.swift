import Foundation
import XCTest

/// A throw-away workspace for the cluster commands, run either on the real Slurm this
/// machine has (`.ci/run` starts one) or as local processes (`--local`).
struct ClusterWorkspace {
  enum Mode { case slurm, local }

  let root: String
  let mode: Mode

  /// A new workspace; on Slurm the test is skipped, saying why, when no Slurm answers.
  init(_ mode: Mode, file: StaticString = #filePath) throws {
    self.mode = mode
    if mode == .slurm { try ClusterWorkspace.requireSlurm() }
    root =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "awish-cluster-\(UUID().uuidString)"
      ).path
    let made = try AwishBinary.run(["init", root])
    XCTAssertEqual(made.status, 0, made.errors)
  }

  /// Skips unless sinfo shows an idle or mixed node within a few seconds.
  static func requireSlurm() throws {
    let sinfo = ["/usr/bin/sinfo", "/usr/local/bin/sinfo"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    guard let sinfo else {
      throw XCTSkip("no Slurm here (no sinfo): .ci/run starts a local one; the local mode runs")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sinfo)
    process.arguments = ["-h", "-o", "%T"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = Pipe()
    try process.run()
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      throw XCTSkip("Slurm does not answer (sinfo hangs): is SLURM_CONF set? .ci/run sets it")
    }
    let states = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    guard process.terminationStatus == 0,
      states.contains("idle") || states.contains("mix")
        || states.contains("alloc")
    else {
      throw XCTSkip("Slurm is not running here (sinfo: '\(states)'): .ci/run starts a local one")
    }
  }

  /// The options that pick the mode.
  var modeArguments: [String] { mode == .local ? ["--local", "--jobs", "2"] : [] }

  /// Writes `text` to `name` under the workspace.
  func write(_ text: String, _ name: String) throws {
    let path = root + "/" + name
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
  }

  func read(_ name: String) -> String? {
    try? String(contentsOfFile: root + "/" + name, encoding: .utf8)
  }

  /// awish with these arguments.
  func awish(_ arguments: [String]) throws -> AwishBinary.Result {
    try AwishBinary.run(arguments)
  }

  func remove() { try? FileManager.default.removeItem(atPath: root) }

  /// The training script of the sweep tests: the task with trees=300 and depth=5 fails
  /// while src/control.txt says so (a transient failure: not part of the task's hash).
  static let training = """
    control = read_text("control.txt")
    trees = params.trees
    depth = params.depth
    if trees == 300 and depth == 5 and starts_with(control, "fail") { exit(3) }
    record(accuracy=trees / 1000, leaves=trees * 2)
    """

  /// A task that keeps a CPU busy for `seconds`, then records its parameter.
  static func busy(_ seconds: Double) -> String {
    "t0 = time()\nwhile time() - t0 < \(seconds) { }\nrecord(i=params.i)\n"
  }

  /// Polls `condition` every 0.3 s for up to `seconds`.
  static func eventually(_ seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      usleep(300_000)
    }
    return try condition()
  }
}
