import Builtins

/// HMAC-SHA256 (RFC 2104) over the SHA-256 of the archive checksums: Jupyter signs every
/// message with it. O(n) in the message.
struct HMAC {
  private let innerPad: [UInt8]
  private let outerPad: [UInt8]

  /// A signer for `key`; keys longer than the 64-byte block are hashed first.
  init(key: [UInt8]) {
    var block = key
    if block.count > 64 {
      var hash = SHA256()
      hash.update(block)
      block = hash.digest()
    }
    block += [UInt8](repeating: 0, count: 64 - block.count)
    innerPad = block.map { $0 ^ 0x36 }
    outerPad = block.map { $0 ^ 0x5c }
  }

  /// The 32-byte code of the parts taken in order, as if joined.
  func code(_ parts: [[UInt8]]) -> [UInt8] {
    var inner = SHA256()
    inner.update(innerPad)
    for part in parts { inner.update(part) }
    var outer = SHA256()
    outer.update(outerPad)
    outer.update(inner.digest())
    return outer.digest()
  }

  /// The code as lowercase hex, the form Jupyter puts in a message's signature frame.
  func hex(_ parts: [[UInt8]]) -> String {
    code(parts).map { byte in
      let text = String(byte, radix: 16)
      return byte < 16 ? "0" + text : text
    }.joined()
  }

  /// True when `signature` is the hex code of the parts, compared in constant time.
  func verifies(_ signature: [UInt8], _ parts: [[UInt8]]) -> Bool {
    let expected = Array(hex(parts).utf8)
    guard signature.count == expected.count else { return false }
    var difference: UInt8 = 0
    for (a, b) in zip(signature, expected) { difference |= a ^ b }
    return difference == 0
  }
}
