import Foundation

/// A discrete Fourier transform of one length, planned once and reused:
/// `X[k] = Σ_n x[n] e^{-2πi kn/N}` (forward), unscaled in both directions.
///
/// Lengths whose factors are 2, 3, 4, 5 … 31 run a Stockham autosort transform (radix-4 and
/// radix-2 passes for powers of two, small-radix passes otherwise); lengths with a larger
/// prime factor use Bluestein's chirp-z algorithm over a power-of-two transform. Plans are
/// immutable and shared between threads; callers pass their own work space, so one plan
/// serves concurrent transforms. O(N log N) for every length.
public final class FFTPlan: @unchecked Sendable {
  public let count: Int
  let stages: [FFTStage]
  let bluestein: Bluestein?

  /// Doubles of work space `transform` needs (`workCount` values, reused between calls).
  public let workCount: Int

  /// The plan for `count` (> 0), built on first use and cached per length.
  public static func plan(_ count: Int) -> FFTPlan {
    PlanCache.shared.plan(count) { FFTPlan(count: $0) }
  }

  init(count: Int) {
    self.count = count
    if let radices = FFTPlan.radices(count) {
      stages = FFTPlan.stages(radices, count)
      bluestein = nil
      workCount = 2 * count
    } else {
      stages = []
      let chirp = Bluestein(count)
      bluestein = chirp
      workCount = 4 * chirp.size + chirp.inner.workCount
    }
  }

  /// The radices in pass order, or nil when a prime factor is too large for a direct pass.
  static func radices(_ count: Int) -> [Int]? {
    var rest = count
    var result: [Int] = []
    while rest % 4 == 0 {
      result.append(4)
      rest /= 4
    }
    var factor = 2
    while rest > 1 {
      if factor > 31 { return nil }
      while rest % factor == 0 {
        result.append(factor)
        rest /= factor
      }
      factor += factor == 2 ? 1 : 2
    }
    return result
  }

  static func stages(_ radices: [Int], _ count: Int) -> [FFTStage] {
    var span = 1
    return radices.map { radix in
      defer { span *= radix }
      return FFTStage(radix: radix, span: span, count: count)
    }
  }

  deinit {
    for stage in stages { stage.deallocate() }
  }

  /// The transform of `re`/`im` (each `count` values) in place; `inverse` flips the sign of
  /// the exponent (no 1/N scaling). `work` must hold `workCount` doubles.
  public func transform(
    re: UnsafeMutablePointer<Double>, im: UnsafeMutablePointer<Double>,
    work: UnsafeMutablePointer<Double>, inverse: Bool = false
  ) {
    if inverse { negate(im) }
    if let bluestein {
      bluestein.transform(re: re, im: im, work: work)
    } else {
      stockham(re: re, im: im, work: work)
    }
    if inverse { negate(im) }
  }

  /// The transform of arrays, allocating its work space (for tests and one-off calls).
  public func transform(re: inout [Double], im: inout [Double], inverse: Bool = false) {
    precondition(re.count == count && im.count == count)
    var work = [Double](repeating: 0, count: workCount)
    re.withUnsafeMutableBufferPointer { r in
      im.withUnsafeMutableBufferPointer { i in
        work.withUnsafeMutableBufferPointer { w in
          guard let r = r.baseAddress, let i = i.baseAddress, let w = w.baseAddress else { return }
          transform(re: r, im: i, work: w, inverse: inverse)
        }
      }
    }
  }

  private func negate(_ values: UnsafeMutablePointer<Double>) {
    for index in 0..<count { values[index] = -values[index] }
  }

  private func stockham(
    re: UnsafeMutablePointer<Double>, im: UnsafeMutablePointer<Double>,
    work: UnsafeMutablePointer<Double>
  ) {
    let (resultRe, resultIm) = forwardLeavingResult(re: re, im: im, work: work)
    if resultRe != re {
      re.update(from: resultRe, count: count)
      im.update(from: resultIm, count: count)
    }
  }

  /// The forward transform, its result left in `re`/`im` or in the first `2·count` values
  /// of `work`, whichever the passes ended in; returns where it is. Saves a copy for callers
  /// that only read the result.
  func forwardLeavingResult(
    re: UnsafeMutablePointer<Double>, im: UnsafeMutablePointer<Double>,
    work: UnsafeMutablePointer<Double>
  ) -> (UnsafeMutablePointer<Double>, UnsafeMutablePointer<Double>) {
    if let bluestein {
      bluestein.transform(re: re, im: im, work: work)
      return (re, im)
    }
    var source = (re, im)
    var target = (work, work + count)
    for stage in stages {
      stage.run(source.0, source.1, target.0, target.1, count)
      swap(&source, &target)
    }
    return source
  }
}

/// Plans by length, built once per length under a lock.
final class PlanCache: @unchecked Sendable {
  static let shared = PlanCache()
  var plans: [Int: FFTPlan] = [:]
  var realPlans: [Int: RealFFT] = [:]
  private let lock = NSLock()

  /// Plans are built outside the lock: a Bluestein plan asks for its inner plan.
  func plan(_ count: Int, _ make: (Int) -> FFTPlan) -> FFTPlan {
    cached(count, \.plans, make)
  }

  func realPlan(_ count: Int, _ make: (Int) -> RealFFT) -> RealFFT {
    cached(count, \.realPlans, make)
  }

  private func cached<Plan>(
    _ count: Int, _ table: ReferenceWritableKeyPath<PlanCache, [Int: Plan]>, _ make: (Int) -> Plan
  ) -> Plan {
    lock.lock()
    if let plan = self[keyPath: table][count] {
      lock.unlock()
      return plan
    }
    lock.unlock()
    let plan = make(count)
    lock.lock()
    defer { lock.unlock() }
    if let existing = self[keyPath: table][count] { return existing }
    self[keyPath: table][count] = plan
    return plan
  }
}

/// Bluestein's algorithm: a length-N DFT as a circular convolution of length M ≥ 2N − 1 (a
/// power of two) with the chirp `e^{iπk²/N}`.
struct Bluestein {
  let count: Int
  let size: Int
  let inner: FFTPlan
  /// `e^{-iπk²/N}`, k = 0..<N.
  let chirpRe: [Double]
  let chirpIm: [Double]
  /// The transform of the conjugate chirp, zero-padded and wrapped to M values, divided by M.
  let kernelRe: [Double]
  let kernelIm: [Double]

  init(_ count: Int) {
    self.count = count
    var size = 1
    while size < 2 * count - 1 { size *= 2 }
    self.size = size
    inner = FFTPlan.plan(size)
    var chirpRe = [Double](repeating: 0, count: count)
    var chirpIm = [Double](repeating: 0, count: count)
    for k in 0..<count {
      // k² mod 2N keeps the angle small and exact.
      let phase = Double((k * k) % (2 * count)) / Double(count)
      chirpRe[k] = cos(Double.pi * phase)
      chirpIm[k] = -sin(Double.pi * phase)
    }
    var kernelRe = [Double](repeating: 0, count: size)
    var kernelIm = [Double](repeating: 0, count: size)
    for k in 0..<count {
      kernelRe[k] = chirpRe[k]
      kernelIm[k] = -chirpIm[k]
      if k > 0 {
        kernelRe[size - k] = chirpRe[k]
        kernelIm[size - k] = -chirpIm[k]
      }
    }
    inner.transform(re: &kernelRe, im: &kernelIm)
    let scale = 1 / Double(size)
    self.chirpRe = chirpRe
    self.chirpIm = chirpIm
    self.kernelRe = kernelRe.map { $0 * scale }
    self.kernelIm = kernelIm.map { $0 * scale }
  }

  func transform(
    re: UnsafeMutablePointer<Double>, im: UnsafeMutablePointer<Double>,
    work: UnsafeMutablePointer<Double>
  ) {
    let aRe = work
    let aIm = work + size
    let innerWork = work + 2 * size
    for k in 0..<count {
      aRe[k] = re[k] * chirpRe[k] - im[k] * chirpIm[k]
      aIm[k] = re[k] * chirpIm[k] + im[k] * chirpRe[k]
    }
    for k in count..<size {
      aRe[k] = 0
      aIm[k] = 0
    }
    inner.transform(re: aRe, im: aIm, work: innerWork)
    for k in 0..<size {
      let r = aRe[k] * kernelRe[k] - aIm[k] * kernelIm[k]
      aIm[k] = aRe[k] * kernelIm[k] + aIm[k] * kernelRe[k]
      aRe[k] = r
    }
    inner.transform(re: aRe, im: aIm, work: innerWork, inverse: true)
    for k in 0..<count {
      re[k] = aRe[k] * chirpRe[k] - aIm[k] * chirpIm[k]
      im[k] = aRe[k] * chirpIm[k] + aIm[k] * chirpRe[k]
    }
  }
}
