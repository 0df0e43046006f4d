import SHAKernels

/// SHA-256 (FIPS 180-4) without libcrypto: buffering and padding here, the block compression
/// in C (Sources/SHAKernels) on the CPU's SHA instructions where it has them (about as fast as
/// OpenSSL), else in portable C.
struct BuiltinSHA256 {
  /// Whether this CPU has the SHA extensions; asked once (CPUID is slow in a VM).
  static let cpuHasExtensions = awish_sha256_has_extensions() != 0

  private let useExtensions: Bool
  private var state: [UInt32] = [
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab,
    0x5be0_cd19,
  ]
  /// The bytes of an unfinished block: fewer than 64.
  private var pending: [UInt8] = []
  private var length: UInt64 = 0

  /// `useExtensions: false` forces the portable C compression (for tests comparing both).
  init(useExtensions: Bool = true) {
    self.useExtensions = useExtensions && Self.cpuHasExtensions
  }

  /// Whether the CPU's SHA instructions do the work.
  var usesExtensions: Bool { useExtensions }

  mutating func update(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    length &+= UInt64(bytes.count)
    var offset = 0
    if !pending.isEmpty {
      offset = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[0..<offset]))
      guard pending.count == 64 else { return }
      let block = pending
      block.withUnsafeBytes { compress($0.baseAddress, blocks: 1) }
      pending.removeAll(keepingCapacity: true)
    }
    let whole = (bytes.count - offset) / 64
    if whole > 0 {
      compress(base + offset, blocks: whole)
      offset += whole * 64
    }
    if offset < bytes.count {
      pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
    }
  }

  /// The digest; the hash cannot be updated afterwards.
  mutating func finish() -> [UInt8] {
    let bits = length &* 8
    var tail = pending + [0x80]
    while tail.count % 64 != 56 { tail.append(0) }
    for shift in stride(from: 56, through: 0, by: -8) {
      tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift)))
    }
    tail.withUnsafeBytes { compress($0.baseAddress, blocks: $0.count / 64) }
    pending = []
    return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * $0)) }
    }
  }

  private mutating func compress(_ data: UnsafeRawPointer?, blocks: Int) {
    guard let bytes = data?.assumingMemoryBound(to: UInt8.self), blocks > 0 else { return }
    let fast = useExtensions
    state.withUnsafeMutableBufferPointer { words in
      if fast {
        awish_sha256_blocks_extensions(words.baseAddress, bytes, blocks)
      } else {
        awish_sha256_blocks_portable(words.baseAddress, bytes, blocks)
      }
    }
  }
}
