import Foundation
import XCTest

/// The real sample files (PANGAEA, EcoTaxa, O2A, recordings, NetCDF) live beside the checkout
/// in `../shared/fixtures`, with their provenance and licences; the repository never carries
/// copies. Tests read them in place and skip, naming the missing folder, when a clone has no
/// `../shared` beside it. `AWISH_FIXTURES` points elsewhere when set.
public enum SharedFixtures {
  /// The fixtures folder: `$AWISH_FIXTURES`, or `../shared/fixtures` from the package root.
  public static var folder: URL {
    if let override = ProcessInfo.processInfo.environment["AWISH_FIXTURES"], !override.isEmpty {
      return URL(fileURLWithPath: override, isDirectory: true)
    }
    // This file is Tests/TestSupport/SharedFixtures.swift: three levels below the root.
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
      .standardizedFileURL
  }

  /// The path of `relative` inside the fixtures folder; skips the test with a message naming
  /// the folder (or the file) when it is not there.
  public static func path(_ relative: String) throws -> String {
    let folder = folder
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      throw XCTSkip(
        "the real sample files are not here: no folder \(folder.path) (clone beside ../shared, "
          + "or set AWISH_FIXTURES); \(relative) is skipped")
    }
    let file = folder.appendingPathComponent(relative).path
    guard FileManager.default.fileExists(atPath: file) else {
      throw XCTSkip("\(relative) is not in \(folder.path); the test that reads it is skipped")
    }
    return file
  }
}
