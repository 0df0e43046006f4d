import Builtins
import Interpreter
import Tensor
import XCTest

/// Compile-time recognition of grouped shortcuts: `name(.column, literals…)` on a grouped
/// value goes to the builtin's shortcut, once for all groups; anything else is evaluated
/// once per group as before, and so is a case the shortcut declines.
final class GroupedShortcutTests: XCTestCase {
  /// Calls seen by the probe's shortcut, and how often the groups were asked for one by one.
  final class Log: @unchecked Sendable {
    var shortcutArguments: [[String: String]] = []
    var groupFramesRead = 0
  }

  /// Two groups of rows over a frame with one column `x` = [10, 20, 30].
  final class FakeGroups: ObjectValue {
    let log: Log
    let frame: Frame
    init(log: Log) throws {
      self.log = log
      frame = try Frame(columns: [Column(name: "x", storage: .int([10, 20, 30]))])
    }
    var typeName: String { "fake groups" }
    var shortDescription: String { typeName }
    func display(width: Int) -> String { typeName }
    var groupedColumns: (frame: Frame, groups: GroupIndex)? {
      (frame, GroupIndex([[0, 2], [1]]))
    }
    var groupFrames: [any ObjectValue]? {
      log.groupFramesRead += 1
      return [Group(frame, [0, 2]), Group(frame, [1])]
    }
  }

  /// One group as the context of `.x`.
  final class Group: ObjectValue {
    let column: Column
    init(_ frame: Frame, _ rows: [Int]) { column = frame.columns[0].gathering(rows) }
    var typeName: String { "group" }
    var shortDescription: String { typeName }
    func display(width: Int) -> String { typeName }
    var providesColumns: Bool { true }
    func member(_ name: String) throws(RuntimeError) -> Value? {
      guard name == "x", case .int(let values) = column.storage else { return nil }
      return .list(ListObject(values.map(Value.int)))
    }
  }

  func session(_ log: Log) throws -> (Session, () -> String) {
    var output = ""
    // probe(values, q=0, flag=false): the shortcut gives 100 + q for each group and declines
    // when flag is true; the body gives the sum of the group's values + q.
    let probe = Builtin(
      "probe", area: Area("test", title: "Test", errorCode: .builtinArgument), summary: "A probe.",
      parameters: [
        Parameter("values", .any(because: "a probe takes anything"), "Values."),
        Parameter("q", .any(because: "a probe takes anything"), "A number.", default: .int(0)),
        Parameter("flag", .bool, "Declines.", default: .bool(false)),
      ],
      returns: .int,
      grouped: { source, arguments in
        log.shortcutArguments.append(arguments.mapValues(\.repr))
        if case .bool(true)? = arguments["flag"] { return nil }
        guard case .int(let q)? = arguments["q"] ?? .int(0) else { return nil }
        return (0..<source.groups.count).map { _ in .int(100 + q + source.column.count) }
      }
    ) { args in
      guard case .list(let list) = args.value("values"), case .int(let q) = args.value("q")
      else { return .null }
      return .int(
        list.items.reduce(q) { total, item in
          if case .int(let value) = item { return total + value }
          return total
        })
    }
    let take = Builtin(
      "take", area: Area("test", title: "Test", errorCode: .builtinArgument),
      summary: "Per-group values as lists.",
      parameters: [
        Parameter("grouped", .any(because: "the test's fake groups"), "Groups."),
        Parameter("values", .record, "Values.", keywords: true),
      ],
      returns: .list
    ) { args in
      guard case .record(let record) = args.value("values") else { return .null }
      return .list(
        ListObject(
          record.values.map { value in
            guard case .object(let groups as PerGroup) = value else { return value }
            return .list(ListObject(groups.values))
          }))
    }
    let session = Session(builtins: Builtins.all + [probe, take], output: { output += $0 })
    session.setValue(.object(try FakeGroups(log: log)), for: "g")
    return (session, { output })
  }

  func testLiteralArgumentsGoToTheShortcut() throws {
    let log = Log()
    let (session, output) = try session(log)
    _ = session.run("print(take(g, a=probe(.x), b=probe(.x, -2), c=probe(.x, q=5)))", name: "t")
    XCTAssertEqual(output(), "[[103, 103], [101, 101], [108, 108]]\n")
    XCTAssertEqual(log.shortcutArguments, [[:], ["q": "-2"], ["q": "5"]])
    XCTAssertEqual(log.groupFramesRead, 0)
  }

  func testOtherArgumentsAreEvaluatedPerGroup() throws {
    let log = Log()
    let (session, output) = try session(log)
    _ = session.run("q = 1\nprint(take(g, a=probe(.x, q), b=probe(.x) + 0))", name: "t")
    XCTAssertEqual(output(), "[[41, 21], [40, 20]]\n")
    XCTAssertEqual(log.shortcutArguments, [])
    XCTAssertEqual(log.groupFramesRead, 1)
  }

  func testDeclinedShortcutFallsBackToThePerGroupCall() throws {
    let log = Log()
    let (session, output) = try session(log)
    _ = session.run("print(take(g, a=probe(.x, flag=true), b=probe(.x, 1)))", name: "t")
    XCTAssertEqual(output(), "[[40, 20], [104, 104]]\n")
    XCTAssertEqual(log.shortcutArguments, [["flag": "true"], ["q": "1"]])
    XCTAssertEqual(log.groupFramesRead, 1)
  }

  func testShadowedBuiltinIsNotAShortcut() throws {
    let log = Log()
    let (session, output) = try session(log)
    _ = session.run("fn probe(v) = 7\nprint(take(g, a=probe(.x)))", name: "t")
    XCTAssertEqual(output(), "[[7, 7]]\n")
    XCTAssertEqual(log.shortcutArguments, [])
  }
}
