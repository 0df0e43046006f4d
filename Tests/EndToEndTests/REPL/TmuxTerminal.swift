import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A program running in a pseudo-terminal of a private tmux server: keys go in with
/// `send-keys`, the screen comes back with `capture-pane`.
///
/// tmux is started with posix_spawn and waitpid, not Foundation's `Process`: the server that
/// `new-session` forks keeps descriptors `Process` watches to see its child end, so waiting
/// on the tmux client would never return.
final class TmuxTerminal {
  private let tmux: String
  private let socket = "awish-test-\(UUID().uuidString.prefix(8))"
  private let folder: String

  /// Starts `command` in a 100×40 terminal; skips the test, saying so, without tmux.
  init(command: [String]) throws {
    guard let tmux = TmuxTerminal.findTmux() else {
      throw XCTSkip("tmux is not installed: the terminal test of the REPL did not run")
    }
    self.tmux = tmux
    folder =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-tmux-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let started = try run(
      ["-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "40"]
        + command)
    guard started.status == 0 else {
      throw XCTSkip("tmux could not start a session (status \(started.status))")
    }
  }

  deinit {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(atPath: folder)
  }

  private static func findTmux() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    return folders.map { $0 + "/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs tmux on the private server; its exit status and standard output.
  private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let outputPath = folder + "/output"
    #if canImport(Glibc)
      var actions = posix_spawn_file_actions_t()
    #else
      var actions: posix_spawn_file_actions_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, tmux, &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return ((status >> 8) & 0xff, output)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    _ = try run(["send-keys", "-t", "0", "-l", text])
  }

  /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`, `C-d`.
  func press(_ keys: String...) throws {
    _ = try run(["send-keys", "-t", "0"] + keys)
  }

  /// The screen and what scrolled off it, trailing blank lines removed; with `escapes`, the
  /// colours as the escape codes that set them.
  func screen(escapes: Bool = false) throws -> String {
    try run(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-S", "-500", "-t", "0"]).output
      .replacing(/\n+$/, with: "\n")
  }

  /// True while the program runs: its session ends when it exits.
  var isRunning: Bool {
    (try? run(["has-session"]).status) == 0
  }

  /// Waits until the screen satisfies `condition` (up to `timeout` seconds); the last screen.
  @discardableResult
  func waitFor(timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var text = try screen()
    while !condition(text), Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
      text = try screen()
    }
    return text
  }

  /// Waits until the screen contains `text`, and fails the test if it never does.
  @discardableResult
  func expect(
    _ text: String, timeout: Double = 10, file: StaticString = #filePath,
    line: UInt = #line
  ) throws -> String {
    let found = try waitFor(timeout: timeout) { $0.contains(text) }
    XCTAssertTrue(found.contains(text), "screen lacks '\(text)':\n\(found)", file: file, line: line)
    return found
  }
}
