/// A named, typed column of values with missing values and an optional unit. Storage is
/// contiguous per type; copies share storage until one is changed (copy-on-write).
public struct Column: Sendable {
  public var name: String
  /// The unit as a type (dimension, scale, offset, symbol); nil for none.
  public var physicalUnit: PhysicalUnit?
  public internal(set) var storage: ColumnStorage
  /// nil when no value is missing.
  public internal(set) var validity: Bitmap?

  public init(name: String, storage: ColumnStorage, validity: Bitmap? = nil, unit: String? = nil) {
    self.init(
      name: name, storage: storage, validity: validity, physicalUnit: unit.map(UnitParser.label))
  }

  public init(name: String, storage: ColumnStorage, validity: Bitmap?, physicalUnit: PhysicalUnit?)
  {
    self.name = name
    self.physicalUnit = physicalUnit
    self.storage = storage
    self.validity = validity.flatMap { $0.hasMissing ? $0 : nil }
  }

  /// The unit's symbol as the data wrote it; setting it reads the text as a unit (a text
  /// awish cannot read stays a label).
  public var unit: String? {
    get { physicalUnit?.symbol }
    set { physicalUnit = newValue.map(UnitParser.label) }
  }

  public var count: Int { storage.count }
  public var type: ColumnType { storage.type }

  @inline(__always)
  public func isMissing(_ row: Int) -> Bool {
    validity.map { !$0.isValid(row) } ?? false
  }

  public var missingCount: Int { validity.map { $0.count - $0.validCount } ?? 0 }

  /// The rows at the given positions, in that order.
  public func gathering(_ positions: [Int]) -> Column {
    Column(
      name: name, storage: storage.gathering(positions),
      validity: validity?.gathering(positions), physicalUnit: physicalUnit)
  }

  /// Rows `range` (clamped by the caller).
  public func slice(_ range: Range<Int>) -> Column {
    gathering(Array(range))
  }
}

/// The element types a column can hold.
public enum ColumnType: String, Sendable, CaseIterable {
  case float, int, bool, string, time
}

/// Typed contiguous storage. Strings repeat a lot in field data (station, species), so they
/// are kept as codes into a dictionary of distinct values.
public enum ColumnStorage: Sendable {
  case float([Double])
  case int([Int])
  case bool([Bool])
  case string(codes: [Int32], dictionary: [String])
  /// Microseconds since 1970-01-01T00:00:00Z.
  case time([Int64])

  public var count: Int {
    switch self {
    case .float(let values): return values.count
    case .int(let values): return values.count
    case .bool(let values): return values.count
    case .string(let codes, _): return codes.count
    case .time(let values): return values.count
    }
  }

  public var type: ColumnType {
    switch self {
    case .float: return .float
    case .int: return .int
    case .bool: return .bool
    case .string: return .string
    case .time: return .time
    }
  }

  /// The values at the given positions (which must be in range), in that order.
  /// O(positions).
  public func gathering(_ positions: [Int]) -> ColumnStorage {
    switch self {
    case .float(let values): return .float(Gather.values(values, at: positions))
    case .int(let values): return .int(Gather.values(values, at: positions))
    case .bool(let values): return .bool(Gather.values(values, at: positions))
    case .string(let codes, let dictionary):
      return .string(codes: Gather.values(codes, at: positions), dictionary: dictionary)
    case .time(let values): return .time(Gather.values(values, at: positions))
    }
  }

  /// Strings as a dictionary-encoded storage.
  public static func strings(_ values: [String]) -> ColumnStorage {
    var codes: [Int32] = []
    codes.reserveCapacity(values.count)
    var dictionary: [String] = []
    var lookup: [String: Int32] = [:]
    for value in values {
      if let code = lookup[value] {
        codes.append(code)
      } else {
        let code = Int32(truncatingIfNeeded: dictionary.count)
        lookup[value] = code
        dictionary.append(value)
        codes.append(code)
      }
    }
    return .string(codes: codes, dictionary: dictionary)
  }
}
