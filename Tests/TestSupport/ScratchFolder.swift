import Foundation

/// A folder of its own for the files one test run writes, so two runs side by side never share
/// a file. Documentation examples (builtin examples, error examples) write below /tmp/ so a
/// reader can paste them; the tests that run them point that prefix here.
public struct ScratchFolder {
  public let path: String

  /// Makes a new folder below the system's temporary folder, named for `label`.
  public init(_ label: String) {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-\(label)-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// `code` with every path below /tmp/ moved into this folder (`"/tmp/a.csv"` becomes
  /// `"<folder>/a.csv"`), names kept.
  public func redirecting(_ code: String) -> String {
    code.replacingOccurrences(of: "/tmp/", with: path + "/")
  }

  /// Removes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
