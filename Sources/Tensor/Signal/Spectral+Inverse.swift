import Foundation

extension Spectral {
  /// `scipy.signal.istft(Zxx, fs, window, nperseg, noverlap, nfft, input_onesided=True,
  /// boundary, scaling)`: `values` is `[bins, segments, 2]`; each segment's `irfft(n=nfft)`
  /// (first nperseg samples), rescaled by Σw (spectrum) or √(fs·Σw²) (psd), is windowed and
  /// overlap-added, then divided by the summed squared window; with `boundary` the
  /// nperseg/2 samples `stft` added at each end are cut. Where the summed squared window is
  /// ≤ 1e-10 (the NOLA condition fails) the sum is left undivided, as scipy does.
  public static func istft(
    _ values: Tensor, _ setup: SegmentSetup, density: Bool, boundary: Bool
  ) -> (signal: [Double], times: [Double]) {
    let bins = values.shape[0]
    let segments = values.shape[1]
    let length = setup.segmentLength
    let step = setup.step
    let plan = RealFFT.plan(setup.fftLength)
    let factor = 1 / scaleFactor(setup, density: density).squareRoot()
    var output = [Double](repeating: 0, count: length + max(0, segments - 1) * step)
    var norm = output
    var re = [Double](repeating: 0, count: plan.bins)
    var im = re
    var frame = [Double](repeating: 0, count: setup.fftLength)
    let data = values.data  // read once: a float32 tensor converts on every read
    for j in 0..<segments {
      for k in 0..<min(bins, plan.bins) {
        re[k] = data[(k * segments + j) * 2]
        im[k] = data[(k * segments + j) * 2 + 1]
      }
      re.withUnsafeBufferPointer { r in
        im.withUnsafeBufferPointer { i in
          frame.withUnsafeMutableBufferPointer { f in
            guard let r = r.baseAddress, let i = i.baseAddress, let f = f.baseAddress else {
              return
            }
            plan.inverse(re: r, im: i, output: f)
          }
        }
      }
      for n in 0..<length {
        output[j * step + n] += frame[n] * factor * setup.window[n]
        norm[j * step + n] += setup.window[n] * setup.window[n]
      }
    }
    if boundary {
      let half = length / 2
      let kept = max(0, output.count - 2 * half)
      output = Array(output[half..<(half + kept)])
      norm = Array(norm[half..<(half + kept)])
    }
    for n in output.indices where norm[n] > 1e-10 { output[n] /= norm[n] }
    return (output, output.indices.map { Double($0) / setup.rate })
  }
}
