/// Sebastiano Vigna's SplitMix64: a small, fast generator whose sequence depends only on the
/// seed, so a seeded sample is the same on every machine. It is not numpy's or pandas'
/// sequence, so the same seed picks other rows than pandas' sample(random_state=…).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Picking rows at random.
public enum Sampling {
  /// `n` distinct positions out of `count`, in the order drawn (a partial Fisher–Yates
  /// shuffle); nil when n is negative or more than count. O(count).
  public static func positions(
    _ n: Int, of count: Int, using generator: inout some RandomNumberGenerator
  ) -> [Int]? {
    guard n >= 0, n <= count else { return nil }
    var rows = Array(0..<count)
    for index in 0..<n {
      let pick = Int.random(in: index..<count, using: &generator)
      rows.swapAt(index, pick)
    }
    return Array(rows[0..<n])
  }
}
