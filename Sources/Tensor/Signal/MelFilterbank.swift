import Foundation

/// librosa's `filters.mel`: triangles in Hz between mel-spaced edges, Slaney area
/// normalisation by default, weights rounded to float32 as librosa stores them (then used in
/// float64 arithmetic). Kept sparse: each filter's nonzero run of FFT bins.
public struct MelFilterbank: Sendable {
  /// The `n_mels + 2` band edges in Hz; filter i spans edges i … i+2 with its apex at i+1.
  public let edges: [Double]
  /// Per filter: the first bin with a nonzero weight and the weights from there.
  public let filters: [(first: Int, weights: [Double])]
  public let bins: Int

  public init(
    rate: Double, fftLength: Int, melCount: Int, fmin: Double, fmax: Double, htk: Bool,
    slaneyNorm: Bool
  ) {
    bins = fftLength / 2 + 1
    let spacing = 1.0 / (Double(fftLength) * (1.0 / rate))
    let frequencies = (0..<bins).map { Double($0) * spacing }
    let low = MelScale.mel(fmin, htk: htk)
    let high = MelScale.mel(fmax, htk: htk)
    let count = melCount + 2
    let step = (high - low) / Double(count - 1)
    var mels = (0..<count).map { Double($0) * step + low }
    mels[count - 1] = high
    let edges = mels.map { MelScale.hertz($0, htk: htk) }
    self.edges = edges
    var filters: [(first: Int, weights: [Double])] = []
    for i in 0..<melCount {
      let lowerWidth = edges[i + 1] - edges[i]
      let upperWidth = edges[i + 2] - edges[i + 1]
      let norm = slaneyNorm ? 2.0 / (edges[i + 2] - edges[i]) : 1
      let weights = (0..<bins).map { k -> Double in
        let lower = -(edges[i] - frequencies[k]) / lowerWidth
        let upper = (edges[i + 2] - frequencies[k]) / upperWidth
        let triangle = Double(Float(max(0, min(lower, upper))))
        return Double(Float(slaneyNorm ? triangle * norm : triangle))
      }
      let first = weights.firstIndex { $0 != 0 } ?? 0
      let last = weights.lastIndex { $0 != 0 } ?? -1
      filters.append((first, last < first ? [] : Array(weights[first...last])))
    }
    self.filters = filters
  }

  /// The centre frequency (Hz) of each filter.
  public var centres: [Double] { Array(edges.dropFirst().dropLast()) }

  /// `weights @ spectrum` for one frame of `bins` values into `output` (`filters.count`).
  @inline(__always)
  func apply(_ spectrum: UnsafePointer<Double>, _ output: UnsafeMutablePointer<Double>) {
    for (index, filter) in filters.enumerated() {
      var sum = 0.0
      filter.weights.withUnsafeBufferPointer { weights in
        for (offset, weight) in weights.enumerated() {
          sum += weight * spectrum[filter.first + offset]
        }
      }
      output[index] = sum
    }
  }
}

/// Hz ↔ mel, Slaney (linear below 1 kHz, logarithmic above; librosa's default) or HTK.
public enum MelScale {
  static let linearStep = 200.0 / 3
  static let logStep = log(6.4) / 27.0
  static let breakMel = 1000.0 / linearStep

  public static func mel(_ hertz: Double, htk: Bool) -> Double {
    if htk { return 2595.0 * log10(1.0 + hertz / 700.0) }
    if hertz >= 1000 { return breakMel + log(hertz / 1000.0) / logStep }
    return (hertz - 0) / linearStep
  }

  public static func hertz(_ mel: Double, htk: Bool) -> Double {
    if htk { return 700.0 * (pow(10.0, mel / 2595.0) - 1.0) }
    if mel >= breakMel { return 1000.0 * exp(logStep * (mel - breakMel)) }
    return 0 + linearStep * mel
  }
}
