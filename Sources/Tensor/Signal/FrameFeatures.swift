import Foundation

/// Per-frame descriptors of a spectrogram `S[bin, frame]` (power or magnitude, as given) over
/// bin frequencies f, and of the samples each frame covered:
/// - centroid `Σ f·S / Σ S`; bandwidth `√(Σ S·(f − centroid)² / Σ S)` (librosa's p = 2);
/// - rolloff: the lowest f where the cumulative sum reaches `fraction` of the total;
/// - flatness: geometric over arithmetic mean of `max(S, 1e-10)`;
/// - band energy: `Σ S·binWidth` over bins with lo ≤ f < hi (band power for a PSD);
/// - rms `√(mean x²)` and zero-crossing rate (sign changes / frame length) of the frame's
///   samples, positions outside the signal (padding) counting as zeros.
/// A frame whose spectrum sums to 0 has centroid, bandwidth and rolloff 0.
public enum FrameFeatures {
  /// Which samples frame j covered: `samples[offset + j·step ..< offset + j·step + length]`.
  public struct Coverage: Sendable {
    public let samples: [Double]
    public let offset: Int
    public let step: Int
    public let length: Int

    public init(samples: [Double], offset: Int, step: Int, length: Int) {
      self.samples = samples
      self.offset = offset
      self.step = step
      self.length = length
    }
  }

  /// Named columns, one value per frame, in display order.
  public static func compute(
    _ spectrum: Tensor, frequencies: [Double], binWidth: Double, bands: [(Double, Double)],
    fraction: Double, coverage: Coverage?
  ) -> [(name: String, values: [Double])] {
    let bins = spectrum.shape[0]
    let frames = spectrum.shape[1]
    var columns: [(name: String, values: [Double])] = []
    if let coverage {
      let (rms, zcr) = timeDomain(coverage, frames)
      columns += [("rms", rms), ("zcr", zcr)]
    }
    var centroid = [Double](repeating: 0, count: frames)
    var bandwidth = centroid
    var rolloff = centroid
    var flatness = centroid
    var energies = bands.map { _ in [Double](repeating: 0, count: frames) }
    var column = [Double](repeating: 0, count: bins)
    let values = spectrum.data  // read once: a float32 tensor converts on every read
    for j in 0..<frames {
      for k in 0..<bins { column[k] = values[k * frames + j] }
      (centroid[j], bandwidth[j], rolloff[j]) = shape(column, frequencies, fraction)
      flatness[j] = self.flatness(column)
      for (index, band) in bands.enumerated() {
        var energy = 0.0
        for k in 0..<bins where frequencies[k] >= band.0 && frequencies[k] < band.1 {
          energy += column[k]
        }
        energies[index][j] = energy * binWidth
      }
    }
    columns += [
      ("centroid", centroid), ("bandwidth", bandwidth), ("rolloff", rolloff),
      ("flatness", flatness),
    ]
    for (index, band) in bands.enumerated() {
      columns.append(("band_\(label(band.0))_\(label(band.1))", energies[index]))
    }
    return columns
  }

  /// Centroid, bandwidth and rolloff of one frame; zeros when it holds no energy.
  static func shape(_ column: [Double], _ frequencies: [Double], _ fraction: Double)
    -> (Double, Double, Double)
  {
    let total = column.reduce(0, +)
    guard total > 0 else { return (0, 0, 0) }
    var weighted = 0.0
    for k in column.indices { weighted += frequencies[k] * column[k] }
    let centroid = weighted / total
    var spread = 0.0
    for k in column.indices { spread += column[k] * pow(frequencies[k] - centroid, 2) }
    var running = 0.0
    var rolloff = 0.0
    for k in column.indices {
      running += column[k]
      if running >= fraction * total {
        rolloff = frequencies[k]
        break
      }
    }
    return (centroid, (spread / total).squareRoot(), rolloff)
  }

  /// Geometric over arithmetic mean of `max(S, 1e-10)`.
  static func flatness(_ column: [Double]) -> Double {
    guard !column.isEmpty else { return 0 }
    var logSum = 0.0
    var sum = 0.0
    for value in column {
      let floored = max(value, 1e-10)
      logSum += log(floored)
      sum += floored
    }
    return exp(logSum / Double(column.count)) / (sum / Double(column.count))
  }

  static func label(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
  }

  static func timeDomain(_ coverage: Coverage, _ frames: Int) -> ([Double], [Double]) {
    var rms = [Double](repeating: 0, count: frames)
    var zcr = rms
    let samples = coverage.samples
    for j in 0..<frames {
      let start = coverage.offset + j * coverage.step
      var squares = 0.0
      var crossings = 0
      var previous = 0.0
      for n in 0..<coverage.length {
        let index = start + n
        let x = index >= 0 && index < samples.count ? samples[index] : 0
        squares += x * x
        if n > 0, x.sign != previous.sign { crossings += 1 }
        previous = x
      }
      rms[j] = (squares / Double(coverage.length)).squareRoot()
      zcr[j] = Double(crossings) / Double(coverage.length)
    }
    return (rms, zcr)
  }
}
