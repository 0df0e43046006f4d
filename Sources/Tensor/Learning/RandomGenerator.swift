import Foundation

/// A seeded pseudo-random generator with a fixed, documented algorithm: xoshiro256** (Blackman
/// and Vigna) whose state is filled by SplitMix64 from the seed. The same seed gives the same
/// stream on every platform and Swift version, which the stdlib's generators do not promise.
public struct RandomGenerator: RandomNumberGenerator, Sendable {
  private var state: (UInt64, UInt64, UInt64, UInt64)

  public init(seed: UInt64) {
    var mix = seed
    func splitMix() -> UInt64 {
      mix &+= 0x9E37_79B9_7F4A_7C15
      var z = mix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (splitMix(), splitMix(), splitMix(), splitMix())
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// A uniform double in [0, 1) with 53 random bits.
  public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// A uniform integer in 0..<bound (bound > 0), without modulo bias (Lemire's method).
  public mutating func below(_ bound: Int) -> Int {
    let limit = UInt64(max(bound, 1))
    var product = next().multipliedFullWidth(by: limit)
    if product.low < limit {
      let threshold = (0 &- limit) % limit
      while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
    }
    return Int(product.high)
  }

  /// Fisher–Yates shuffle of `items` in place, drawing from the back.
  public mutating func shuffle<T>(_ items: inout [T]) {
    var i = items.count - 1
    while i > 0 {
      items.swapAt(i, below(i + 1))
      i -= 1
    }
  }

  /// A standard normal draw (Box–Muller; one of the pair is discarded).
  public mutating func normal() -> Double {
    let u = 1 - uniform()
    let v = uniform()
    return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
  }
}
