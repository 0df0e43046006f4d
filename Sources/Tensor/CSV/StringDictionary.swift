/// Distinct strings of one column, looked up by their bytes so a repeated value costs a hash
/// and a compare, never a `String`. Codes count from 0 in order of first appearance.
///
/// An open-addressing table of codes; the bytes of each distinct value live in `arena`.
struct StringDictionary {
  private(set) var strings: [String] = []
  private var arena: [UInt8] = []
  private var spans: [(start: Int, count: Int, hash: UInt64)] = []
  private var slots: [Int32] = Array(repeating: -1, count: 64)
  /// The code last looked up: a column often repeats a value on consecutive rows.
  private var lastCode: Int32 = -1

  var count: Int { strings.count }

  /// The code of `bytes`, adding it (decoded by `decode`) when new; nil when `decode` fails.
  @inline(__always)
  mutating func code(
    of bytes: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?
  ) -> Int32? {
    if lastCode >= 0, sameBytes(Int(lastCode), bytes) { return lastCode }
    let hash = StringDictionary.hash(bytes)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let code = slots[slot]
      if code < 0 { break }
      if matches(Int(code), bytes, hash) {
        lastCode = code
        return code
      }
      slot = (slot + 1) & mask
    }
    guard let string = decode(bytes) else { return nil }
    lastCode = insert(string, bytes, hash, at: slot)
    return lastCode
  }

  /// Adds the values of `other` that are new, in its order; returns its codes' new codes.
  /// Compares bytes only: no string is hashed or decoded again.
  mutating func absorb(_ other: StringDictionary) -> [Int32] {
    other.arena.withUnsafeBufferPointer { bytes in
      other.spans.indices.map { code in
        let span = other.spans[code]
        let value = UnsafeBufferPointer(rebasing: bytes[span.start..<(span.start + span.count)])
        return self.code(of: value, decode: { _ in other.strings[code] }) ?? 0
      }
    }
  }

  private func matches(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> Bool {
    spans[code].hash == hash && sameBytes(code, bytes)
  }

  /// Whether the stored value of `code` has exactly `bytes` (compared eight bytes at a time).
  @inline(__always)
  private func sameBytes(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let span = spans[code]
    guard span.count == bytes.count else { return false }
    return arena.withUnsafeBufferPointer { stored in
      guard let storedBase = stored.baseAddress, let base = bytes.baseAddress else {
        return span.count == 0
      }
      let left = UnsafeRawPointer(storedBase + span.start)
      let right = UnsafeRawPointer(base)
      var offset = 0
      while span.count - offset >= 8 {
        guard
          left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        else { return false }
        offset += 8
      }
      while offset < span.count {
        guard left.load(fromByteOffset: offset, as: UInt8.self) == base[offset] else {
          return false
        }
        offset += 1
      }
      return true
    }
  }

  private mutating func insert(
    _ string: String, _ bytes: UnsafeBufferPointer<UInt8>, _ hash: UInt64, at slot: Int
  ) -> Int32 {
    let code = Int32(truncatingIfNeeded: strings.count)
    strings.append(string)
    spans.append((arena.count, bytes.count, hash))
    arena.append(contentsOf: bytes)
    slots[slot] = code
    if strings.count * 2 > slots.count { grow() }
    return code
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    let mask = slots.count - 1
    for (code, span) in spans.enumerated() {
      var slot = Int(truncatingIfNeeded: span.hash) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(truncatingIfNeeded: code)
    }
  }

  /// A fast 64-bit hash of short byte strings: 8 bytes at a time, then a final mix.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    var index = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while bytes.count - index >= 8 {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 29
        index += 8
      }
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while index < bytes.count {
      tail |= UInt64(bytes[index]) << shift
      shift += 8
      index += 1
    }
    hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
    return hash ^ (hash >> 31)
  }
}
