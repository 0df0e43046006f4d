import Foundation
import XCTest

/// The built `awish` executable, which sits beside the test bundle in the build folder, and
/// a way to run it with piped standard input.
enum AwishBinary {
  private final class Marker {}

  /// The executable's path; the test is skipped, saying why, when it is not built.
  static func path() throws -> String {
    #if os(Linux)
      let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    #else
      let runner = Bundle(for: Marker.self).bundleURL
    #endif
    let path = runner.deletingLastPathComponent().appendingPathComponent("awish").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw XCTSkip("the awish executable is not built at '\(path)'; run 'swift build' first")
    }
    return path
  }

  /// What one run printed and its exit status.
  struct Result {
    let output: String
    let errors: String
    let status: Int32
  }

  /// Runs awish with `arguments` and `input` on a pipe as standard input.
  static func run(
    _ arguments: [String] = [], input: String = "", environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try path())
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      output: String(decoding: output, as: UTF8.self),
      errors: String(decoding: errors, as: UTF8.self),
      status: process.terminationStatus)
  }
}
