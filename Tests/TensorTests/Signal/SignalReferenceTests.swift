import Foundation
import TestSupport
import XCTest

@testable import Tensor

/// scipy.signal and librosa results (Fixtures/signal_reference.json, made by
/// Reference/make_signal_reference.py) against ours: spectrogram/stft within 1e-9 relative,
/// mel, dB and MFCC within 1e-6.
final class SignalReferenceTests: XCTestCase {
  nonisolated(unsafe) static let reference: [String: Any] = {
    guard
      let url = Bundle.module.url(forResource: "Fixtures/signal_reference", withExtension: "json"),
      let data = try? Data(contentsOf: url),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    return object
  }()

  /// The generator's chirp + tones + splitmix64 noise.
  static func synthetic(count: Int = 20011, rate: Double = 8000) -> [Double] {
    (0..<count).map { n in
      let t = Double(n) / rate
      let chirp = 0.5 * sin(2 * Double.pi * (100 * t + 0.5 * 1200 * t * t))
      let tones = 0.3 * sin(2 * Double.pi * 440 * t) + 0.2 * sin(2 * Double.pi * 1234.5 * t)
      return chirp + tones + 0.05 * splitmix(n)
    }
  }

  static func splitmix(_ n: Int) -> Double {
    var z = UInt64(n + 1) &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) / Double(UInt64(1) << 53) * 2 - 1
  }

  /// PAMGuard's southern right whale clip, read in place from ../shared/fixtures.
  static func whale() throws -> Audio {
    try WAVReader.read(path: try SharedFixtures.path("audio/southern_right_whale_clip2.wav"))
  }

  static func entry(_ name: String) throws -> [String: Any] {
    try XCTUnwrap(SignalReferenceTests.reference[name] as? [String: Any], "no case \(name)")
  }

  /// Compares a result with a stored summary: shape, sums, and the stored time columns
  /// value by value, each within `tolerance` relative to the larger of the value and
  /// 1e-6 of the column's largest magnitude (bins at the noise floor of a 120 dB range).
  static func check(
    _ tensor: Tensor, _ name: String, tolerance: Double, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    let expected = try SignalReferenceTests.entry(name)
    XCTAssertEqual(tensor.shape, expected["shape"] as? [Int], name, file: file, line: line)
    guard tensor.shape == expected["shape"] as? [Int] else { return }
    let sum = try XCTUnwrap(expected["sum"] as? Double)
    let sumsq = try XCTUnwrap(expected["sumsq"] as? Double)
    let scale = tensor.data.reduce(0) { max($0, abs($1)) }
    XCTAssertEqual(
      tensor.data.reduce(0, +), sum, accuracy: tolerance * (abs(sum) + scale), "\(name) sum",
      file: file, line: line)
    XCTAssertEqual(
      tensor.data.reduce(0) { $0 + $1 * $1 }, sumsq, accuracy: tolerance * sumsq,
      "\(name) sum of squares", file: file, line: line)
    let columns = try XCTUnwrap(expected["columns"] as? [String: [Double]])
    let times = tensor.shape[1]
    let inner = tensor.shape.count == 3 ? tensor.shape[2] : 1
    for (key, values) in columns {
      let j = try XCTUnwrap(Int(key))
      var column: [Double] = []
      for k in 0..<tensor.shape[0] {
        for part in 0..<inner { column.append(tensor.data[(k * times + j) * inner + part]) }
      }
      let peak = values.reduce(0) { max($0, abs($1)) }
      var worst = 0.0
      for (a, b) in zip(column, values) {
        worst = max(worst, abs(a - b) / max(abs(b), 1e-6 * peak, .leastNormalMagnitude))
      }
      XCTAssertLessThanOrEqual(worst, tolerance, "\(name) column \(j)", file: file, line: line)
    }
  }

  func setup(_ options: [String: Any], rate: Double, stft: Bool) throws -> SegmentSetup {
    let length = options["nperseg"] as? Int ?? 256
    var window = Window.tukey(alpha: 0.25)
    if stft { window = .hann }
    if let name = options["window"] as? String {
      window = try XCTUnwrap(Window.named(name, parameter: nil))
    } else if let pair = options["window"] as? [Any], let name = pair.first as? String {
      window = try XCTUnwrap(Window.named(name, parameter: pair.last as? Double))
    }
    let overlap = options["noverlap"] as? Int ?? (stft ? length / 2 : length / 8)
    var detrend = stft ? Detrend.none : .constant
    if let kind = options["detrend"] as? String { detrend = try XCTUnwrap(Detrend(rawValue: kind)) }
    if options["detrend"] as? Bool == false { detrend = .none }
    return SegmentSetup(
      rate: rate, window: window.values(length), overlap: overlap,
      fftLength: options["nfft"] as? Int ?? length, detrend: detrend,
      isOneSided: options["return_onesided"] as? Bool ?? true)
  }

  func testSpectrogramsMatchScipy() throws {
    let x = SignalReferenceTests.synthetic()
    for name in [
      "defaults", "hann512", "spectrum", "magnitude", "complex", "linear_nfft", "kaiser_odd",
      "boxcar_twosided", "tukey_angle", "hann_phase",
    ] {
      let key = "synthetic.spectrogram." + name
      let options = try XCTUnwrap(try SignalReferenceTests.entry(key)["options"] as? [String: Any])
      let mode = SpectralMode(rawValue: options["mode"] as? String ?? "psd") ?? .psd
      let result = Spectral.spectrogram(
        x, try setup(options, rate: 8000, stft: false),
        density: options["scaling"] as? String != "spectrum", mode: mode)
      try SignalReferenceTests.check(result.values, key, tolerance: 1e-9)
      try checkAxes(result, key)
    }
  }

  func checkAxes(_ result: Spectrum, _ key: String) throws {
    let expected = try SignalReferenceTests.entry(key)
    let times = try XCTUnwrap(expected["times"] as? [Double])
    XCTAssertEqual(result.times.count, times.count, key)
    for (a, b) in zip(result.times, times) { XCTAssertEqual(a, b, accuracy: 1e-12, key) }
    let frequencies = try XCTUnwrap(expected["frequencies"] as? [Double])
    XCTAssertEqual(result.frequencies.count, expected["bins"] as? Int, key)
    let ours = Array(result.frequencies.prefix(3)) + Array(result.frequencies.suffix(1))
    for (a, b) in zip(ours, frequencies) { XCTAssertEqual(a, b, accuracy: 1e-9, key) }
  }

  func testShortTimeTransformsMatchScipyAndInvert() throws {
    let x = SignalReferenceTests.synthetic()
    for name in ["defaults", "hann512", "even_psd", "unpadded"] {
      let key = "synthetic.stft." + name
      let options = try XCTUnwrap(try SignalReferenceTests.entry(key)["options"] as? [String: Any])
      let boundary: Spectral.Boundary =
        options.keys.contains("boundary")
        ? (options["boundary"] as? String).flatMap(Spectral.Boundary.init) ?? .none : .zeros
      let setup = try setup(options, rate: 8000, stft: true)
      let density = options["scaling"] as? String == "psd"
      let result = Spectral.stft(
        x, setup, density: density, boundary: boundary,
        padded: options["padded"] as? Bool ?? true)
      try SignalReferenceTests.check(result.values, key, tolerance: 1e-9)
      try checkAxes(result, key)
      guard
        let inverse = SignalReferenceTests.reference["synthetic.istft." + name] as? [String: Any]
      else { continue }
      let back = Spectral.istft(result.values, setup, density: density, boundary: true)
      XCTAssertEqual(back.signal.count, inverse["length"] as? Int)
      let head = try XCTUnwrap(inverse["head"] as? [Double])
      for (a, b) in zip(back.signal, head) { XCTAssertEqual(a, b, accuracy: 1e-12) }
      for (a, b) in zip(back.signal, x) { XCTAssertEqual(a, b, accuracy: 1e-12) }
    }
  }

  func testWhaleSpectrogramMatchesScipy() throws {
    let whale = try SignalReferenceTests.whale()
    XCTAssertEqual(whale.rate, 8000)
    XCTAssertEqual(whale.frames, 26_496)
    let head = try XCTUnwrap(SignalReferenceTests.reference["whale.head"] as? [Double])
    XCTAssertEqual(Array(whale.samples.prefix(16)), head)
    let setup = SegmentSetup(
      rate: 8000, window: Window.hann.values(256), overlap: 128, fftLength: 256,
      detrend: .constant, isOneSided: true)
    let result = Spectral.spectrogram(whale.samples, setup, density: true, mode: .psd)
    try SignalReferenceTests.check(result.values, "whale.spectrogram.hann256", tolerance: 1e-9)
    try checkAxes(result, "whale.spectrogram.hann256")
  }

  func testWindowsMatchScipy() throws {
    let windows = try XCTUnwrap(SignalReferenceTests.reference["windows"] as? [String: [Double]])
    for (key, expected) in windows {
      let parts = key.split(separator: "/")
      let spec = parts[0].split(separator: ":")
      let window = try XCTUnwrap(
        Window.named(String(spec[0]), parameter: spec.count > 1 ? Double(spec[1]) : nil))
      let values = window.values(Int(parts[1]) ?? 0, symmetric: parts.count > 2)
      XCTAssertEqual(values.count, expected.count, key)
      for (a, b) in zip(values, expected) { XCTAssertEqual(a, b, accuracy: 1e-15, key) }
    }
  }
}

/// Per-frame features against librosa's spectral_* and rms on the same spectrogram.
final class FrameFeatureReferenceTests: XCTestCase {
  func testSpectralFeaturesMatchLibrosa() throws {
    let whale = try SignalReferenceTests.whale()
    let expected = try SignalReferenceTests.entry("whale.features")
    let setup = SegmentSetup(
      rate: 8000, window: Window.hann.values(256), overlap: 128, fftLength: 256,
      detrend: .constant, isOneSided: true)
    let result = Spectral.spectrogram(whale.samples, setup, density: true, mode: .psd)
    let columns = FrameFeatures.compute(
      result.values, frequencies: result.frequencies, binWidth: 31.25, bands: [(0, 4001)],
      fraction: 0.85, coverage: nil)
    for name in ["centroid", "bandwidth", "rolloff", "flatness"] {
      let ours = try XCTUnwrap(columns.first { $0.name == name }?.values)
      let theirs = try XCTUnwrap(expected[name] as? [Double])
      XCTAssertEqual(ours.count, theirs.count)
      for (a, b) in zip(ours, theirs) {
        XCTAssertEqual(a, b, accuracy: 1e-9 * max(1, abs(b)), name)
      }
    }
    // All bins together: Σ S·Δf, the signal's power by Parseval (up to the window's loss).
    let total = try XCTUnwrap(columns.last?.values.first)
    XCTAssertGreaterThan(total, 0)
  }

  func testRMSOfCentredFramesMatchesLibrosa() throws {
    let whale = try SignalReferenceTests.whale()
    let theirs = try XCTUnwrap(
      try SignalReferenceTests.entry("whale.features")["rms_centred_2048_512"] as? [Double])
    let coverage = FrameFeatures.Coverage(
      samples: whale.samples, offset: -1024, step: 512, length: 2048)
    let (rms, zcr) = FrameFeatures.timeDomain(coverage, theirs.count)
    // librosa.feature.rms computes in float32 (its dtype default).
    for (a, b) in zip(rms, theirs) { XCTAssertEqual(a, b, accuracy: 1e-6 * b) }
    XCTAssertTrue(zcr.allSatisfy { $0 >= 0 && $0 <= 1 })
  }
}
