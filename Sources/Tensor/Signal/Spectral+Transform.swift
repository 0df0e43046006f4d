import Foundation

extension Spectral {
  /// Segments transformed together before their bins are written out, so the transposed
  /// writes into `[frequency, time]` touch whole runs of memory.
  static let tile = 32

  /// Every segment's spectrum in `mode`, `[bins, segments]` (`[bins, segments, 2]` for
  /// complex). PSD: `scale·|X|²`, doubled one-sided except DC (and Nyquist for even
  /// lengths); the other modes use `√scale·X`. Segments are spread over the cores; each is
  /// computed exactly as alone, so results do not depend on the thread count.
  static func transform(
    _ x: Extended, _ setup: SegmentSetup, segments: Int, scale: Double, mode: SpectralMode
  ) -> Tensor {
    let parts = mode == .complex ? 2 : 1
    let bins = setup.bins
    let total = bins * segments * parts
    let tiles = (segments + tile - 1) / tile
    // Every value is written by exactly one tile.
    let output = BufferPool.shared.filled(total) { buffer in
      let out = SendableBuffer(buffer: buffer)
      Parallel.ranges(tiles, minimum: max(1, 2048 / tile)) { range in
        var worker = SegmentWorker(setup, scale: scale, mode: mode)
        for tileIndex in range {
          let first = tileIndex * tile
          let count = min(tile, segments - first)
          worker.run(x, first: first, count: count, segments: segments, out.buffer)
        }
      }
    }
    let shape = parts == 2 ? [bins, segments, 2] : [bins, segments]
    return Tensor(unchecked: shape, data: output)
  }
}

/// One thread's buffers for transforming tiles of segments.
struct SegmentWorker {
  let setup: SegmentSetup
  let scale: Double
  let mode: SpectralMode
  var fft: RealFFTBuffers
  /// The tile's values, `[segment][bin][part]`.
  var block: [Double]

  init(_ setup: SegmentSetup, scale: Double, mode: SpectralMode) {
    self.setup = setup
    self.scale = scale
    self.mode = mode
    fft = RealFFTBuffers(setup.fftLength)
    block = [Double](repeating: 0, count: Spectral.tile * setup.bins * 2)
  }

  mutating func run(
    _ x: Extended, first: Int, count: Int, segments: Int,
    _ output: UnsafeMutableBufferPointer<Double>
  ) {
    let parts = mode == .complex ? 2 : 1
    let bins = setup.bins
    for index in 0..<count {
      transformSegment(x, start: (first + index) * setup.step)
      store(segment: index)
    }
    // The block is already [bin][segment]: each bin's run of segments is one copy.
    let width = Spectral.tile * parts
    block.withUnsafeBufferPointer { block in
      guard let source = block.baseAddress, let target = output.baseAddress else { return }
      for k in 0..<bins {
        (target + ((k * segments) + first) * parts).update(
          from: source + k * width, count: count * parts)
      }
    }
  }

  /// `rfft(window · detrend(x[start ..< start + nperseg]), nfft)` into `re`/`im`.
  mutating func transformSegment(_ x: Extended, start: Int) {
    let length = setup.segmentLength
    fft.frame.withUnsafeMutableBufferPointer { frame in
      guard let base = frame.baseAddress else { return }
      x.copy(from: start, count: length, into: base)
      setup.window.withUnsafeBufferPointer { window in
        if setup.detrend == .constant {
          // Detrending and windowing in one pass: w·(x − mean).
          let mean = SegmentWorker.sum(base, length) / Double(length)
          for n in 0..<length { frame[n] = window[n] * (frame[n] - mean) }
          return
        }
        SegmentWorker.detrend(frame, length, setup.detrend)
        for n in 0..<length { frame[n] = window[n] * frame[n] }
      }
      for n in length..<frame.count { frame[n] = 0 }
    }
    fft.transform()
  }

  /// The sum of `count` values in four interleaved partial sums (vector registers).
  static func sum(_ values: UnsafePointer<Double>, _ count: Int) -> Double {
    var partial = SIMD4<Double>()
    var n = 0
    while n + 4 <= count {
      partial += SIMD4<Double>.load(values + n)
      n += 4
    }
    var total = partial.sum()
    while n < count {
      total += values[n]
      n += 1
    }
    return total
  }

  static func detrend(_ frame: UnsafeMutableBufferPointer<Double>, _ length: Int, _ kind: Detrend) {
    switch kind {
    case .none: return
    case .constant:
      guard let base = frame.baseAddress else { return }
      let mean = sum(base, length) / Double(length)
      for n in 0..<length { frame[n] -= mean }
    case .linear:
      let middle = Double(length - 1) / 2
      var mean = 0.0
      for n in 0..<length { mean += frame[n] }
      mean /= Double(length)
      var covariance = 0.0
      var spread = 0.0
      for n in 0..<length {
        let t = Double(n) - middle
        covariance += t * (frame[n] - mean)
        spread += t * t
      }
      let slope = spread > 0 ? covariance / spread : 0
      for n in 0..<length { frame[n] -= mean + slope * (Double(n) - middle) }
    }
  }

  /// The current segment's bins in `mode` into `block`, bin k at `[k][segment]`.
  mutating func store(segment: Int) {
    let parts = mode == .complex ? 2 : 1
    let stride = Spectral.tile * parts
    let offset = segment * parts
    let bins = setup.bins
    let half = fft.plan.bins
    let nfft = setup.fftLength
    let root = scale.squareRoot()
    if mode == .psd, bins == half {
      storePower(offset: offset, stride: stride)
      return
    }
    for k in 0..<bins {
      // Two-sided bins past N/2 are the conjugates of their mirrors (real input).
      let (r, i) = k < half ? (fft.re[k], fft.im[k]) : (fft.re[nfft - k], -fft.im[nfft - k])
      switch mode {
      case .psd:
        block[offset + k * stride] = (r * r + i * i) * scale
      case .complex:
        block[offset + k * stride] = r * root
        block[offset + k * stride + 1] = i * root
      case .magnitude: block[offset + k * stride] = hypot(r * root, i * root)
      case .angle, .phase: block[offset + k * stride] = atan2(i * root, r * root)
      }
    }
    if mode == .phase { SegmentWorker.unwrap(&block, offset, bins, stride: stride) }
  }

  /// One-sided PSD: `scale·|X|²`, doubled except DC and (even lengths) Nyquist.
  mutating func storePower(offset: Int, stride: Int) {
    let bins = setup.bins
    let last = setup.fftLength % 2 == 0 ? bins - 1 : bins
    let scale = self.scale
    fft.re.withUnsafeBufferPointer { re in
      fft.im.withUnsafeBufferPointer { im in
        block.withUnsafeMutableBufferPointer { block in
          for k in 0..<bins {
            let value = (re[k] * re[k] + im[k] * im[k]) * scale
            block[offset + k * stride] = k > 0 && k < last ? value * 2 : value
          }
        }
      }
    }
  }

  /// numpy's `unwrap` over `count` values `stride` apart: jumps larger than π lose whole
  /// turns.
  static func unwrap(_ values: inout [Double], _ offset: Int, _ count: Int, stride: Int) {
    var correction = 0.0
    var previous = count > 0 ? values[offset] : 0
    for k in 1..<max(1, count) {
      let original = values[offset + k * stride]
      let d = original - previous
      var dd = (d + Double.pi).truncatingRemainder(dividingBy: 2 * Double.pi)
      if dd < 0 { dd += 2 * Double.pi }
      dd -= Double.pi
      if dd == -Double.pi, d > 0 { dd = Double.pi }
      if abs(d) >= Double.pi { correction += dd - d }
      previous = original
      values[offset + k * stride] = original + correction
    }
  }
}
