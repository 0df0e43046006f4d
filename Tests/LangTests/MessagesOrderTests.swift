import Foundation
import XCTest

/// Lang/Messages.swift says it is alphabetical; this keeps it so.
final class MessagesOrderTests: XCTestCase {
  func testFrontEndMessagesAreAlphabetical() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let text = try String(
      contentsOf: root.appendingPathComponent("Sources/Lang/Messages.swift"), encoding: .utf8)
    let pattern = try NSRegularExpression(pattern: #"public static (?:let|func) (\w+)"#)
    let names = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
      .compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    XCTAssertGreaterThan(names.count, 20)
    let sorted = names.sorted { $0.lowercased() < $1.lowercased() }
    XCTAssertEqual(names, sorted, "Sources/Lang/Messages.swift is not in alphabetical order")
  }
}
