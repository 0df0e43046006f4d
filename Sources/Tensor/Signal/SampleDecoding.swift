import Foundation

/// Interleaved WAV samples to planar float64 scaled like soundfile: PCM divided by 2^(bits−1)
/// (8-bit is unsigned, offset by 128), floats as stored. Large reads run on both cores.
enum SampleDecoding {
  static func decode(
    _ bytes: UnsafeRawBufferPointer, offset: Int, frames: Int, layout: WAVLayout,
    channels: [Int]
  ) -> [Double] {
    let total = frames * channels.count
    guard let base = bytes.baseAddress, total > 0 else { return [] }
    let source = base + offset
    return BufferPool.shared.filled(total) { buffer in
      let out = SendableBuffer(buffer: buffer)
      let pointer = SendablePointer(pointer: source)
      Parallel.ranges(frames, minimum: 1 << 18) { range in
        for (slot, channel) in channels.enumerated() {
          let target = out.buffer.baseAddress.map { $0 + slot * frames }
          guard let target else { return }
          convert(
            pointer.pointer, layout: layout, channel: channel, range: range, into: target)
        }
      }
    }
  }

  static func convert(
    _ source: UnsafeRawPointer, layout: WAVLayout, channel: Int, range: Range<Int>,
    into target: UnsafeMutablePointer<Double>
  ) {
    let stride = layout.blockAlign
    let start = source + channel * layout.encoding.bytes
    switch layout.encoding {
    case .pcm(bits: 16):
      for frame in range {
        let value = Int16(littleEndian: (start + frame * stride).loadUnaligned(as: Int16.self))
        target[frame] = Double(value) / 32768
      }
    case .pcm(bits: 8):
      for frame in range {
        target[frame] =
          (Double(start.load(fromByteOffset: frame * stride, as: UInt8.self)) - 128)
          / 128
      }
    case .pcm(bits: 24):
      for frame in range {
        let p = start + frame * stride
        let raw =
          Int32(p.load(as: UInt8.self)) | Int32(p.load(fromByteOffset: 1, as: UInt8.self)) << 8
          | Int32(p.load(fromByteOffset: 2, as: Int8.self)) << 16
        target[frame] = Double(raw) / 8_388_608
      }
    case .pcm:
      for frame in range {
        let value = Int32(littleEndian: (start + frame * stride).loadUnaligned(as: Int32.self))
        target[frame] = Double(value) / 2_147_483_648
      }
    case .float(bits: 32):
      for frame in range {
        let raw = UInt32(littleEndian: (start + frame * stride).loadUnaligned(as: UInt32.self))
        target[frame] = Double(Float(bitPattern: raw))
      }
    case .float:
      for frame in range {
        let raw = UInt64(littleEndian: (start + frame * stride).loadUnaligned(as: UInt64.self))
        target[frame] = Double(bitPattern: raw)
      }
    }
  }
}

/// A read-only pointer handed to worker threads.
struct SendablePointer: @unchecked Sendable {
  let pointer: UnsafeRawPointer
}
