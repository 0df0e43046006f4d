import Builtins
import Interpreter
import XCTest

/// Compile-time recognition of grouped shortcuts: `name(.column, literals…)` on a grouped
/// value goes to the value's `groupedValues` with the builtin's shortcut, once for all groups;
/// anything else is evaluated once per group as before, and so is a case the value declines.
/// The interpreter knows no frames: the fake groups here hold a list of ints.
final class GroupedShortcutTests: XCTestCase {
  /// Calls seen by the probe's shortcut, and how often the groups were asked for one by one.
  final class Log: @unchecked Sendable {
    var shortcutArguments: [[String: String]] = []
    var groupFramesRead = 0
  }

  /// The probe's shortcut: every group's value from the column `x`, the number of groups and
  /// the constant arguments.
  struct Probe: GroupedShortcut {
    let values: @Sendable ([Int], Int, [String: Value]) -> [Value]?
  }

  /// Two groups of rows, [0, 2] and [1], over one column `x` = [10, 20, 30].
  final class FakeGroups: ObjectValue {
    let log: Log
    let x = [10, 20, 30]
    let rows = [[0, 2], [1]]
    init(log: Log) { self.log = log }
    var typeName: String { "fake groups" }
    var shortDescription: String { typeName }
    func display(width: Int) -> String { typeName }
    func groupedValues(_ plans: [GroupedPlan?]) -> [[Value]?]? {
      plans.map { plan in
        guard let plan, let probe = plan.shortcut as? Probe, plan.column == "x" else { return nil }
        return probe.values(x, rows.count, plan.arguments)
      }
    }
    var groupFrames: [any ObjectValue]? {
      log.groupFramesRead += 1
      return rows.map { Group($0.map { x[$0] }) }
    }
  }

  /// One group as the context of `.x`.
  final class Group: ObjectValue {
    let x: [Int]
    init(_ x: [Int]) { self.x = x }
    var typeName: String { "group" }
    var shortDescription: String { typeName }
    func display(width: Int) -> String { typeName }
    var providesColumns: Bool { true }
    func member(_ name: String) throws(RuntimeError) -> Value? {
      name == "x" ? .list(ListObject(x.map(Value.int))) : nil
    }
  }

  func session(_ log: Log) -> (Session, () -> String) {
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
      grouped: Probe { column, groupCount, arguments in
        log.shortcutArguments.append(arguments.mapValues(\.repr))
        if case .bool(true)? = arguments["flag"] { return nil }
        guard case .int(let q)? = arguments["q"] ?? .int(0) else { return nil }
        return (0..<groupCount).map { _ in .int(100 + q + column.count) }
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
    session.setValue(.object(FakeGroups(log: log)), for: "g")
    return (session, { output })
  }

  func testLiteralArgumentsGoToTheShortcut() throws {
    let log = Log()
    let (session, output) = session(log)
    _ = session.run("print(take(g, a=probe(.x), b=probe(.x, -2), c=probe(.x, q=5)))", name: "t")
    XCTAssertEqual(output(), "[[103, 103], [101, 101], [108, 108]]\n")
    XCTAssertEqual(log.shortcutArguments, [[:], ["q": "-2"], ["q": "5"]])
    XCTAssertEqual(log.groupFramesRead, 0)
  }

  func testOtherArgumentsAreEvaluatedPerGroup() throws {
    let log = Log()
    let (session, output) = session(log)
    _ = session.run("q = 1\nprint(take(g, a=probe(.x, q), b=probe(.x) + 0))", name: "t")
    XCTAssertEqual(output(), "[[41, 21], [40, 20]]\n")
    XCTAssertEqual(log.shortcutArguments, [])
    XCTAssertEqual(log.groupFramesRead, 1)
  }

  func testDeclinedShortcutFallsBackToThePerGroupCall() throws {
    let log = Log()
    let (session, output) = session(log)
    _ = session.run("print(take(g, a=probe(.x, flag=true), b=probe(.x, 1)))", name: "t")
    XCTAssertEqual(output(), "[[40, 20], [104, 104]]\n")
    XCTAssertEqual(log.shortcutArguments, [["flag": "true"], ["q": "1"]])
    XCTAssertEqual(log.groupFramesRead, 1)
  }

  func testShadowedBuiltinIsNotAShortcut() throws {
    let log = Log()
    let (session, output) = session(log)
    _ = session.run("fn probe(v) = 7\nprint(take(g, a=probe(.x)))", name: "t")
    XCTAssertEqual(output(), "[[7, 7]]\n")
    XCTAssertEqual(log.shortcutArguments, [])
  }
}
