import Foundation
import XCTest

/// The real O2A answer, read in place from shared/fixtures/o2a beside the checkout (it is
/// never copied into the repository); tests that need it skip, naming the folder, without it.
enum O2AFixture {
  /// `../shared/fixtures/o2a` from the package root.
  static var folder: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("../shared/fixtures/o2a")
      .standardizedFileURL.path
  }

  /// The path of `name` in the folder; skips the test when it is not there.
  static func path(_ name: String) throws -> String {
    let path = folder + "/" + name
    guard FileManager.default.fileExists(atPath: path) else {
      throw XCTSkip("\(folder) is missing: the real O2A answer \(name) is not here to read")
    }
    return path
  }
}
