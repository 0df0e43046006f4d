import Interpreter
import Tensor
import XCTest

@testable import Builtins

/// The grouped shortcuts of summarize (mean(.x), std(.x), len(.x), … computed for every
/// group at once) give exactly what the per-group evaluation gives: the same bits, types,
/// units, missing values and errors, on random data with NaN, -0.0, missing values, ints,
/// units, text, keys with only missing values and empty time bins. `same(.x)` hides the
/// column from the shortcut, so it is the per-group evaluation.
final class GroupedSummaryTests: XCTestCase {
  static let reductions = [
    "mean(%)", "std(%)", "std(%, ddof=0)", "std(%, 3)", "len(%)", "quantile(%, 0.9)",
    "quantile(%)", "quantile(%, q=0)", "quantile(%, 1)", "first(%)", "last(%)", "min(%)",
    "max(%)", "sum(%)", "median(%)", "n_unique(%)",
  ]
  static let columns = ["x", "i", "big", "t", "d", "b", "s", "e", "when"]
  static let groupings = [
    "group_by(df, \"k\")", "group_by(df, \"s\")", "group_by(df, \"k\", \"b\")",
    "resample(df, on=\"when\", every=\"1h\")",
  ]

  func testShortcutsGiveThePerGroupValues() throws {
    for seed in [1, 2] as [UInt64] {
      let session = Session(builtins: Builtins.all, output: { _ in })
      session.setValue(.object(FrameValue(try GroupedSummaryTests.frame(seed: seed))), for: "df")
      _ = session.run("fn same(c) = c", name: "setup")
      for grouping in GroupedSummaryTests.groupings {
        for reduction in GroupedSummaryTests.reductions {
          for column in GroupedSummaryTests.columns {
            let fast = reduction.replacingOccurrences(of: "%", with: "." + column)
            let general = reduction.replacingOccurrences(of: "%", with: "same(.\(column))")
            let label = "seed \(seed): \(grouping) |> summarize(v=\(fast))"
            let a = GroupedSummaryTests.outcome(session, "\(grouping) |> summarize(v=\(fast))")
            let b = GroupedSummaryTests.outcome(session, "\(grouping) |> summarize(v=\(general))")
            XCTAssertEqual(a, b, label)
          }
        }
      }
    }
  }

  func testSeveralShortcutsAndGeneralArgumentsTogether() throws {
    let session = Session(builtins: Builtins.all, output: { _ in })
    session.setValue(.object(FrameValue(try GroupedSummaryTests.frame(seed: 9))), for: "df")
    _ = session.run("fn same(c) = c", name: "setup")
    let fast = GroupedSummaryTests.outcome(
      session,
      "group_by(df, \"k\") |> summarize(m=mean(.x), s=std(.x), n=len(.x), q=quantile(.x, 0.9), "
        + "f=first(.x), r=max(.x) - min(.x), u=mean(.t))")
    let general = GroupedSummaryTests.outcome(
      session,
      "group_by(df, \"k\") |> summarize(m=mean(same(.x)), s=std(same(.x)), n=len(same(.x)), "
        + "q=quantile(same(.x), 0.9), f=first(same(.x)), r=max(same(.x)) - min(same(.x)), "
        + "u=mean(same(.t)))")
    XCTAssertEqual(fast, general)
    XCTAssertTrue(fast.hasPrefix("ok"), fast)
  }

  /// A grouped frame runs a builtin's column shortcut (the interpreter hands it over without
  /// knowing what it is): a probe whose shortcut and body give different values shows which
  /// one ran, and what the shortcut was given.
  func testGroupedFrameRunsColumnShortcuts() throws {
    let probe = Builtin(
      "probe", area: .frames, summary: "A probe.",
      parameters: [
        Parameter("values", .column, "Values."),
        Parameter("q", .int, "A number.", default: .int(0)),
      ],
      returns: .string,
      grouped: ColumnShortcut { source, arguments in
        guard case .int(let q)? = arguments["q"] ?? .int(0), q >= 0 else { return nil }
        return (0..<source.groups.count).map {
          .string("\(source.column.name) \(source.groups.size(of: $0)) \(q)")
        }
      }
    ) { _ in .string("per group") }
    let session = Session(builtins: Builtins.all + [probe], output: { _ in })
    let df = try Frame(columns: [
      Column(name: "k", storage: .strings(["a", "b", "a"])),
      Column(name: "x", storage: .int([1, 2, 3])),
    ])
    session.setValue(.object(FrameValue(df)), for: "df")
    let outcome = GroupedSummaryTests.outcome(
      session, "group_by(df, \"k\") |> summarize(p=probe(.x, 5), d=probe(.x, -1))")
    XCTAssertEqual(
      outcome,
      "ok k string - [\"a\",\"b\"]; p string - [\"x 2 5\",\"x 1 5\"]; "
        + "d string - [\"per group\",\"per group\"]")
  }

  /// "ok" and every column's name, type, unit and values bit by bit, or "error" and the
  /// message.
  static func outcome(_ session: Session, _ code: String) -> String {
    switch session.run("result = " + code, name: "case") {
    case .success:
      guard case .object(let value as FrameValue)? = session.value(of: "result") else {
        return "not a frame"
      }
      return "ok " + value.frame.columns.map(describe).joined(separator: "; ")
    case .failed(let error): return "error " + error.message
    case .rejected(let diagnostics): return "rejected \(diagnostics.map(\.message))"
    }
  }

  static func describe(_ column: Column) -> String {
    let values = (0..<column.count).map { row -> String in
      if column.isMissing(row) { return "nil" }
      switch column.storage {
      case .float(let values): return String(values[row].bitPattern, radix: 16)
      default: return ValueConversion.value(column, row: row).repr
      }
    }
    return "\(column.name) \(column.type) \(column.unit ?? "-") [\(values.joined(separator: ","))]"
  }

  /// 600 rows: int keys with a few missing, text keys, floats with NaN, ±0 and missing
  /// values, ints (and ints whose sums overflow), a temperature and a depth with units, bools,
  /// a column missing for a whole key, and times with gaps of hours (empty bins).
  static func frame(seed: UInt64) throws -> Frame {
    var random = SplitMix64(seed: seed)
    let n = 600
    var keys: [Int] = []
    var x: [Double] = []
    var ints: [Int] = []
    var big: [Int] = []
    var times: [Int64] = []
    var time: Int64 = 1_700_000_000_000_000
    for _ in 0..<n {
      keys.append(Int(random.next() % 23))
      let draw = random.next() % 20
      let value = Double.random(in: -1e3...1e3, using: &random)
      x.append(draw == 0 ? .nan : (draw == 1 ? -0.0 : (draw == 2 ? 0 : value)))
      ints.append(Int(random.next() % 2001) - 1000)
      big.append(Int.max / 3 - Int(random.next() % 1000))
      time += Int64(random.next() % 4 == 0 ? 3 * 3_600_000_000 : 60_000_000)
      times.append(time)
    }
    func mask(_ every: UInt64) -> Bitmap {
      Bitmap((0..<n).map { _ in random.next() % every != 0 })
    }
    let texts = keys.map { ["a", "b", "c", "d", "é", "e\u{301}"][$0 % 6] }
    return try Frame(columns: [
      Column(name: "k", storage: .int(keys), validity: mask(40)),
      Column(name: "s", storage: .strings(texts), validity: mask(30)),
      Column(name: "x", storage: .float(x), validity: mask(12)),
      Column(name: "i", storage: .int(ints), validity: mask(9)),
      Column(name: "big", storage: .int(big)),
      Column(name: "t", storage: .float(x.map { $0 / 100 }), validity: mask(7), unit: "°C"),
      Column(name: "d", storage: .float(x.map { abs($0) }), validity: mask(5), unit: "m"),
      Column(name: "b", storage: .bool(ints.map { $0 % 3 == 0 }), validity: mask(10)),
      Column(
        name: "e", storage: .float(x),
        validity: Bitmap(keys.map { $0 % 5 != 0 })),
      Column(name: "when", storage: .time(times)),
    ])
  }
}
