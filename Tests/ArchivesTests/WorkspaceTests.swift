import Builtins
import Foundation
import Interpreter
import XCTest

/// `awish init`, workspace(), imports from the workspace root and the raw/ write rule.
final class WorkspaceTests: XCTestCase {
  typealias Support = ArchiveTestSupport

  func testInitTwiceAddsOnlyWhatIsMissing() throws {
    let folder = try Support.temporaryFolder("init") + "/project"
    let first = try Workspace.create(at: folder)
    XCTAssertEqual(
      first.created, ["raw/", "src/", "lib/", "model/", "data/", "awish.toml", ".gitignore"])
    let config = folder + "/awish.toml"
    try "[project]\nname = \"mine\"\n".write(toFile: config, atomically: true, encoding: .utf8)
    try FileManager.default.removeItem(atPath: folder + "/model")
    let second = try Workspace.create(at: folder)
    XCTAssertEqual(second.created, ["model/"])
    XCTAssertFalse(second.gitInitialized)
    XCTAssertEqual(
      try String(contentsOfFile: config, encoding: .utf8), "[project]\nname = \"mine\"\n")
    let third = try Workspace.create(at: folder)
    XCTAssertEqual(third.created, [])
  }

  func testInitRunsGitWhenGitExists() throws {
    let git = ["/usr/bin/git", "/usr/local/bin/git", "/bin/git"]
    guard git.contains(where: FileManager.default.isExecutableFile) else {
      throw XCTSkip("git is not installed; awish init then skips git init")
    }
    let folder = try Support.temporaryFolder("git")
    XCTAssertTrue(try Workspace.create(at: folder).gitInitialized)
    XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/.git"))
  }

  func testWorkspaceRecordFromASubfolder() throws {
    let root = try Support.workspace("record", settings: "\n[extra]\nlevels = [1, 2]\n")
    let value = Support.value(
      "w = workspace(\"\(root)/src\")\n[w.name == w.settings.project.name, w.raw, w.settings.extra.levels]"
    )
    XCTAssertEqual(value, "[true, \"\(root)/raw\", [1, 2]]")
  }

  func testNoWorkspaceIsNil() {
    XCTAssertEqual(Support.value("workspace(\"/proc/self\")"), "nil")
  }

  func testMalformedConfigNamesTheLine() throws {
    let root = try Support.temporaryFolder("bad")
    try "[project]\nname = oops\n".write(
      toFile: root + "/awish.toml", atomically: true, encoding: .utf8)
    XCTAssertTrue(
      Support.error("workspace(\"\(root)\")").message.hasSuffix(
        "awish.toml:2: cannot read the value of 'name'"))
  }

  func testImportFromLibWorksFromAnyFolder() throws {
    let root = try Support.workspace("import")
    try "fn double(x) = 2 * x\n".write(
      toFile: root + "/lib/util.awi", atomically: true, encoding: .utf8)
    let script = root + "/src/analysis/run.awi"
    try FileManager.default.createDirectory(
      atPath: root + "/src/analysis", withIntermediateDirectories: true)
    let code = "import \"lib/util.awi\"\ndouble(21)"
    try code.write(toFile: script, atomically: true, encoding: .utf8)
    let session = Session(builtins: [], output: { _ in })
    guard case .success(let value) = session.run(code, name: script, keepLastValue: true) else {
      return XCTFail("the import failed")
    }
    XCTAssertEqual(value?.repr, "42")
  }

  func testEveryWriterRefusesRaw() throws {
    let root = try Support.workspace("raw")
    for code in [
      "write_csv(frame(a=[1]), \"\(root)/raw/x.csv\")",
      "write_tsv(frame(a=[1]), \"\(root)/raw/sub/../y.tsv\")",
    ] {
      let error = Support.error(code)
      XCTAssertTrue(error.message.contains("is inside the read-only raw folder"), error.message)
      XCTAssertEqual(error.help, RawFolder.Refusal.help)
    }
    XCTAssertEqual(Support.value("write_csv(frame(a=[1]), \"\(root)/data/x.csv\")"), "nil")
    XCTAssertNil(RawFolder.containing(root + "/rawdata/x.csv"))
    XCTAssertEqual(RawFolder.containing(root + "/raw/pangaea/x.tab"), root + "/raw/")
  }

  func testTOMLSubset() throws {
    let entries = try TOML.parse(
      "top = 1\n# comment\n[a]\ns = \"x # not a comment\" # comment\nf = 2.5\nb = true\n"
        + "list = [\"p\", \"q\"]\n\"quoted key\" = 1_000\n")
    XCTAssertEqual(
      entries.map(\.value),
      [
        .int(1), .string("x # not a comment"), .float(2.5), .bool(true),
        .array([.string("p"), .string("q")]), .int(1000),
      ])
    XCTAssertEqual(entries.map(\.section), ["", "a", "a", "a", "a", "a"])
    XCTAssertEqual(entries.last?.key, "quoted key")
    XCTAssertThrowsError(try TOML.parse("[a]\nx = [1, 2\n"))
    XCTAssertThrowsError(try TOML.parse("just words\n"))
    // Deeply nested arrays are refused, not recursed into (a fuzz finding, kept in
    // Tests/Fuzz/crashers/toml): 64 levels read, 65 or 100,000 do not.
    let nested = { (depth: Int) in
      "x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    }
    XCTAssertNoThrow(try TOML.parse(nested(64)))
    XCTAssertThrowsError(try TOML.parse(nested(65)))
    XCTAssertThrowsError(try TOML.parse(nested(100_000)))
  }
}
