import Foundation

/// The one-sided DFT of real input (numpy's `rfft`): bins k = 0…N/2 of
/// `X[k] = Σ_n x[n] e^{-2πi kn/N}`. Even lengths pack the input into a complex transform of
/// half the length and untangle it; odd lengths run the full complex transform.
public final class RealFFT: @unchecked Sendable {
  public let count: Int
  /// Bins in the output: `count / 2 + 1`.
  public let bins: Int
  let complex: FFTPlan
  /// `e^{-2πik/N}`, k = 0..<bins (even lengths; nil for odd ones). Plain pointers: no
  /// reference counting per transform; freed with the plan.
  let splitRe: UnsafeMutablePointer<Double>?
  let splitIm: UnsafeMutablePointer<Double>?
  /// Doubles of work space `forward`/`inverse` need.
  public let workCount: Int

  /// The plan for `count` (> 0), cached per length.
  public static func plan(_ count: Int) -> RealFFT {
    PlanCache.shared.realPlan(count) { RealFFT(count: $0) }
  }

  init(count: Int) {
    self.count = count
    bins = count / 2 + 1
    let isEven = count % 2 == 0 && count >= 2
    complex = FFTPlan.plan(isEven ? count / 2 : count)
    if isEven {
      let (re, im) = (
        UnsafeMutablePointer<Double>.allocate(capacity: bins),
        UnsafeMutablePointer<Double>.allocate(capacity: bins)
      )
      for k in 0..<bins { (re[k], im[k]) = FFTStage.root(k, of: count) }
      (splitRe, splitIm) = (re, im)
    } else {
      (splitRe, splitIm) = (nil, nil)
    }
    workCount = 2 * complex.count + complex.workCount + 2 * count
  }

  deinit {
    splitRe?.deallocate()
    splitIm?.deallocate()
  }

  /// `rfft(input)` into `re`/`im` (`bins` values each). `work` holds `workCount` doubles.
  public func forward(
    _ input: UnsafePointer<Double>, re: UnsafeMutablePointer<Double>,
    im: UnsafeMutablePointer<Double>, work: UnsafeMutablePointer<Double>
  ) {
    let half = complex.count
    let zr = work
    let zi = work + half
    let inner = work + 2 * half
    guard let wr = splitRe, let wi = splitIm else {
      for n in 0..<count {
        zr[n] = input[n]
        zi[n] = 0
      }
      complex.transform(re: zr, im: zi, work: inner)
      re.update(from: zr, count: bins)
      im.update(from: zi, count: bins)
      return
    }
    for m in 0..<half {
      zr[m] = input[2 * m]
      zi[m] = input[2 * m + 1]
    }
    let (zr2, zi2) = complex.forwardLeavingResult(re: zr, im: zi, work: inner)
    // DC and Nyquist pair Z[0] with itself; the other bins pair Z[k] with Z[half − k].
    re[0] = zr2[0] + zi2[0]
    im[0] = 0
    re[half] = zr2[0] - zi2[0]
    im[half] = 0
    for k in 1..<max(1, half) {
      let b = half - k
      let er = 0.5 * (zr2[k] + zr2[b])
      let ei = 0.5 * (zi2[k] - zi2[b])
      let or = 0.5 * (zi2[k] + zi2[b])
      let oi = -0.5 * (zr2[k] - zr2[b])
      re[k] = er + wr[k] * or - wi[k] * oi
      im[k] = ei + wr[k] * oi + wi[k] * or
    }
  }

  /// `rfft(frame)` with buffers the caller keeps between transforms (one worker's).
  func forward(_ frame: [Double], re: inout [Double], im: inout [Double], work: inout [Double]) {
    frame.withUnsafeBufferPointer { frame in
      re.withUnsafeMutableBufferPointer { re in
        im.withUnsafeMutableBufferPointer { im in
          work.withUnsafeMutableBufferPointer { work in
            guard let f = frame.baseAddress, let r = re.baseAddress, let i = im.baseAddress,
              let w = work.baseAddress
            else { return }
            forward(f, re: r, im: i, work: w)
          }
        }
      }
    }
  }

  /// `irfft(bins, n=count)`: the real signal whose one-sided spectrum is `re`/`im`, scaled
  /// by 1/N; the imaginary parts of bin 0 (and of N/2 for even N) are ignored as numpy does.
  public func inverse(
    re: UnsafePointer<Double>, im: UnsafePointer<Double>, output: UnsafeMutablePointer<Double>
  ) {
    let plan = FFTPlan.plan(count)
    var scratch = [Double](repeating: 0, count: 2 * count + plan.workCount)
    scratch.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      let zr = base
      let zi = base + count
      for k in 0..<count {
        let mirrored = k < bins ? k : count - k
        zr[k] = re[mirrored]
        zi[k] = k < bins ? im[k] : -im[mirrored]
      }
      zi[0] = 0
      if count % 2 == 0 { zi[count / 2] = 0 }
      plan.transform(re: zr, im: zi, work: base + 2 * count, inverse: true)
      let scale = 1 / Double(count)
      for n in 0..<count { output[n] = zr[n] * scale }
    }
  }
}

/// One thread's buffers for real transforms of one length: the input frame, the bins and the
/// work space, reused from frame to frame.
struct RealFFTBuffers {
  let plan: RealFFT
  var frame: [Double]
  var re: [Double]
  var im: [Double]
  var work: [Double]

  init(_ length: Int) {
    plan = RealFFT.plan(length)
    frame = [Double](repeating: 0, count: length)
    re = [Double](repeating: 0, count: plan.bins)
    im = re
    work = [Double](repeating: 0, count: plan.workCount)
  }

  /// `rfft(frame)` into `re` and `im`.
  mutating func transform() { plan.forward(frame, re: &re, im: &im, work: &work) }
}
