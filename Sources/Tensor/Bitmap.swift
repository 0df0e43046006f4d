/// One bit per row: set when the row has a value, clear when it is missing. Missing is not
/// NaN: NaN is a float value, missing means there is no value at all.
public struct Bitmap: Equatable, Sendable {
  public private(set) var words: [UInt64]
  public let count: Int

  /// A bitmap of `count` bits, all set (every row has a value) or all clear.
  public init(count: Int, allValid: Bool = true) {
    self.count = count
    let wordCount = (count + 63) / 64
    words = Array(repeating: allValid ? ~0 : 0, count: wordCount)
    if allValid { clearTail() }
  }

  /// A bitmap from one flag per row.
  public init(_ flags: [Bool]) {
    self.init(count: flags.count, allValid: false)
    for (index, flag) in flags.enumerated() where flag { set(index, true) }
  }

  init(words: [UInt64], count: Int) {
    self.words = words
    self.count = count
    clearTail()
  }

  private mutating func clearTail() {
    let extra = words.count * 64 - count
    if extra > 0, let last = words.indices.last { words[last] &= ~0 >> UInt64(extra) }
  }

  @inline(__always)
  public func isValid(_ index: Int) -> Bool {
    words[index >> 6] & (1 << UInt64(index & 63)) != 0
  }

  @inline(__always)
  public mutating func set(_ index: Int, _ valid: Bool) {
    if valid {
      words[index >> 6] |= 1 << UInt64(index & 63)
    } else {
      words[index >> 6] &= ~(1 << UInt64(index & 63))
    }
  }

  /// The number of rows with a value. O(count / 64).
  public var validCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  public var hasMissing: Bool { validCount < count }

  /// Valid where both are valid; nil stands for all valid.
  /// Valid where either is valid; nil stands for all valid.
  public static func or(_ a: Bitmap?, _ b: Bitmap?) -> Bitmap? {
    guard let a, let b else { return nil }
    return Bitmap(words: zip(a.words, b.words).map { $0 | $1 }, count: a.count)
  }

  public static func and(_ a: Bitmap?, _ b: Bitmap?) -> Bitmap? {
    guard let a else { return b }
    guard let b else { return a }
    return Bitmap(words: zip(a.words, b.words).map { $0 & $1 }, count: a.count)
  }

  /// The bits at the given row positions (which must be in range), in that order.
  /// O(positions).
  public func gathering(_ positions: [Int]) -> Bitmap {
    Bitmap(words: Gather.bits(words, at: positions), count: positions.count)
  }

  /// The rows whose bit is set, in order. O(count).
  public var validPositions: [Int] { Gather.positions(ofSetBits: words) }
}
