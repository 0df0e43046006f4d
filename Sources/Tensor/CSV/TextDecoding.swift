/// Field bytes to `String`: validated UTF-8 or Latin-1, and quoted fields unescaped.
enum TextDecoding {
  /// The text of `bytes`, or nil when it is not valid UTF-8 (Latin-1 always decodes).
  static func string(_ bytes: UnsafeBufferPointer<UInt8>, latin1: Bool) -> String? {
    guard latin1 else { return String(validating: bytes, as: UTF8.self) }
    var utf8: [UInt8] = []
    utf8.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      if byte < 0x80 {
        utf8.append(byte)
      } else {
        utf8.append(0xC0 | byte >> 6)
        utf8.append(0x80 | byte & 0x3F)
      }
    }
    return String(decoding: utf8, as: UTF8.self)
  }

  /// Writes the content of a quoted field spanning `start..<end` of `bytes` (quotes included)
  /// to `output`, which has room for `end - start` bytes, and returns its length: doubled
  /// quotes become one, text after the closing quote is kept (as pandas does).
  static func unescape(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    into output: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var count = 0
    var index = start
    var isQuoted = index < end && bytes[index] == 34
    if isQuoted { index += 1 }
    while index < end {
      let byte = bytes[index]
      if isQuoted, byte == 34 {
        if index + 1 < end, bytes[index + 1] == 34 {
          index += 1
        } else {
          isQuoted = false
          index += 1
          continue
        }
      }
      output[count] = byte
      count += 1
      index += 1
    }
    return count
  }
}
