import Builtins
import Interpreter
import XCTest

@testable import awish

/// Tab completion as a pure function of the line, the cursor and the session's names.
final class CompletionTests: XCTestCase {
  private func completion() -> Completion {
    let session = Session(builtins: Builtins.all, output: { _ in })
    session.setValue(.int(1), for: "total")
    session.setValue(.int(2), for: "temperature")
    session.setValue(
      .record(RecordObject([("depth", .int(10)), ("density", .float(1.02)), ("odd key", .null)])),
      for: "cast")
    session.setValue(.null, for: "_")
    _ = session.run("ctd = frame(depth=[1], temperature=[2.0], station=\"A\")", name: "setup")
    _ = session.run("g = group_by(ctd, \"station\")", name: "setup")
    return Completion(session: session)
  }

  private func candidates(_ line: String, cursor: Int? = nil) -> [String] {
    completion().candidates(line: line, cursor: cursor ?? line.count)
  }

  func testKeywordsBuiltinsAndVariables() {
    XCTAssertEqual(candidates("tot"), ["total"])
    XCTAssertEqual(candidates("pri"), ["print"])
    XCTAssertEqual(candidates("whi"), ["while"])
    XCTAssertEqual(candidates("x = temp"), ["temperature"])
    XCTAssertEqual(candidates("x = te"), ["temperature", "tensor"])
  }

  func testVariablesComeBeforeBuiltinsAndKeywords() {
    let found = candidates("f")
    XCTAssertTrue(found.contains("fn"))
    XCTAssertTrue(found.contains("false"))
    XCTAssertLessThan(found.firstIndex(of: "filter") ?? 99, found.firstIndex(of: "fn") ?? -1)
  }

  func testEmptyWordOutsideACallOffersNothing() {
    XCTAssertEqual(candidates(""), [])
    XCTAssertEqual(candidates("x + "), [])
  }

  func testRecordKeysAfterDot() {
    XCTAssertEqual(candidates("cast.de"), ["depth", "density"])
    XCTAssertEqual(candidates("cast.dep"), ["depth"])
    XCTAssertEqual(candidates("print(cast."), ["depth", "density"])
  }

  func testNoKeysForNonRecordsOrChains() {
    XCTAssertEqual(candidates("total.d"), [])
    XCTAssertEqual(candidates("a.cast.d"), [])
    XCTAssertEqual(candidates("3.d"), [])
    XCTAssertEqual(candidates("missing.d"), [])
  }

  func testFrameColumnsAfterDot() {
    XCTAssertEqual(candidates("ctd.te"), ["temperature"])
    XCTAssertEqual(candidates("mean(ctd.d"), ["depth"])
  }

  func testNamedParametersInsideABuiltinCall() {
    XCTAssertEqual(candidates("print(total, sep"), ["sep="])
    XCTAssertEqual(candidates("print(total, se").first, "sep=")
    XCTAssertTrue(candidates("print(total, se").contains("select"))
    XCTAssertTrue(candidates("print(total, ").contains("sep="))
    XCTAssertTrue(candidates("print(total, ").allSatisfy { $0.hasSuffix("=") })
    XCTAssertEqual(candidates("print(len(total), sep"), ["sep="])
  }

  func testParametersOnlyForTheInnermostOpenCall() {
    XCTAssertFalse(candidates("print(len(").contains("sep="))
    XCTAssertFalse(candidates("print([").contains("sep="))
    XCTAssertFalse(candidates("print(\"(\", x) + len(").contains("sep="))
  }

  func testCursorInTheMiddleOfTheLine() {
    XCTAssertEqual(candidates("tot + 1", cursor: 3), ["total"])
  }

  func testMagicNames() {
    XCTAssertEqual(candidates("%ti"), ["time", "timeit"])
    XCTAssertEqual(candidates("%wh"), ["who", "whos"])
  }

  func testHiddenNamesAreLeftOut() {
    XCTAssertFalse(candidates("_").contains("_"))
  }

  /// Inside a string: the columns of the frame being indexed or worked on.
  func testColumnNamesInsideStrings() {
    XCTAssertEqual(candidates("ctd[\"st"), ["station"])
    XCTAssertEqual(candidates("group_by(ctd, \"st"), ["station"])
    XCTAssertEqual(candidates("ctd |> group_by(\"te"), ["temperature"])
    XCTAssertEqual(candidates("x = \"te"), [])
  }

  /// A single candidate that completes a string closes it, as IPython does: the quote, and
  /// the bracket of `df["…`; a folder leaves the path open, and a quote already there is kept.
  func testACompletedStringIsClosed() {
    let completion = completion()
    XCTAssertEqual(completion.closing(line: "ctd[\"st", cursor: 7, candidate: "station"), "\"]")
    XCTAssertEqual(completion.closing(line: "ctd[ 'st", cursor: 8, candidate: "station"), "']")
    XCTAssertEqual(
      completion.closing(line: "group_by(ctd, \"st", cursor: 17, candidate: "station"), "\"")
    XCTAssertEqual(
      completion.closing(line: "read_csv(\"da", cursor: 12, candidate: "data/"), "")
    XCTAssertEqual(
      completion.closing(line: "read_csv(\"da\")", cursor: 12, candidate: "data.csv"), "")
    XCTAssertEqual(completion.closing(line: "tot", cursor: 3, candidate: "total"), "")
  }

  /// `.name` in a pipe or after a frame argument completes that frame's columns.
  func testDotColumnsInPipesAndCalls() {
    XCTAssertEqual(candidates("ctd |> where(.de"), ["depth"])
    XCTAssertEqual(candidates("y = ctd |> where(.depth > 1) |> mutate(t=.te"), ["temperature"])
    XCTAssertEqual(candidates("where(ctd, .st"), ["station"])
    XCTAssertEqual(candidates("where(.st"), [])
  }

  /// The declared kinds: a string argument of a builtin completes the columns of the frame
  /// bound to its frame parameter (wherever it stands) or a choice parameter's options.
  func testStringsFollowTheDeclaredKinds() {
    XCTAssertEqual(candidates("fit(logistic(), ctd, target=\"te"), ["temperature"])
    XCTAssertEqual(candidates("fit(logistic(), frame=ctd, target=\"st"), ["station"])
    XCTAssertEqual(candidates("drop_na(ctd, how=\"a"), ["any", "all"])
    XCTAssertEqual(candidates("ctd |> drop_na(how=\""), ["any", "all"])
    XCTAssertEqual(candidates("x = fit(logistic(), [1], target=\"te"), [])
  }

  /// `.name` inside an inner call reads the frame of the nearest call that has one first.
  func testDotColumnsThroughInnerCalls() {
    XCTAssertEqual(candidates("summarize(g, m=mean(.te"), ["temperature"])
    XCTAssertEqual(candidates("where(ctd, is_na(.de"), ["depth"])
  }

  /// In a call that reads or writes files, a string completes file and folder names, the
  /// last path component at a time.
  func testPathsInFileArguments() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("awish-complete-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: folder + "/data", withIntermediateDirectories: true)
    try "a\n".write(toFile: folder + "/data/casts.csv", atomically: true, encoding: .utf8)
    try "a\n".write(toFile: folder + "/data/.hidden", atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    XCTAssertEqual(candidates("read_csv(\"\(folder)/da"), ["data/"])
    XCTAssertEqual(candidates("d = read_csv(\"\(folder)/data/"), ["casts.csv"])
    XCTAssertEqual(candidates("write_csv(d, \"\(folder)/data/c"), ["casts.csv"])
    XCTAssertEqual(candidates("read_csv(\"\(folder)/data/.h"), [".hidden"])
  }

  func testCommonPrefixForLibedit() {
    XCTAssertEqual(LibeditCompletion.commonPrefix(["time", "timeit"]), "time")
    XCTAssertEqual(LibeditCompletion.commonPrefix(["depth", "density"]), "de")
  }
}
