/// What every chunk of one read shares: the options resolved against the header.
struct CSVSettings: Sendable {
  let names: [String]
  let separator: UInt8
  let isLatin1: Bool
  let skipsBadRows: Bool
  let allowsParallel: Bool
  /// Per column: the kind it must have, if the options fix one.
  let forcedKinds: [BuilderKind?]
  /// Per column: whether ISO 8601 values may make it a time column.
  let allowsTime: [Bool]
  let missing: MissingMatcher

  init(names: [String], options: CSVOptions) {
    self.names = names
    separator = options.separator
    isLatin1 = options.encoding == .latin1
    skipsBadRows = options.onBadRows == .skip
    allowsParallel = options.allowsParallel
    forcedKinds = names.map { name in options.types[name].map(BuilderKind.init) }
    let timed = Set(options.parseTimes)
    allowsTime = names.map { options.inferTimes || timed.contains($0) }
    missing = MissingMatcher(options.naValues)
  }

  var columnCount: Int { names.count }
}

/// Recognises the missing-value strings without hashing: a field can only match strings of
/// its length that start with its first byte, and most fields fail that test at once.
struct MissingMatcher: Sendable {
  private let byLength: [[[UInt8]]]
  /// Per length, a 256-bit set of first bytes (four words).
  private let firstBytes: [UInt64]
  /// Whether some missing string is a number (then a number must still be checked).
  let hasPlainNumber: Bool
  /// The missing strings that are numbers, matched by value as pandas' na_values are:
  /// `-999` also catches `-999.0` and `-9.99e2`.
  private let numbers: Set<Double>
  /// Bit `n` set when a missing string of length `n` exists (lengths past 63 always check).
  private let lengths: UInt64

  init(_ values: Set<String>) {
    let encoded = values.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    let longest = encoded.map(\.count).max() ?? 0
    var byLength = Array(repeating: [[UInt8]](), count: longest + 1)
    var firstBytes = Array(repeating: UInt64(0), count: (longest + 1) * 4)
    for value in encoded {
      byLength[value.count].append(value)
      if let first = value.first {
        firstBytes[value.count * 4 + Int(first >> 6)] |= 1 << UInt64(first & 63)
      }
    }
    self.byLength = byLength
    numbers = Set(
      encoded.compactMap { value in
        value.withUnsafeBufferPointer { NumberParser.double($0) }.flatMap { $0.isNaN ? nil : $0 }
      })
    hasPlainNumber =
      !numbers.isEmpty
      || encoded.contains { value in
        value.withUnsafeBufferPointer { NumberParser.simpleDouble($0) != nil }
      }
    self.firstBytes = firstBytes
    lengths = encoded.reduce(0) { $0 | ($1.count < 64 ? 1 << UInt64($1.count) : 1 << 63) }
  }

  /// Whether `field` is missing: empty, equal to one of the strings, or a number equal to
  /// one of them.
  @inline(__always)
  func matches(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    guard field.count > 0 else { return true }
    if matchesText(field) { return true }
    guard !numbers.isEmpty, let number = NumberParser.double(field) else { return false }
    return numbers.contains(number)
  }

  @inline(__always)
  private func matchesText(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    let length = field.count
    guard lengths & (1 << UInt64(min(length, 63))) != 0, length < byLength.count else {
      return false
    }
    let first = field[0]
    guard firstBytes[length * 4 + Int(first >> 6)] & (1 << UInt64(first & 63)) != 0 else {
      return false
    }
    return byLength[length].contains { field.elementsEqual($0) }
  }
}
