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
      console.write(AwishMessages.wallTime(TimeFormat.text(elapsed.seconds)) + "\n")
    }
    return handle(outcome, number: number)
  }

  /// `%timeit EXPR`: compiles the expression once, then runs it in a loop sized to take at
  /// least 0.2 s, five times, and prints the best and the median time per loop (IPython's
  /// autorange). Parsing is not timed.
  func timeit(_ expression: String, number: Int) -> Int32? {
    let name = REPL.inputName(number)
    let compiled: Session.Compiled
    switch session.compile(expression, name: name) {
    case .failure(let rejection):
      report(rejection.diagnostics)
      return nil
    case .success(let code): compiled = code
    }
    var loops = 1
    var times: [Double] = []
    while times.count < 5 {
      Interrupts.clear()
      let (outcome, seconds) = session.run(compiled, times: loops)
      guard case .success = outcome else { return handle(outcome, number: number) }
      if times.isEmpty, seconds < 0.2, loops < 1_000_000_000 {
        loops *= 10
      } else {
        times.append(seconds)
      }
    }
    report(times: times.map { $0 / Double(loops) }, loops: loops)
    return nil
  }

  private func report(times: [Double], loops: Int) {
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    console.write(
      AwishMessages.timeit(
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
