import Foundation
import XCTest

/// The command line's exit statuses: 0 success, 1 error in the code, 2 wrong usage, 130 for
/// Ctrl-C; and each wrong usage says what is wrong.
final class CommandLineTests: XCTestCase {
  func testCodeStartingWithADash() throws {
    let result = try AwishBinary.run(["-e", "-1"])
    XCTAssertEqual(result.status, 0, result.errors)
    XCTAssertEqual(result.output, "-1\n")
  }

  func testHelpForAnUnknownCommand() throws {
    let result = try AwishBinary.run(["help", "nope"])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.errors.hasPrefix("error: there is no command 'nope'"), result.errors)
    XCTAssertEqual(try AwishBinary.run(["help", "run"]).status, 0)
  }

  func testVersionWithCode() throws {
    let result = try AwishBinary.run(["-e", "1", "--version"])
    XCTAssertEqual(result.status, 2)
    XCTAssertEqual(result.errors, "error: -e runs code; give --version or --help without it\n")
  }

  /// A write that fails names the path and the reason in awish's words, not Foundation's.
  func testFailedWritesNameThePath() throws {
    let install = try AwishBinary.run(["kernel", "install", "--prefix", "/proc/awish-nope"])
    XCTAssertEqual(install.status, 1)
    XCTAssertEqual(
      install.errors,
      "error: cannot install the kernelspec: cannot write "
        + "'/proc/awish-nope/share/jupyter/kernels/awish': its folder does not exist\n")
  }

  func testExitCodeOutOfRange() throws {
    let result = try AwishBinary.run(["-e", "exit(256)"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.errors.contains("must be an int from 0 to 255, got 256"), result.errors)
    XCTAssertEqual(try AwishBinary.run(["-e", "exit(255)"]).status, 255)
  }

  func testCtrlCStopsARunWith130() throws {
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-loop-\(UUID().uuidString).awi").path
    try "i = 0\nwhile true { i += 1 }\n".write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try AwishBinary.path())
    process.arguments = ["run", script]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: 1.5)
    kill(process.processIdentifier, SIGINT)
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 130)
    XCTAssertTrue(text.hasPrefix("error[E0324]: interrupted"), text)
  }

  func testMaxMemoryRefusesLargeAllocations() throws {
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-memory-\(UUID().uuidString).awi").path
    try "x = [1] * 100000000\n".write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let result = try AwishBinary.run(["run", "--max-memory", "1G", script])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.errors.hasPrefix("error[E0323]: the result of '*' would need 2.2 GiB of memory, but "),
      result.errors)
    XCTAssertEqual(try AwishBinary.run(["run", "--max-memory", "lots", script]).status, 2)
  }

  /// Under `ulimit -v` (as under a job's memory limit) an allocation that the system's free
  /// memory would allow but the limit would not is refused, not a failed allocation's trap.
  func testAddressSpaceLimitRefusesLargeAllocations() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "ulimit -v 3000000 && exec \"$0\" -e 'x = [1] * 200000000'", try AwishBinary.path(),
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 1, text)
    XCTAssertTrue(
      text.hasPrefix("error[E0323]: the result of '*' would need 4.5 GiB of memory, but "), text)
  }

  func testMaxMemoryRefusesALargeTensorAsOutOfMemory() throws {
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-tensor-memory-\(UUID().uuidString).awi").path
    try "x = zeros(10000, 10000)\n".write(toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let result = try AwishBinary.run(["run", "--max-memory", "256M", script])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.errors.hasPrefix(
        "error[E0323]: a tensor of shape [10000, 10000] would need 0.7 GiB of memory, but 0.2 "
          + "GiB is available\n --> \(script):1:5\n"),
      result.errors)
  }

  func testTimeoutStopsARunWithALocatedMessage() throws {
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-timeout-\(UUID().uuidString).awi").path
    try "i = 0\nwhile true {\n  i += 1\n}\n".write(
      toFile: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: script) }
    let result = try AwishBinary.run(["run", "--timeout", "1s", script])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(
      result.errors.hasPrefix("error[E0325]: the run passed its time limit of 1s\n --> \(script):"),
      result.errors)
    XCTAssertEqual(try AwishBinary.run(["run", "--timeout", "soon", script]).status, 2)
  }
}
