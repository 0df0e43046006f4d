import Builtins
import Foundation
import Interpreter
import XCTest

/// What a run records lives in its session's RunContext, so sessions that share a process (a
/// kernel's, the tests') keep separate provenance, and a reproduction in one session does
/// not stop a normal save in another.
final class RunContextTests: XCTestCase {
  private var root = ""

  override func setUpWithError() throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-run-\(UUID().uuidString)").path
    let session = Session(builtins: Builtins.all, output: { _ in })
    guard case .success = session.run("init_workspace(\"\(root)\")", name: "setup") else {
      return XCTFail("init_workspace failed")
    }
    try "x,y\n1,2\n3,4\n".write(toFile: root + "/data/a.csv", atomically: true, encoding: .utf8)
    try "x,y\n5,6\n7,8\n".write(toFile: root + "/data/b.csv", atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// A session whose code runs as if from a script in the workspace's src/ folder.
  private func session() -> Session {
    let session = Session(builtins: Builtins.all, output: { _ in })
    session.setValue(.record(RecordObject([])), for: "params")
    return session
  }

  private func run(
    _ session: Session, _ code: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    switch session.run(code, name: root + "/src/test.awi") {
    case .success: break
    case .rejected(let diagnostics):
      XCTFail("\(diagnostics.map(\.message))", file: file, line: line)
    case .failed(let error): XCTFail(error.message, file: file, line: line)
    }
  }

  func testTwoSessionsKeepSeparateProvenance() throws {
    let first = session()
    let second = session()
    run(first, "a = read_csv(\"\(root)/data/a.csv\")")
    run(second, "b = read_csv(\"\(root)/data/b.csv\")\nwrite_csv(b, \"\(root)/data/c.csv\")")
    run(first, "a2 = read_csv(\"\(root)/data/a.csv\")")
    XCTAssertEqual(first.run.files.map(\.path), [root + "/data/a.csv"])
    XCTAssertEqual(first.run.files.map(\.access), [.read])
    XCTAssertEqual(
      second.run.files.map { "\($0.access.rawValue) \($0.path)" },
      ["read \(root)/data/b.csv", "written \(root)/data/c.csv"])
  }

  func testAReproductionBesideANormalSave() throws {
    let training = """
      d = read_csv("\(root)/data/a.csv")
      m = fit(knn(k=1), d, target="y")
      saved = save_model(m, "pair", workspace="\(root)")
      """
    let normal = session()
    run(normal, training)
    let weights = try XCTUnwrap(
      FileManager.default.contents(atPath: root + "/model/pair/v1/weights.safetensors"))
    let reproducing = session()
    reproducing.run.reproduction = RunContext.Reproduction(
      name: "pair", version: 1, weights: weights)
    run(reproducing, training)
    // The other session still saves (another model: the same one would return v1): a
    // reproduction is armed only in its own run.
    run(normal, training.replacingOccurrences(of: "a.csv", with: "b.csv"))
    XCTAssertEqual(reproducing.run.reproduction?.identical, true)
    XCTAssertEqual(reproducing.run.modelsSaved, [])
    XCTAssertEqual(normal.run.modelsSaved, ["pair@v1", "pair@v2"])
    let versions = try FileManager.default.contentsOfDirectory(atPath: root + "/model/pair")
      .filter { $0.hasPrefix("v") }.sorted()
    XCTAssertEqual(versions, ["v1", "v2"])
  }
}
