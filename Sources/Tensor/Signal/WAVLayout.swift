import Foundation

/// Where a WAV file's samples are and how they are encoded, from its chunks.
struct WAVLayout {
  var channels = 0
  var rate = 0
  var blockAlign = 0
  var encoding = SampleEncoding.pcm(bits: 16)
  var dataOffset = 0
  var dataSize = 0
  var startTime: Double?

  static func parse(_ bytes: UnsafeRawBufferPointer) throws(WAVError) -> WAVLayout {
    let reader = ByteReader(bytes: bytes)
    guard bytes.count >= 12 else {
      throw WAVError(TensorMessages.wavTooShort(bytes.count))
    }
    let magic = reader.tag(0)
    guard ["RIFF", "RF64", "BW64"].contains(magic), reader.tag(8) == "WAVE" else {
      throw WAVError(TensorMessages.wavNotRIFF)
    }
    var layout = WAVLayout()
    var hasFormat = false
    var hasData = false
    var largeDataSize: Int?
    var offset = 12
    while offset + 8 <= bytes.count {
      let id = reader.tag(offset)
      var size = reader.uint32(offset + 4)
      let body = offset + 8
      if id == "data", magic != "RIFF", size == 0xFFFF_FFFF, let largeDataSize {
        size = largeDataSize
      }
      let remaining = bytes.count - body
      guard size <= remaining else {
        if id == "data" {
          throw WAVError(TensorMessages.wavDataChunkTruncated(size, remaining))
        }
        throw WAVError(TensorMessages.wavChunkTruncated(id, offset, size, remaining))
      }
      switch id {
      case "ds64" where size >= 24: largeDataSize = reader.uint64(body + 8)
      case "fmt ":
        try layout.readFormat(reader, body, size)
        hasFormat = true
      case "bext" where size >= 346: layout.startTime = BroadcastExtension.start(reader, body)
      case "data":
        guard hasFormat else { throw WAVError(TensorMessages.wavDataBeforeFormat) }
        layout.dataOffset = body
        layout.dataSize = size
        hasData = true
      default: break
      }
      offset = body + size + (size & 1)
    }
    guard hasFormat else { throw WAVError(TensorMessages.wavNoFormatChunk) }
    guard hasData else { throw WAVError(TensorMessages.wavNoDataChunk) }
    guard layout.dataSize % layout.blockAlign == 0 else {
      throw WAVError(TensorMessages.wavPartialFrame(layout.dataSize, layout.blockAlign))
    }
    return layout
  }

  mutating func readFormat(_ reader: ByteReader, _ body: Int, _ size: Int) throws(WAVError) {
    guard size >= 16 else { throw WAVError(TensorMessages.wavShortFormatChunk(size)) }
    var tag = reader.uint16(body)
    channels = reader.uint16(body + 2)
    rate = reader.uint32(body + 4)
    blockAlign = reader.uint16(body + 12)
    let bits = reader.uint16(body + 14)
    if tag == 0xFFFE {
      guard size >= 40 else {
        throw WAVError(TensorMessages.wavShortExtensibleChunk(size))
      }
      tag = reader.uint16(body + 24)
    }
    guard channels > 0 else { throw WAVError(TensorMessages.wavNoChannels) }
    guard rate > 0 else { throw WAVError(TensorMessages.wavZeroRate) }
    switch (tag, bits) {
    case (1, 8), (1, 16), (1, 24), (1, 32): encoding = .pcm(bits: bits)
    case (3, 32), (3, 64): encoding = .float(bits: bits)
    case (1, _), (3, _):
      throw WAVError(TensorMessages.wavUnsupportedBits(bits, isPCM: tag == 1))
    default:
      throw WAVError(TensorMessages.wavUnsupportedFormat(tag))
    }
    let expected = channels * encoding.bytes
    guard blockAlign == expected else {
      throw WAVError(TensorMessages.wavBlockAlign(blockAlign, channels, bits, expected))

    }
  }
}

/// Little-endian fields of a mapped file; callers check offsets against the size first.
struct ByteReader {
  let bytes: UnsafeRawBufferPointer

  func uint16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
  func uint32(_ offset: Int) -> Int { uint16(offset) | uint16(offset + 2) << 16 }
  /// Sizes above 2⁶² are clamped: they exceed any real file and fail the size checks.
  func uint64(_ offset: Int) -> Int {
    let high = uint32(offset + 4)
    return high >= 1 << 30 ? Int.max / 2 : uint32(offset) | high << 32
  }
  func tag(_ offset: Int) -> String {
    String(decoding: (0..<4).map { bytes[offset + $0] }, as: UTF8.self)
  }
  func text(_ offset: Int, _ count: Int) -> String {
    String(decoding: (0..<count).map { bytes[offset + $0] }, as: UTF8.self)
  }
}

/// The Broadcast WAV `bext` chunk's origination date and time (EBU Tech 3285).
enum BroadcastExtension {
  /// Seconds since 1970 for "yyyy-mm-dd" + "hh:mm:ss" at bytes 320 and 330 (taken as UTC),
  /// nil when they are blank or malformed.
  static func start(_ reader: ByteReader, _ body: Int) -> Double? {
    let date = reader.text(body + 320, 10).split(whereSeparator: { "-_:. ".contains($0) })
    let time = reader.text(body + 330, 8).split(whereSeparator: { "-_:. ".contains($0) })
    let numbers = (date + time).compactMap { Int($0) }
    guard numbers.count == 6, (1...9999).contains(numbers[0]), (1...12).contains(numbers[1]),
      (1...31).contains(numbers[2]),
      numbers[3] < 24, numbers[4] < 60, numbers[5] < 61
    else { return nil }
    let days = daysFromCivil(numbers[0], numbers[1], numbers[2])
    return Double(days * 86_400 + numbers[3] * 3600 + numbers[4] * 60 + numbers[5])
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
