import XCTest

@testable import Tensor

/// Large batches run on both cores; the values must be bit-identical to one thread.
final class SpectralParallelTests: XCTestCase {
  func testManySegmentsGiveTheSameBitsAsOneThread() {
    let x = SignalReferenceTests.synthetic(count: 300_000)
    let setup = SegmentSetup(
      rate: 8000, window: Window.hann.values(64), overlap: 32, fftLength: 64, detrend: .constant,
      isOneSided: true)
    let segments = Spectral.segmentCount(x.count, setup)
    XCTAssertGreaterThan(segments / Spectral.tile, 2 * 64, "enough tiles to be split")
    for mode in [SpectralMode.psd, .complex] {
      let parallel = Spectral.spectrogram(x, setup, density: true, mode: mode).values.data
      let parts = mode == .complex ? 2 : 1
      var serial = [Double](repeating: .nan, count: setup.bins * segments * parts)
      var worker = SegmentWorker(
        setup, scale: Spectral.scaleFactor(setup, density: true), mode: mode)
      let signal = Extended(head: [], body: x, tail: [])
      serial.withUnsafeMutableBufferPointer { out in
        var first = 0
        while first < segments {
          let count = min(Spectral.tile, segments - first)
          worker.run(signal, first: first, count: count, segments: segments, out)
          first += count
        }
      }
      XCTAssertEqual(parallel.count, serial.count)
      XCTAssertTrue(zip(parallel, serial).allSatisfy { $0.bitPattern == $1.bitPattern }, "\(mode)")
    }
  }

  func testMelFramesGiveTheSameBitsAsOneThread() {
    let x = SignalReferenceTests.synthetic(count: 200_000)
    var window = [Double](repeating: 0, count: 256)
    for (n, w) in Window.hann.values(256).enumerated() { window[n] = w }
    let setup = FrameSetup(
      rate: 8000, fftLength: 256, hop: 64, window: window, center: true, padMode: .constant)
    let bank = MelFilterbank(
      rate: 8000, fftLength: 256, melCount: 20, fmin: 0, fmax: 4000, htk: false, slaneyNorm: true)
    let parallel = MelSpectrum.melspectrogram(x, setup, power: 2, bank: bank)
    var worker = MelWorker(setup: setup, bank: bank, power: 2)
    let frames = parallel.shape[1]
    var column = [Double](repeating: 0, count: 20)
    var identical = true
    let padded = setup.padded(x)
    XCTAssertGreaterThan(frames / FrameColumns.tile, 2 * 32, "enough tiles to be split")
    for t in 0..<frames {
      column.withUnsafeMutableBufferPointer { out in
        guard let base = out.baseAddress else { return }
        worker.run(padded, start: t * 64, base)
      }
      for m in 0..<20 where parallel.data[m * frames + t].bitPattern != column[m].bitPattern {
        identical = false
      }
    }
    XCTAssertTrue(identical)
  }
}
