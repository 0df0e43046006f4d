import Foundation
import Interpreter

extension REPL {
  /// `%time EXPR`: runs the expression once, prints the wall time, then shows its value.
  func time(_ expression: String, number: Int) -> Int32? {
    Interrupts.clear()
    let clock = ContinuousClock()
    let start = clock.now
    let outcome = session.run(expression, name: REPL.inputName(number), keepLastValue: true)
    let elapsed = clock.now - start
    if case .success = outcome {
      console.write(REPLMessages.wallTime(TimeFormat.text(elapsed.seconds)) + "\n")
    }
    return handle(outcome, number: number)
  }

  /// `%timeit EXPR`: runs the expression in a loop sized to take at least 0.2 s, five times,
  /// and prints the best and the median time per loop (IPython's autorange). The loop runs
  /// inside a hidden function, so parsing is not timed and assignments stay local.
  func timeit(_ expression: String, number: Int) -> Int32? {
    let name = REPL.inputName(number)
    let diagnostics = session.check(expression, name: name)
    guard diagnostics.isEmpty else {
      report(diagnostics)
      return nil
    }
    let loop =
      "fn __timeit__(__loops__) {\n  for __timeit_index__ in 0..<__loops__ {\n"
      + expression + "\n  }\n}"
    if let status = handle(session.run(loop, name: name), number: number) { return status }
    return measure(name: name, number: number)
  }

  /// Finds the loop count, then times five runs of it.
  private func measure(name: String, number: Int) -> Int32? {
    var loops = 1
    var times: [Double] = []
    while times.count < 5 {
      switch timedRun(loops, name: name) {
      case .failed(let outcome): return handle(outcome, number: number)
      case .seconds(let seconds):
        if times.isEmpty, seconds < 0.2, loops < 1_000_000_000 {
          loops *= 10
        } else {
          times.append(seconds)
        }
      }
    }
    report(times: times.map { $0 / Double(loops) }, loops: loops)
    return nil
  }

  /// What one timed run of the hidden loop gave.
  private enum TimedRun {
    case seconds(Double)
    case failed(Session.Outcome)
  }

  private func timedRun(_ loops: Int, name: String) -> TimedRun {
    Interrupts.clear()
    let clock = ContinuousClock()
    let start = clock.now
    let outcome = session.run("__timeit__(\(loops))", name: name)
    guard case .success = outcome else { return .failed(outcome) }
    return .seconds((clock.now - start).seconds)
  }

  private func report(times: [Double], loops: Int) {
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    console.write(
      REPLMessages.timeit(
        best: TimeFormat.text(sorted[0]), median: TimeFormat.text(median),
        runs: times.count, loops: loops) + "\n")
  }
}

/// Durations as IPython shows them: three significant digits in ns, µs, ms or s.
enum TimeFormat {
  static func text(_ seconds: Double) -> String {
    let units: [(String, Double)] = [("s", 1), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9)]
    let (unit, scale) = units.first { seconds >= $0.1 } ?? ("ns", 1e-9)
    let value = seconds / scale
    let digits = value >= 100 ? 0 : value >= 10 ? 1 : 2
    return String(format: "%.\(digits)f \(unit)", value)
  }
}

extension Duration {
  /// The duration in seconds, as a float.
  var seconds: Double {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }
}
