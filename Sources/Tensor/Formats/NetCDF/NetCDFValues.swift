/// A variable's values as stored, before any CF decoding: one array of the file's type,
/// row-major over the variable's (or the slice's) shape.
public enum NetCDFValues: Equatable, Sendable {
  case int8([Int8])
  case uint8([UInt8])
  case int16([Int16])
  case uint16([UInt16])
  case int32([Int32])
  case uint32([UInt32])
  case int64([Int64])
  case uint64([UInt64])
  case float([Float])
  case double([Double])
  /// NC_CHAR: one byte per character.
  case char([UInt8])
  case string([String])

  public var count: Int {
    switch self {
    case .int8(let v): v.count
    case .uint8(let v): v.count
    case .int16(let v): v.count
    case .uint16(let v): v.count
    case .int32(let v): v.count
    case .uint32(let v): v.count
    case .int64(let v): v.count
    case .uint64(let v): v.count
    case .float(let v): v.count
    case .double(let v): v.count
    case .char(let v): v.count
    case .string(let v): v.count
    }
  }

  /// Every value as a Double (chars as their byte, strings as NaN). O(n).
  public var doubles: [Double] {
    switch self {
    case .int8(let v): v.map(Double.init)
    case .uint8(let v): v.map(Double.init)
    case .int16(let v): v.map(Double.init)
    case .uint16(let v): v.map(Double.init)
    case .int32(let v): v.map(Double.init)
    case .uint32(let v): v.map(Double.init)
    case .int64(let v): v.map(Double.init)
    case .uint64(let v): v.map(Double.init)
    case .float(let v): v.map(Double.init)
    case .double(let v): v
    case .char(let v): v.map(Double.init)
    case .string(let v): [Double](repeating: .nan, count: v.count)
    }
  }
}
