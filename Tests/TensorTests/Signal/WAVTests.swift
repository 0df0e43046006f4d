import Foundation
import XCTest

@testable import Tensor

final class WAVTests: XCTestCase {
  var folder: URL!

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "awish-wav-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  func le(_ value: Int, _ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
  }

  /// A WAV file from parts: fmt fields, extra chunks before data, the data bytes.
  func wav(
    magic: String = "RIFF", tag: Int = 1, channels: Int = 1, rate: Int = 8000, bits: Int = 16,
    blockAlign: Int? = nil, chunks: [UInt8] = [], data: [UInt8], dataSize: Int? = nil
  ) -> [UInt8] {
    let align = blockAlign ?? channels * bits / 8
    var fmt = le(tag, 2) + le(channels, 2) + le(rate, 4) + le(rate * align, 4)
    fmt += le(align, 2) + le(bits, 2)
    var body = Array("WAVE".utf8) + Array("fmt ".utf8) + le(fmt.count, 4) + fmt + chunks
    body += Array("data".utf8) + le(dataSize ?? data.count, 4) + data
    return Array(magic.utf8) + le(body.count, 4) + body
  }

  func write(_ bytes: [UInt8], _ name: String = "x.wav") throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  func read(_ bytes: [UInt8]) throws -> Audio {
    try WAVReader.read(path: try write(bytes))
  }

  /// Reads `bytes` with `selection`, expecting an error of `kind` whose message holds
  /// `fragment`.
  func expectError(
    _ bytes: [UInt8], _ fragment: String, kind: WAVError.Kind = .malformed,
    _ selection: WAVReader.Selection = .init(), line: UInt = #line
  ) throws {
    let path = try write(bytes)
    do throws(WAVError) {
      _ = try WAVReader.read(path: path, selection)
      XCTFail("no error", line: line)
    } catch {
      XCTAssertTrue(error.message.contains(fragment), error.message, line: line)
      XCTAssertEqual(error.kind, kind, error.message, line: line)
      XCTAssertNil(error.failure, line: line)
    }
  }

  func testEveryEncodingScalesLikeSoundfile() throws {
    let pcm16 = try read(wav(data: le(-32768, 2) + le(16384, 2)))
    XCTAssertEqual(pcm16.samples, [-1, 0.5])
    let pcm8 = try read(wav(bits: 8, data: [0, 192]))
    XCTAssertEqual(pcm8.samples, [-1, 0.5])
    let pcm24 = try read(wav(bits: 24, data: le(-8_388_608, 3) + le(4_194_304, 3)))
    XCTAssertEqual(pcm24.samples, [-1, 0.5])
    let pcm32 = try read(wav(bits: 32, data: le(Int(Int32.min), 4) + le(1 << 30, 4)))
    XCTAssertEqual(pcm32.samples, [-1, 0.5])
    let f32 = try read(wav(tag: 3, bits: 32, data: le(Int(Float(0.25).bitPattern), 4)))
    XCTAssertEqual(f32.samples, [0.25])
    let f64 = try read(
      wav(tag: 3, bits: 64, data: le(Int(truncatingIfNeeded: (-0.125).bitPattern), 8)))
    XCTAssertEqual(f64.samples, [-0.125])
  }

  func testStereoIsPlanarAndChannelsAndRangesSelect() throws {
    let frames = (0..<8).flatMap { le($0 * 100, 2) + le(-$0 * 100, 2) }
    let bytes = wav(channels: 2, rate: 4, data: frames)
    let audio = try read(bytes)
    XCTAssertEqual(audio.channels, 2)
    XCTAssertEqual(audio.frames, 8)
    XCTAssertEqual(audio.channel(1)[3], -300.0 / 32768)
    let part = try WAVReader.read(
      path: try write(bytes), .init(channels: [1], start: 0.5, duration: 1))
    XCTAssertEqual(part.samples, [-200, -300, -400, -500].map { Double($0) / 32768 })
  }

  func testUnknownAndOddChunksAreSkippedAndExtensibleRead() throws {
    let odd = Array("junk".utf8) + le(3, 4) + [1, 2, 3, 0]
    XCTAssertEqual(try read(wav(chunks: odd, data: le(16384, 2))).samples, [0.5])
    // WAVE_FORMAT_EXTENSIBLE with the float sub-format.
    var fmt = le(0xFFFE, 2) + le(1, 2) + le(8000, 4) + le(32000, 4) + le(4, 2) + le(32, 2)
    fmt += le(22, 2) + le(32, 2) + le(0, 4) + le(3, 4) + [UInt8](repeating: 0, count: 12)
    var body = Array("WAVEfmt ".utf8) + le(fmt.count, 4) + fmt
    body += Array("data".utf8) + le(4, 4) + le(Int(Float(-0.5).bitPattern), 4)
    XCTAssertEqual(try read(Array("RIFF".utf8) + le(body.count, 4) + body).samples, [-0.5])
  }

  func testRF64TakesTheDataSizeFromDs64() throws {
    let ds64 = Array("ds64".utf8) + le(28, 4) + le(0, 8) + le(4, 8) + le(2, 8) + le(0, 4)
    let bytes = wav(
      magic: "RF64", chunks: [], data: le(16384, 2) + le(-16384, 2), dataSize: 0xFFFF_FFFF)
    // Put ds64 first, as RF64 requires.
    let head = Array(bytes[0..<12])
    let rest = Array(bytes[12...])
    XCTAssertEqual(try read(head + ds64 + rest).samples, [0.5, -0.5])
  }

  func testMalformedFilesEndInClearErrors() throws {
    try expectError(wav(data: le(1, 2) + le(2, 2), dataSize: 400), "truncated")
    try expectError(wav(blockAlign: 3, data: le(1, 2)), "block align is 3")
    try expectError(wav(channels: 0, data: []), "0 channels")
    try expectError(wav(data: le(1, 2), dataSize: 0x7FFF_FFF0), "declares 2147483632 bytes")
    try expectError(wav(data: [1, 2, 3]), "not a whole number")
    try expectError(wav(bits: 12, data: le(1, 2)), "12-bit PCM")
    try expectError(wav(tag: 2, data: le(1, 2)), "format tag 2")
    try expectError(Array("RIFF".utf8) + le(4, 4) + Array("WAVE".utf8), "no fmt chunk")
    try expectError(Array("RIFX0000".utf8) + Array("WAVE".utf8), "not a WAV file")
    try expectError([1, 2, 3], "too short")
    let hugeChunk = Array("LIST".utf8) + le(0xFFFF_FFF0, 4)
    try expectError(wav(chunks: hugeChunk, data: le(1, 2)), "chunk 'LIST'")
    let rf64 = wav(magic: "RF64", data: le(1, 2), dataSize: 0xFFFF_FFFF)
    let ds64 = Array("ds64".utf8) + le(28, 4) + le(0, 8) + [0, 0, 0, 0, 0, 0, 0, 0x7F] + le(0, 12)
    try expectError(Array(rf64[0..<12]) + ds64 + Array(rf64[12...]), "truncated")
  }

  func testRequestsOutsideTheRecordingAreOutOfRange() throws {
    let bytes = wav(rate: 4, data: le(1, 2) + le(2, 2))
    try expectError(bytes, "past the end", kind: .outOfRange, .init(start: 10))
    try expectError(bytes, "start must be", kind: .outOfRange, .init(start: -1))
    try expectError(bytes, "duration must be", kind: .outOfRange, .init(duration: .nan))
    try expectError(bytes, "channel 1 does not exist", kind: .outOfRange, .init(channels: [1]))
    // A layout claiming more frames than a signal may hold is refused before any decoding.
    var many = WAVLayout()
    (many.channels, many.rate, many.blockAlign) = (1, 1, 1)
    many.dataSize = Tensor.maxElements + 1
    let none = UnsafeRawBufferPointer(start: nil, count: 0)
    XCTAssertThrowsError(try WAVReader.decode(none, many, .init())) { error in
      XCTAssertEqual((error as? WAVError)?.kind, .tooLarge)
    }
  }

  func testMissingFileKeepsTheSystemsFailure() {
    XCTAssertThrowsError(try WAVReader.read(path: folder.appendingPathComponent("none.wav").path)) {
      error in
      XCTAssertEqual((error as? WAVError)?.kind, .unreadable)
      XCTAssertEqual((error as? WAVError)?.failure, .notFound)
    }
    XCTAssertThrowsError(try WAVReader.read(path: folder.path)) { error in
      XCTAssertEqual((error as? WAVError)?.failure, .isADirectory)
    }
  }

  func testWriterRoundTripsEveryEncoding() throws {
    let samples = [-1.0, -0.5, 0, 0.25, 32767.0 / 32768]
    for name in ["pcm16", "pcm24", "pcm32", "float32", "float64", "pcm8"] {
      let encoding = try XCTUnwrap(SampleEncoding.named(name))
      let audio = Audio(rate: 48000, channels: 1, samples: samples, encoding: encoding)
      let bytes = try XCTUnwrap(WAVWriter.bytes(audio, encoding: encoding))
      let back = try read(bytes)
      XCTAssertEqual(back.encoding, encoding)
      XCTAssertEqual(back.rate, 48000)
      let tolerance = name == "pcm8" ? 1.0 / 128 : 0
      for (a, b) in zip(back.samples, samples) { XCTAssertEqual(a, b, accuracy: tolerance, name) }
    }
    let stereo = Audio(
      rate: 8000, channels: 3, samples: [0, 0.5, -0.5, 0.25, 0, 1], encoding: .pcm(bits: 24))
    let back = try read(try XCTUnwrap(WAVWriter.bytes(stereo, encoding: .pcm(bits: 24))))
    XCTAssertEqual(back.channels, 3)
    XCTAssertEqual(back.channel(2), [0, 1 - 1.0 / 8_388_608])
  }

  func testBroadcastExtensionGivesTheStartTime() throws {
    var bext = [UInt8](repeating: 0, count: 346)
    for (i, byte) in "2024-01-15".utf8.enumerated() { bext[320 + i] = byte }
    for (i, byte) in "12:30:05".utf8.enumerated() { bext[330 + i] = byte }
    let audio = try read(wav(chunks: Array("bext".utf8) + le(346, 4) + bext, data: le(0, 2)))
    XCTAssertEqual(audio.startTime, 1_705_321_805)
  }
}
