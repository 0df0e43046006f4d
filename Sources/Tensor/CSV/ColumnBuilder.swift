/// The type a column has so far while it is read; `empty` until its first value.
enum BuilderKind: Equatable {
  case empty, int, float, bool, time, string

  init(_ type: ColumnType) {
    switch type {
    case .int: self = .int
    case .float: self = .float
    case .bool: self = .bool
    case .time: self = .time
    case .string: self = .string
    }
  }

  /// The narrowest kind holding both: ints widen to floats, anything else mixed is text.
  func joined(with other: BuilderKind) -> BuilderKind {
    if self == other || other == .empty { return self }
    if self == .empty { return other }
    if (self == .int && other == .float) || (self == .float && other == .int) { return .float }
    return .string
  }
}

/// What appending a value did.
enum AppendResult {
  case appended
  /// The value does not parse as the column's kind so far.
  case mismatch
  /// The value is text that is not valid in the file's encoding.
  case invalidText
}

/// One column's values as they are read: typed storage for the current kind, the rows that
/// are missing (few, usually, so valid values cost no bit), and the dictionary of a string
/// column. Missing rows hold 0 (code 0 for strings).
struct ColumnBuilder {
  private(set) var kind: BuilderKind
  var ints: [Int] = []
  var floats: [Double] = []
  var bools: [Bool] = []
  var times: [Int64] = []
  var codes: [Int32] = []
  var dictionary = StringDictionary()
  private var dateCache = DateCache()
  /// The rows (counted from this builder's first) that are missing, in order.
  private(set) var missingRows: [Int] = []
  private(set) var count = 0
  /// Rows the storage is reserved for when a kind is chosen.
  var expectedRows = 0

  var missing: Int { missingRows.count }

  init(kind: BuilderKind) {
    self.kind = kind
    reserveStorage()
  }

  /// Appends a missing value.
  @inline(__always)
  mutating func appendMissing() {
    switch kind {
    case .empty: break
    case .int: ints.append(0)
    case .float: floats.append(0)
    case .bool: bools.append(false)
    case .time: times.append(0)
    case .string: codes.append(0)
    }
    missingRows.append(count)
    count += 1
  }

  /// Appends a float to a float column.
  @inline(__always)
  mutating func append(_ value: Double) {
    floats.append(value)
    count += 1
  }

  /// Appends `field` parsed as the current kind.
  @inline(__always)
  mutating func append(_ field: UnsafeBufferPointer<UInt8>, latin1: Bool) -> AppendResult {
    switch kind {
    case .float:
      guard let value = NumberParser.double(field), !NumberParser.isOversizedInteger(field) else {
        return .mismatch
      }
      floats.append(value)
    case .int:
      guard let value = NumberParser.int(field) else { return .mismatch }
      ints.append(value)
    case .string:
      guard
        let code = dictionary.code(of: field, decode: { TextDecoding.string($0, latin1: latin1) })
      else { return .invalidText }
      codes.append(code)
    case .bool:
      guard let value = ColumnBuilder.bool(field) else { return .mismatch }
      bools.append(value)
    case .time:
      guard let value = TimeParser.microseconds(field, cache: &dateCache) else {
        return .mismatch
      }
      times.append(value)
    case .empty:
      return .mismatch
    }
    count += 1
    return .appended
  }

  /// pandas' bool spellings: True/False in three cases.
  static func bool(_ field: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard field.count == 4 || field.count == 5 else { return nil }
    for (text, value) in [("true", true), ("True", true), ("TRUE", true)]
    where field.elementsEqual(text.utf8) {
      return value
    }
    for text in ["false", "False", "FALSE"] where field.elementsEqual(text.utf8) { return false }
    return nil
  }

  /// The narrowest kind of one value: int, float, bool, time (when allowed) or string; an
  /// integer beyond 64 bits is a string.
  static func kind(of field: UnsafeBufferPointer<UInt8>, allowsTime: Bool) -> BuilderKind {
    if NumberParser.int(field) != nil { return .int }
    // Beyond 64 bits: text, so that no digit is lost (see OversizedIntegers.swift).
    if NumberParser.isOversizedInteger(field) { return .string }
    if NumberParser.double(field) != nil { return .float }
    if bool(field) != nil { return .bool }
    if allowsTime, TimeParser.microseconds(field) != nil { return .time }
    return .string
  }

  /// Changes an empty or int column to `newKind` without rereading: empty columns get zeros,
  /// ints become the same Doubles `strtod` would give for their text. Anything else must be
  /// reread as strings.
  mutating func widen(to newKind: BuilderKind) -> Bool {
    switch (kind, newKind) {
    case (.empty, _):
      kind = newKind
      reserveStorage()
      fillZeros(count)
    case (.int, .float):
      floats = ints.map(Double.init)
      ints = []
      kind = .float
      floats.reserveCapacity(max(expectedRows, count))
    default:
      return kind == newKind
    }
    return true
  }

  private mutating func reserveStorage() {
    switch kind {
    case .empty: break
    case .int: ints.reserveCapacity(expectedRows)
    case .float: floats.reserveCapacity(expectedRows)
    case .bool: bools.reserveCapacity(expectedRows)
    case .time: times.reserveCapacity(expectedRows)
    case .string: codes.reserveCapacity(expectedRows)
    }
  }

  private mutating func fillZeros(_ rows: Int) {
    switch kind {
    case .empty: break
    case .int: ints.append(contentsOf: repeatElement(0, count: rows))
    case .float: floats.append(contentsOf: repeatElement(0, count: rows))
    case .bool: bools.append(contentsOf: repeatElement(false, count: rows))
    case .time: times.append(contentsOf: repeatElement(0, count: rows))
    case .string: codes.append(contentsOf: repeatElement(0, count: rows))
    }
  }

  /// Reserves room for `rows` in the current storage.
  mutating func reserve(rows: Int) {
    expectedRows = rows
    reserveStorage()
  }
}
