import Foundation

/// How librosa pads a centred signal (numpy.pad modes).
public enum PadMode: String, Sendable, CaseIterable {
  case constant, edge, reflect, symmetric
}

/// librosa's framing: frame t covers `n_fft` samples centred on sample `t·hop` (with
/// `center`, after padding `n_fft/2` samples at both ends) or starting there (without).
public struct FrameSetup: Sendable {
  public var rate: Double
  public var fftLength: Int
  public var hop: Int
  /// The analysis window, already zero-padded (centred) to `fftLength`.
  public var window: [Double]
  public var center: Bool
  public var padMode: PadMode

  public init(
    rate: Double, fftLength: Int, hop: Int, window: [Double], center: Bool, padMode: PadMode
  ) {
    self.rate = rate
    self.fftLength = fftLength
    self.hop = hop
    self.window = window
    self.center = center
    self.padMode = padMode
  }

  /// Frames of a signal of `length` samples (0 when it is too short).
  public func frameCount(_ length: Int) -> Int {
    let padded = center ? length + 2 * (fftLength / 2) : length
    return padded < fftLength ? 0 : 1 + (padded - fftLength) / hop
  }

  /// Frame times in seconds, `t·hop/rate` (librosa's `frames_to_time`).
  public func times(_ frames: Int) -> [Double] {
    (0..<frames).map { Double($0 * hop) / rate }
  }

  /// The signal as the frames see it: padded by `fftLength/2` at both ends when centred.
  func padded(_ x: [Double]) -> Extended {
    guard center, let first = x.first, let last = x.last else {
      return Extended(head: [], body: x, tail: [])
    }
    let count = fftLength / 2
    let n = x.count
    func sample(_ index: Int) -> Double {
      // numpy.pad reflects repeatedly when the pad is longer than the signal.
      switch padMode {
      case .constant: return 0
      case .edge: return index < 0 ? first : last
      case .reflect, .symmetric:
        let isReflect = padMode == .reflect
        let period = isReflect ? max(1, 2 * (n - 1)) : 2 * n
        var m = index % period
        if m < 0 { m += period }
        if isReflect { return n == 1 ? first : x[m < n ? m : period - m] }
        return x[m < n ? m : period - 1 - m]
      }
    }
    return Extended(head: (-count..<0).map(sample), body: x, tail: (n..<(n + count)).map(sample))
  }
}

/// librosa's `feature.melspectrogram`, `power_to_db` and `feature.mfcc`.
public enum MelSpectrum {
  /// `mel_basis @ |stft(x)|^power`, `[n_mels, frames]`; frames run on both cores.
  public static func melspectrogram(
    _ x: [Double], _ setup: FrameSetup, power: Double, bank: MelFilterbank
  ) -> Tensor {
    let signal = setup.padded(x)
    let frames = setup.frameCount(x.count)
    let rows = bank.filters.count
    let data = FrameColumns.fill(count: frames, rows: rows) {
      MelWorker(setup: setup, bank: bank, power: power)
    } fill: { worker, frame, output in
      worker.run(signal, start: frame * setup.hop, output)
    }
    return Tensor(unchecked: [rows, frames], data: data)
  }

  /// `10·log10(max(amin, S)) − 10·log10(max(amin, ref))`, then floored at `max − topDB`.
  public static func powerToDB(_ values: [Double], ref: Double, amin: Double, topDB: Double?)
    -> [Double]
  {
    let offset = 10.0 * log10(max(amin, ref))
    // Value by value on both cores (each value's result is the same on any thread).
    var db = BufferPool.shared.filled(values.count) { buffer in
      let out = SendableBuffer(buffer: buffer)
      Parallel.ranges(values.count, minimum: 1 << 16) { range in
        for index in range { out.buffer[index] = 10.0 * log10(max(amin, values[index])) - offset }
      }
    }
    if let topDB, let peak = db.max() {
      let floor = peak - topDB
      for index in db.indices where db[index] < floor { db[index] = floor }
    }
    return db
  }

  /// The first `count` coefficients of the orthonormal DCT-II of each column of `db`
  /// (`[n_mels, frames]` → `[count, frames]`), then librosa's sine lifter when `lifter` > 0.
  public static func mfcc(_ db: Tensor, count: Int, lifter: Double) -> Tensor {
    let mels = db.shape[0]
    let frames = db.shape[1]
    let basis = dctBasis(count, mels)
    // One coefficient row per task; each row sums in the same order on any thread.
    let rows = Parallel.map(Array(0..<count)) { k -> [Double] in
      var row = [Double](repeating: 0, count: frames)
      let data = db.data
      row.withUnsafeMutableBufferPointer { row in
        data.withUnsafeBufferPointer { values in
          guard let out = row.baseAddress, let input = values.baseAddress else { return }
          for n in 0..<mels {
            let weight = basis[k * mels + n]
            let start = input + n * frames
            for t in 0..<frames { out[t] += weight * start[t] }
          }
        }
      }
      if lifter > 0 {
        let lift = 1 + (lifter / 2) * sin(Double.pi * Double(k + 1) / lifter)
        for t in 0..<frames { row[t] *= lift }
      }
      return row
    }
    return Tensor(unchecked: [count, frames], data: rows.flatMap { $0 })
  }

  /// `sqrt(2/N)·c_k·cos(πk(2n+1)/(2N))`, c₀ = 1/√2: row k for coefficient k.
  static func dctBasis(_ count: Int, _ n: Int) -> [Double] {
    var basis = [Double](repeating: 0, count: count * n)
    let scale = (2.0 / Double(n)).squareRoot()
    for k in 0..<count {
      let c = k == 0 ? (0.5).squareRoot() : 1
      for m in 0..<n {
        let phase = Double((k * (2 * m + 1)) % (4 * n)) / Double(2 * n)
        basis[k * n + m] = scale * c * cos(Double.pi * phase)
      }
    }
    return basis
  }
}

/// One thread's buffers for mel frames.
struct MelWorker {
  let setup: FrameSetup
  let bank: MelFilterbank
  let power: Double
  var fft: RealFFTBuffers

  init(setup: FrameSetup, bank: MelFilterbank, power: Double) {
    self.setup = setup
    self.bank = bank
    self.power = power
    fft = RealFFTBuffers(setup.fftLength)
  }

  mutating func run(_ signal: Extended, start: Int, _ output: UnsafeMutablePointer<Double>) {
    let length = setup.fftLength
    fft.frame.withUnsafeMutableBufferPointer { frame in
      guard let base = frame.baseAddress else { return }
      signal.copy(from: start, count: length, into: base)
    }
    for n in 0..<length { fft.frame[n] *= setup.window[n] }
    fft.transform()
    let bins = fft.plan.bins
    fft.re.withUnsafeMutableBufferPointer { re in
      fft.im.withUnsafeBufferPointer { im in
        guard let r = re.baseAddress else { return }
        if power == 2 {
          for k in 0..<bins { r[k] = r[k] * r[k] + im[k] * im[k] }
        } else {
          for k in 0..<bins { r[k] = pow((r[k] * r[k] + im[k] * im[k]).squareRoot(), power) }
        }
        bank.apply(r, output)
      }
    }
  }
}

/// Results laid out `[rows, count]` computed one column at a time: columns go to the cores
/// in tiles, each tile transposed into place, so results do not depend on the thread count.
enum FrameColumns {
  static let tile = 32

  static func fill<State>(
    count: Int, rows: Int, state: @Sendable () -> State,
    fill: @Sendable (inout State, Int, UnsafeMutablePointer<Double>) -> Void
  ) -> [Double] {
    let tiles = (count + tile - 1) / tile
    // Every value is written by exactly one tile.
    return BufferPool.shared.filled(rows * count) { buffer in
      let out = SendableBuffer(buffer: buffer)
      Parallel.ranges(tiles, minimum: 32) { range in
        var local = state()
        var block = [Double](repeating: 0, count: tile * max(rows, 1))
        for tileIndex in range {
          let first = tileIndex * tile
          let width = min(tile, count - first)
          block.withUnsafeMutableBufferPointer { block in
            guard let base = block.baseAddress else { return }
            for index in 0..<width { fill(&local, first + index, base + index * rows) }
            for row in 0..<rows {
              for index in 0..<width {
                out.buffer[row * count + first + index] = base[index * rows + row]
              }
            }
          }
        }
      }
    }
  }
}
