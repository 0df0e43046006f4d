import Foundation
import XCTest

@testable import Tensor

/// librosa's melspectrogram, power_to_db and mfcc against ours, within 1e-6 relative.
final class MelReferenceTests: XCTestCase {
  struct Case {
    var fftLength = 2048
    var hop = 512
    var windowLength = 2048
    var window = Window.hann
    var padMode = PadMode.constant
    var power = 2.0
    var melCount = 128
    var fmin = 0.0
    var fmax: Double?
    var htk = false
    var slaney = true
  }

  func mel(_ x: [Double], rate: Double, _ c: Case) -> (Tensor, MelFilterbank) {
    let window = c.window.values(c.windowLength)
    let left = (c.fftLength - c.windowLength) / 2
    var padded = [Double](repeating: 0, count: c.fftLength)
    for (n, w) in window.enumerated() { padded[left + n] = w }
    let setup = FrameSetup(
      rate: rate, fftLength: c.fftLength, hop: c.hop, window: padded, center: true,
      padMode: c.padMode)
    let bank = MelFilterbank(
      rate: rate, fftLength: c.fftLength, melCount: c.melCount, fmin: c.fmin,
      fmax: c.fmax ?? rate / 2, htk: c.htk, slaneyNorm: c.slaney)
    return (MelSpectrum.melspectrogram(x, setup, power: c.power, bank: bank), bank)
  }

  func db(_ m: Tensor, ref: Double = 1, topDB: Double? = 80) throws -> Tensor {
    try Tensor(
      shape: m.shape, data: MelSpectrum.powerToDB(m.data, ref: ref, amin: 1e-10, topDB: topDB))
  }

  func checkAll(_ x: [Double], rate: Double, prefix: String) throws {
    let (m, _) = mel(x, rate: rate, Case())
    try SignalReferenceTests.check(m, prefix + "mel.defaults", tolerance: 1e-6)
    let d = try db(m)
    try SignalReferenceTests.check(d, prefix + "db.defaults", tolerance: 1e-6)
    try SignalReferenceTests.check(
      MelSpectrum.mfcc(d, count: 20, lifter: 0), prefix + "mfcc.defaults", tolerance: 1e-6)
    let small = Case(
      fftLength: 512, hop: 128, windowLength: 512, melCount: 40, fmin: 50, fmax: 3500)
    let (m2, bank) = mel(x, rate: rate, small)
    try SignalReferenceTests.check(m2, prefix + "mel.small", tolerance: 1e-6)
    let centres = try XCTUnwrap(
      try SignalReferenceTests.entry(prefix + "mel.small")["centres"] as? [Double])
    for (a, b) in zip(bank.centres, centres) { XCTAssertEqual(a, b, accuracy: 1e-9 * b) }
    let peak = m2.data.max() ?? 1
    try SignalReferenceTests.check(
      try db(m2, ref: peak, topDB: 60), prefix + "db.small", tolerance: 1e-6)
    try SignalReferenceTests.check(
      MelSpectrum.mfcc(try db(m2), count: 13, lifter: 22), prefix + "mfcc.small", tolerance: 1e-6)
    let htk = Case(
      fftLength: 1000, hop: 250, windowLength: 800, window: .hamming, padMode: .reflect,
      power: 1, melCount: 32, htk: true, slaney: false)
    try SignalReferenceTests.check(mel(x, rate: rate, htk).0, prefix + "mel.htk", tolerance: 1e-6)
  }

  func testSyntheticSignalMatchesLibrosa() throws {
    try checkAll(SignalReferenceTests.synthetic(), rate: 8000, prefix: "synthetic.")
  }

  func testWhaleRecordingMatchesLibrosa() throws {
    let whale = try SignalReferenceTests.whale()
    try checkAll(whale.samples, rate: whale.rate, prefix: "whale.")
  }
}
