/// Limited-memory BFGS minimisation with a strong-Wolfe line search, stopping as scipy's
/// L-BFGS-B does without bounds: when the largest gradient component is ≤ `gradientTolerance`,
/// when the relative decrease of the objective is ≤ `functionTolerance`, or after
/// `maxIterations` iterations.
public struct LBFGS {
  public var memory = 10
  public var maxIterations = 100
  public var gradientTolerance = 1e-4
  public var functionTolerance = 64 * Double.ulpOfOne
  public var maxLineSearchSteps = 50

  /// The outcome: the minimiser found, the iterations used, and whether a tolerance (rather
  /// than the iteration limit) stopped it.
  public struct Result {
    public var x: [Double]
    public var value: Double
    public var iterations: Int
    public var isConverged: Bool
  }

  public init() {}

  public func minimize(_ start: [Double], _ evaluate: ([Double]) -> (Double, [Double])) -> Result {
    var x = start
    var (f, g) = evaluate(x)
    var steps: [[Double]] = []
    var changes: [[Double]] = []
    var iteration = 0
    while iteration < maxIterations {
      if largest(g) <= gradientTolerance {
        return Result(x: x, value: f, iterations: iteration, isConverged: true)
      }
      var direction = twoLoop(g, steps, changes)
      if dot(direction, g) >= 0 {
        direction = g.map { -$0 }
        steps.removeAll()
        changes.removeAll()
      }
      let initial = iteration == 0 && steps.isEmpty ? min(1 / norm(direction), 1) : 1
      guard let (t, fNew, gNew) = lineSearch(x, f, g, direction, initial, evaluate) else {
        return Result(x: x, value: f, iterations: iteration, isConverged: true)
      }
      iteration += 1
      let s = direction.map { $0 * t }
      let change = zip(gNew, g).map { $0 - $1 }
      for i in x.indices { x[i] += s[i] }
      let decrease = (f - fNew) / max(abs(f), abs(fNew), 1)
      f = fNew
      g = gNew
      if dot(s, change) > 1e-10 * dot(change, change) {
        steps.append(s)
        changes.append(change)
        if steps.count > memory {
          steps.removeFirst()
          changes.removeFirst()
        }
      }
      if decrease <= functionTolerance {
        return Result(x: x, value: f, iterations: iteration, isConverged: true)
      }
    }
    return Result(
      x: x, value: f, iterations: iteration, isConverged: largest(g) <= gradientTolerance)
  }

  /// −H·g by the two-loop recursion over the stored pairs.
  func twoLoop(_ g: [Double], _ steps: [[Double]], _ changes: [[Double]]) -> [Double] {
    var q = g
    var alphas = [Double](repeating: 0, count: steps.count)
    for i in steps.indices.reversed() {
      let rho = 1 / dot(changes[i], steps[i])
      alphas[i] = rho * dot(steps[i], q)
      for j in q.indices { q[j] -= alphas[i] * changes[i][j] }
    }
    if let s = steps.last, let y = changes.last {
      let gamma = dot(s, y) / dot(y, y)
      for j in q.indices { q[j] *= gamma }
    }
    for i in steps.indices {
      let rho = 1 / dot(changes[i], steps[i])
      let beta = rho * dot(changes[i], q)
      for j in q.indices { q[j] += steps[i][j] * (alphas[i] - beta) }
    }
    return q.map { -$0 }
  }

  /// A step length satisfying the strong Wolfe conditions (c1 = 1e-4, c2 = 0.9; Nocedal and
  /// Wright, algorithms 3.5 and 3.6), with its value and gradient; nil when none is found.
  func lineSearch(
    _ x: [Double], _ f0: Double, _ g0: [Double], _ d: [Double], _ initial: Double,
    _ evaluate: ([Double]) -> (Double, [Double])
  ) -> (Double, Double, [Double])? {
    let slope0 = dot(g0, d)
    func at(_ t: Double) -> (Double, [Double], Double) {
      let (f, g) = evaluate(zip(x, d).map { $0 + t * $1 })
      return (f, g, dot(g, d))
    }
    var (tLow, fLow, slopeLow) = (0.0, f0, slope0)
    var t = initial
    var evaluations = 0
    while evaluations < maxLineSearchSteps {
      evaluations += 1
      let (f, g, slope) = at(t)
      if !f.isFinite || f > f0 + 1e-4 * t * slope0 || (evaluations > 1 && f >= fLow) {
        return zoom(tLow, fLow, slopeLow, t, f, slope, f0, slope0, evaluations, at)
      }
      if abs(slope) <= -0.9 * slope0 { return (t, f, g) }
      if slope >= 0 { return zoom(t, f, slope, tLow, fLow, slopeLow, f0, slope0, evaluations, at) }
      (tLow, fLow, slopeLow) = (t, f, slope)
      t *= 2
    }
    return nil
  }

  func zoom(
    _ lowStart: Double, _ fLowStart: Double, _ slopeLowStart: Double,
    _ highStart: Double, _ fHighStart: Double, _ slopeHighStart: Double,
    _ f0: Double, _ slope0: Double, _ used: Int,
    _ at: (Double) -> (Double, [Double], Double)
  ) -> (Double, Double, [Double])? {
    var (low, fLow, slopeLow) = (lowStart, fLowStart, slopeLowStart)
    var (high, fHigh, slopeHigh) = (highStart, fHighStart, slopeHighStart)
    var evaluations = used
    while evaluations < maxLineSearchSteps {
      evaluations += 1
      var t = cubicMinimum(low, fLow, slopeLow, high, fHigh, slopeHigh)
      let (a, b) = (min(low, high), max(low, high))
      if !t.isFinite || t <= a + 0.1 * (b - a) || t >= b - 0.1 * (b - a) { t = (low + high) / 2 }
      let (f, g, slope) = at(t)
      if !f.isFinite || f > f0 + 1e-4 * t * slope0 || f >= fLow {
        (high, fHigh, slopeHigh) = (t, f, slope)
      } else {
        if abs(slope) <= -0.9 * slope0 { return (t, f, g) }
        if slope * (high - low) >= 0 { (high, fHigh, slopeHigh) = (low, fLow, slopeLow) }
        (low, fLow, slopeLow) = (t, f, slope)
      }
      if abs(high - low) < 1e-16 * max(abs(low), 1) { break }
    }
    if low > 0 {
      let (f, g, _) = at(low)
      return (low, f, g)
    }
    return nil
  }

  /// The minimiser of the cubic through two points with their slopes.
  func cubicMinimum(
    _ a: Double, _ fa: Double, _ da: Double, _ b: Double, _ fb: Double, _ db: Double
  ) -> Double {
    let d1 = da + db - 3 * (fa - fb) / (a - b)
    let radicand = d1 * d1 - da * db
    guard radicand >= 0 else { return .nan }
    let d2 = (b > a ? 1.0 : -1.0) * radicand.squareRoot()
    return b - (b - a) * (db + d2 - d1) / (db - da + 2 * d2)
  }

  func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
  }

  func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

  func largest(_ a: [Double]) -> Double { a.reduce(0) { max($0, abs($1)) } }
}
