import Foundation

/// Writes audio as a RIFF/WAVE file: a plain `fmt ` chunk for mono/stereo up to 16 bits and
/// for float, WAVE_FORMAT_EXTENSIBLE otherwise (as the format's specification asks). PCM
/// values are `round(x · 2^(bits−1))`, clipped to the integer range, so a signal read from
/// a PCM file writes back bit for bit.
public enum WAVWriter {
  /// The file's bytes; nil when the data would not fit a RIFF file (4 GiB).
  public static func bytes(_ audio: Audio, encoding: SampleEncoding) -> [UInt8]? {
    let frames = audio.frames
    let blockAlign = audio.channels * encoding.bytes
    let (dataSize, overflow) = frames.multipliedReportingOverflow(by: blockAlign)
    guard !overflow, dataSize < 0xFFFF_FF00 else { return nil }
    let bits: Int
    let tag: Int
    switch encoding {
    case .pcm(let b): (bits, tag) = (b, 1)
    case .float(let b): (bits, tag) = (b, 3)
    }
    let extensible = tag == 1 && (audio.channels > 2 || bits > 16)
    var out: [UInt8] = []
    out.reserveCapacity(dataSize + 80)
    func append(_ value: Int, _ count: Int) {
      for byte in 0..<count { out.append(UInt8(truncatingIfNeeded: value >> (8 * byte))) }
    }
    let formatSize = extensible ? 40 : 16
    out += Array("RIFF".utf8)
    append(4 + 8 + formatSize + 8 + dataSize + (dataSize & 1), 4)
    out += Array("WAVEfmt ".utf8)
    append(formatSize, 4)
    append(extensible ? 0xFFFE : tag, 2)
    append(audio.channels, 2)
    append(Int(audio.rate), 4)
    append(Int(audio.rate) * blockAlign, 4)
    append(blockAlign, 2)
    append(bits, 2)
    if extensible {
      append(22, 2)
      append(bits, 2)
      append(0, 4)
      // KSDATAFORMAT_SUBTYPE_PCM: 00000001-0000-0010-8000-00aa00389b71
      append(tag, 4)
      out += [0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71]
    }
    out += Array("data".utf8)
    append(dataSize, 4)
    for frame in 0..<frames {
      for channel in 0..<audio.channels {
        encode(audio.samples[channel * frames + frame], encoding, append)
      }
    }
    if dataSize & 1 == 1 { out.append(0) }
    return out
  }

  static func encode(_ x: Double, _ encoding: SampleEncoding, _ append: (Int, Int) -> Void) {
    switch encoding {
    case .pcm(let bits):
      let scale = Double(1 << (bits - 1))
      let value = (x * scale).rounded()
      let clipped = value.isNaN ? 0 : min(scale - 1, max(-scale, value))
      append(bits == 8 ? Int(clipped) + 128 : Int(clipped), bits / 8)
    case .float(32):
      append(Int(Float(x).bitPattern), 4)
    case .float:
      append(Int(truncatingIfNeeded: x.bitPattern), 8)
    }
  }
}
