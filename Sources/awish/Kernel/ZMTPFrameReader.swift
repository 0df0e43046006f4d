/// Cuts the bytes a peer sends into frames, as they arrive in pieces. Refuses frames larger
/// than `limit`, so a peer cannot make the kernel allocate without bound.
struct ZMTPFrameReader {
  /// One frame: its body and flags.
  struct Frame {
    var body: [UInt8]
    var hasMore: Bool
    var isCommand: Bool
  }

  /// The largest frame accepted (1 GiB).
  static let limit = 1 << 30

  private var buffer: [UInt8] = []
  private var start = 0

  mutating func append(_ bytes: ArraySlice<UInt8>) {
    if start > 0, start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next `count` raw bytes (the greeting), when all have arrived.
  mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
    guard buffer.count - start >= count else { return nil }
    defer { start += count }
    return buffer[start..<(start + count)]
  }

  /// The next whole frame; nil when more bytes are needed. Throws on an oversized frame.
  mutating func next() throws(ZMTPError) -> Frame? {
    guard buffer.count - start >= 2 else { return nil }
    let flags = buffer[start]
    var headerSize = 2
    var size = Int(buffer[start + 1])
    if flags & ZMTPWire.long != 0 {
      headerSize = 9
      guard buffer.count - start >= 9 else { return nil }
      let wide = buffer[(start + 1)..<(start + 9)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
      guard wide <= UInt64(ZMTPFrameReader.limit) else { throw .frameTooLarge }
      size = Int(wide)
    }
    guard buffer.count - start - headerSize >= size else { return nil }
    let body = Array(buffer[(start + headerSize)..<(start + headerSize + size)])
    start += headerSize + size
    if start > 1 << 20 {
      buffer.removeFirst(start)
      start = 0
    }
    return Frame(
      body: body, hasMore: flags & ZMTPWire.more != 0, isCommand: flags & ZMTPWire.command != 0)
  }
}

/// Why a connection was dropped.
enum ZMTPError: Error {
  case frameTooLarge
  case badGreeting(String)
  case messageBeforeReady
}
