import Foundation
import XCTest

@testable import Builtins

/// The model repository's files: versions, aliases, references, atomic saves and git records.
final class ModelStoreTests: XCTestCase {
  private var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-models-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  private func store() -> ModelStore { ModelStore(root: folder.appendingPathComponent("model")) }

  func testVersionsCountUpAndReferencesResolve() throws {
    let store = store()
    XCTAssertEqual(try store.save("penguins", files: [("model.json", Data("{}".utf8))]), 1)
    XCTAssertEqual(try store.save("penguins", files: [("model.json", Data("{}".utf8))]), 2)
    XCTAssertEqual(store.versions(of: "penguins"), [1, 2])
    XCTAssertEqual(store.names, ["penguins"])
    XCTAssertEqual(try store.resolve("penguins").version, 2)
    XCTAssertEqual(try store.resolve("penguins@v1").version, 1)
    try store.setAlias("penguins", "production", version: 1)
    try store.setAlias("penguins", "candidate", version: 2)
    try store.setAlias("penguins", "production", version: 2)
    XCTAssertEqual(try store.resolve("penguins@production").version, 2)
    XCTAssertEqual(store.aliases(of: "penguins").map(\.alias), ["candidate", "production"])
    for (reference, message) in [
      ("penguins@v9", "has no version v9"), ("penguins@prod", "has no alias 'prod'"),
      ("whales", "there is no model 'whales'"), ("../etc", "is not a model name"),
    ] {
      XCTAssertThrowsError(try store.resolve(reference)) { error in
        XCTAssertTrue(
          "\((error as? ModelStore.Problem)?.message ?? "")".contains(message), reference)
      }
    }
    XCTAssertThrowsError(try store.setAlias("penguins", "v3", version: 1))
  }

  /// A save that died midway leaves a hidden temporary folder: never a version, and the next
  /// save still gets the next number.
  func testInterruptedSavesLeaveNoVersion() throws {
    let store = store()
    XCTAssertEqual(try store.save("m", files: [("a", Data())]), 1)
    let leftover = store.folder("m").appendingPathComponent(".saving-999-1")
    try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
    try Data("half".utf8).write(to: leftover.appendingPathComponent("weights.safetensors"))
    XCTAssertEqual(store.versions(of: "m"), [1])
    XCTAssertEqual(try store.save("m", files: [("a", Data())]), 2)
    XCTAssertEqual(try store.resolve("m").version, 2)
  }

  func testSavesAndAliasesAreCommittedAndTagged() throws {
    guard GitRecord.run(["--version"], in: folder.path) != nil else {
      throw XCTSkip("git is not installed; the model repository's git records are not checked")
    }
    XCTAssertNotNil(GitRecord.run(["init", "--quiet"], in: folder.path))
    try Data("notes\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let store = store()
    let version = try store.save("penguins", files: [("model.json", Data("{}\n".utf8))])
    XCTAssertEqual(
      ModelGit.recordSave(store, name: "penguins", version: version), "model/penguins/v1")
    try store.setAlias("penguins", "production", version: 1)
    XCTAssertEqual(
      ModelGit.recordAlias(store, name: "penguins", alias: "production", version: 1),
      "model/penguins/production")
    let files = GitRecord.run(
      ["show", "--name-only", "--format=", "refs/tags/model/penguins/v1"], in: folder.path)
    XCTAssertEqual(files, "model/penguins/v1/model.json", "only the model's files are committed")
    XCTAssertEqual(
      GitRecord.run(["status", "--porcelain", "--", "notes.txt"], in: folder.path), "?? notes.txt")
    let log = GitRecord.run(["log", "--format=%s"], in: folder.path) ?? ""
    XCTAssertEqual(log, "model penguins: production is v1\nmodel penguins v1")
    XCTAssertEqual(
      GitRecord.run(["cat-file", "-t", "refs/tags/model/penguins/production"], in: folder.path),
      "tag")
  }
}
