import Foundation
import TestSupport
import XCTest

/// The awish executable's texts live in Sources/awish/AwishMessages.swift: no error, help,
/// usage line or kernel log line in Sources/awish spells out its words inline, and the catalog
/// stays alphabetical. Option docs of ArgumentParser (`help: "Run this code…"`, capitalised)
/// and printed results (`print("created …")`) are not messages and stay where they are.
final class AwishMessagesTests: XCTestCase {
  let root = InlineMessageScan.packageRoot(#filePath)

  func testTextsOfTheExecutableComeFromItsCatalog() throws {
    let scope = InlineMessageScan.Scope(
      folder: "Sources/awish", skipping: ["AwishMessages.swift"],
      extraCalls: ["Problem", "Failure", "KernelLog.write"], deepCalls: ["failure"],
      allowed: [
        InlineMessageScan.Allowance(
          file: "Kernel/KernelLog.swift", text: "[awish kernel] \\(text)\\n",
          reason: "the prefix that marks the kernel's lines in the server's log, not a message")
      ])
    try InlineMessageScan.assertCatalogued(
      scope, catalog: "Sources/awish/AwishMessages.swift", root: root, minimumFiles: 50)
  }

  /// The awish-specific calls are found: a kernel failure's reason, however deep, and a
  /// kernel log line, a word written to standard error; a capitalised option doc and an
  /// `error: ` prefix before an interpolation are not messages.
  func testScanFindsTheExecutablesTexts() {
    let source = """
      return .failure(.malformed("no delimiter"))
      return .failure(.cannotListen(place, "the port is taken"))
      KernelLog.write("ignored a message")
      @Option(help: "Run this code and exit.") var code: String?
      @Option(help: "run this code") var other: String?
      print("created \\(path)")
      writeStandardError("usage\\n")
      writeStandardError("error: \\(error.message)\\n")
      """
    let found = InlineMessageScan.findings(
      inSource: source, file: "f", extraCalls: ["KernelLog.write"], deepCalls: ["failure"])
    XCTAssertEqual(
      found.map(\.line), [1, 2, 3, 5, 7], found.map(\.description).joined(separator: "\n"))
  }
}
