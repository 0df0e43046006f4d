import Foundation

/// What each segment loses before its transform (scipy's `detrend` argument).
public enum Detrend: String, Sendable {
  case none, constant, linear
}

/// What a short-time transform returns per bin, as scipy.signal.spectrogram's `mode`.
public enum SpectralMode: String, Sendable, CaseIterable {
  case psd, complex, magnitude, angle, phase
}

/// Segmenting and transforming as scipy.signal's `_spectral_helper`: segments of
/// `window.count` samples every `window.count − overlap`, each detrended, windowed and
/// transformed with `fftLength` points.
public struct SegmentSetup: Sendable {
  public var rate: Double
  public var window: [Double]
  public var overlap: Int
  public var fftLength: Int
  public var detrend: Detrend
  public var isOneSided: Bool

  public init(
    rate: Double, window: [Double], overlap: Int, fftLength: Int, detrend: Detrend,
    isOneSided: Bool
  ) {
    self.rate = rate
    self.window = window
    self.overlap = overlap
    self.fftLength = fftLength
    self.detrend = detrend
    self.isOneSided = isOneSided
  }

  public var segmentLength: Int { window.count }
  public var step: Int { window.count - overlap }
  /// Bins per segment: `fftLength/2 + 1` one-sided, `fftLength` two-sided.
  public var bins: Int { isOneSided ? fftLength / 2 + 1 : fftLength }

  /// Frequencies as numpy's `rfftfreq` (one-sided) or `fftfreq` (two-sided, FFT order).
  public var frequencies: [Double] {
    let spacing = 1.0 / (Double(fftLength) * (1.0 / rate))
    let positive = (fftLength - 1) / 2 + 1
    return (0..<bins).map { k in
      Double(isOneSided || k < positive ? k : k - fftLength) * spacing
    }
  }
}

/// A short-time spectrum: values `[frequency, time]` (a trailing axis of 2 holds real and
/// imaginary parts for complex results), with the coordinates of both axes.
public struct Spectrum: Sendable {
  public var frequencies: [Double]
  public var times: [Double]
  public var values: Tensor
}

/// scipy.signal's legacy `spectrogram` and `stft`: same segments, scaling, frame times and
/// treatment of the trailing samples (dropped when they do not fill a segment).
public enum Spectral {
  /// `scipy.signal.spectrogram(x, fs, window, nperseg, noverlap, nfft, detrend,
  /// return_onesided, scaling, mode)`; `density` scales by 1/(fs·Σw²), else 1/(Σw)².
  public static func spectrogram(
    _ x: [Double], _ setup: SegmentSetup, density: Bool, mode: SpectralMode
  ) -> Spectrum {
    let scale = scaleFactor(setup, density: density)
    let segments = segmentCount(x.count, setup)
    let times = (0..<segments).map {
      (Double(setup.segmentLength) / 2 + Double($0 * setup.step)) / setup.rate
    }
    let values = transform(
      Extended(head: [], body: x, tail: []), setup, segments: segments, scale: scale, mode: mode)
    return Spectrum(frequencies: setup.frequencies, times: times, values: values)
  }

  /// How `stft` extends the signal at both ends by `segmentLength/2` samples.
  public enum Boundary: String, Sendable, CaseIterable {
    case zeros, even, odd, constant, none
  }

  /// `scipy.signal.stft(x, fs, window, nperseg, noverlap, nfft, detrend, return_onesided,
  /// boundary, padded, scaling)`: complex values `[frequency, time, 2]`.
  public static func stft(
    _ x: [Double], _ setup: SegmentSetup, density: Bool, boundary: Boundary, padded: Bool
  ) -> Spectrum {
    let half = setup.segmentLength / 2
    var (head, tail) = extensions(x, half, boundary)
    if padded {
      let length = head.count + x.count + tail.count - setup.segmentLength
      let add = ((-length % setup.step + setup.step) % setup.step) % setup.segmentLength
      tail.append(contentsOf: [Double](repeating: 0, count: add))
    }
    let extended = Extended(head: head, body: x, tail: tail)
    let segments = segmentCount(extended.count, setup)
    let offset = boundary == .none ? 0 : Double(half) / setup.rate
    let times = (0..<segments).map {
      (Double(setup.segmentLength) / 2 + Double($0 * setup.step)) / setup.rate - offset
    }
    let scale = scaleFactor(setup, density: density)
    let values = transform(extended, setup, segments: segments, scale: scale, mode: .complex)
    return Spectrum(frequencies: setup.frequencies, times: times, values: values)
  }

  static func scaleFactor(_ setup: SegmentSetup, density: Bool) -> Double {
    let sum = setup.window.reduce(0, +)
    let squares = setup.window.reduce(0) { $0 + $1 * $1 }
    return density ? 1.0 / (setup.rate * squares) : 1.0 / (sum * sum)
  }

  /// Full segments that fit: `1 + (N − nperseg) / step`, 0 for a shorter signal.
  public static func segmentCount(_ length: Int, _ setup: SegmentSetup) -> Int {
    length < setup.segmentLength ? 0 : 1 + (length - setup.segmentLength) / setup.step
  }

  /// The samples added before and after the signal (`count` each) by scipy's `zero_ext`,
  /// `even_ext`, `odd_ext` and `const_ext`; the signal itself is not copied.
  static func extensions(_ x: [Double], _ count: Int, _ boundary: Boundary) -> (
    [Double], [Double]
  ) {
    guard boundary != .none, count > 0, let first = x.first, let last = x.last else {
      return ([], [])
    }
    let n = min(count, x.count - 1)
    var head: [Double]
    var tail: [Double]
    switch boundary {
    case .zeros, .none:
      head = [Double](repeating: 0, count: count)
      tail = head
    case .constant:
      head = [Double](repeating: first, count: count)
      tail = [Double](repeating: last, count: count)
    case .even:
      head = (0..<n).map { x[n - $0] }
      tail = (0..<n).map { x[x.count - 2 - $0] }
    case .odd:
      head = (0..<n).map { 2 * first - x[n - $0] }
      tail = (0..<n).map { 2 * last - x[x.count - 2 - $0] }
    }
    return (head, tail)
  }
}

/// A signal with samples added at both ends, read without building the whole copy.
struct Extended: Sendable {
  let head: [Double]
  let body: [Double]
  let tail: [Double]

  var count: Int { head.count + body.count + tail.count }

  /// `count` samples from `start` into `target`.
  func copy(from start: Int, count: Int, into target: UnsafeMutablePointer<Double>) {
    let bodyStart = head.count
    let bodyEnd = bodyStart + body.count
    if start >= bodyStart, start + count <= bodyEnd {
      body.withUnsafeBufferPointer { body in
        guard let base = body.baseAddress else { return }
        target.update(from: base + (start - bodyStart), count: count)
      }
      return
    }
    for n in 0..<count {
      let index = start + n
      if index < bodyStart {
        target[n] = head[index]
      } else if index < bodyEnd {
        target[n] = body[index - bodyStart]
      } else {
        target[n] = tail[index - bodyEnd]
      }
    }
  }
}

extension Tensor {
  /// A rank-1 tensor of `values`.
  public static func vector(_ values: [Double]) -> Tensor {
    Tensor(unchecked: [values.count], data: values)
  }
}
