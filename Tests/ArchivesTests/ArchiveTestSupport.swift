import Builtins
import Foundation
import Interpreter
import Lang
import TestSupport
import XCTest

/// Shared helpers: fixture paths, throwaway workspaces, and running awi code in a session.
enum ArchiveTestSupport {
  /// A file made for these tests (`made_*`, the malicious zip), shipped in Fixtures/.
  static func fixture(_ path: String) throws -> String {
    try XCTUnwrap(Bundle.module.url(forResource: "Fixtures/" + path, withExtension: nil)).path
  }

  /// A real archive sample, read in place from ../shared/fixtures (skips when absent).
  static func real(_ path: String) throws -> String {
    try SharedFixtures.path(path)
  }

  /// A new empty folder under the temporary directory.
  static func temporaryFolder(_ name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  /// A workspace made by `Workspace.create`, with awish.toml changed by `replacing` and
  /// `settings` added, a 5 s timeout and one retry.
  static func workspace(
    _ name: String, settings: String = "", replacing: [(String, String)] = []
  ) throws -> String {
    let folder = try temporaryFolder(name)
    _ = try Workspace.create(at: folder)
    let config = folder + "/awish.toml"
    var text = try String(contentsOfFile: config, encoding: .utf8)
    text = text.replacingOccurrences(of: "timeout = 60", with: "timeout = 5")
    text = text.replacingOccurrences(of: "retries = 3", with: "retries = 1")
    for (old, new) in replacing { text = text.replacingOccurrences(of: old, with: new) }
    text += settings
    try text.write(toFile: config, atomically: true, encoding: .utf8)
    return folder
  }

  /// What running `code` gave: the value's repr, or the error message and help.
  enum Result: Equatable {
    case value(String)
    case error(String, help: String?)
  }

  static func run(
    _ code: String, name: String = "test", output: @escaping (String) -> Void = { _ in }
  )
    -> Result
  {
    let session = Session(builtins: Builtins.all, output: output)
    switch session.run(code, name: name, keepLastValue: true) {
    case .success(let value): return .value(value?.repr ?? "nil")
    case .rejected(let diagnostics):
      return .error(diagnostics.map(\.message).joined(separator: "\n"), help: nil)
    case .failed(let error): return .error(error.diagnostic.message, help: error.diagnostic.help)
    }
  }

  /// The id of the error running `code` gives (`E0553`); nil when it succeeds.
  static func errorId(_ code: String) -> String? {
    let session = Session(builtins: Builtins.all, output: { _ in })
    switch session.run(code, name: "test", keepLastValue: true) {
    case .success: return nil
    case .rejected(let diagnostics): return diagnostics.first?.code?.id
    case .failed(let error): return error.diagnostic.code?.id
    }
  }

  /// The value's repr, failing the test on an error.
  static func value(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    switch run(code) {
    case .value(let text): return text
    case .error(let message, _):
      XCTFail("error: \(message)", file: file, line: line)
      return ""
    }
  }

  /// The error message, failing the test when the code succeeds.
  static func error(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> (
    message: String, help: String?
  ) {
    switch run(code) {
    case .value(let text):
      XCTFail("expected an error, got \(text)", file: file, line: line)
      return ("", nil)
    case .error(let message, let help): return (message, help)
    }
  }
}
