import Foundation

/// The safetensors format: an 8-byte little-endian header length, a JSON header naming each
/// tensor's dtype, shape and byte range, then the raw little-endian data. Reading checks
/// every claim of the header against the file, and never runs code.
public enum Safetensors {
  public enum DType: String, Sendable, CaseIterable {
    case f64 = "F64", f32 = "F32", i64 = "I64", i32 = "I32", u8 = "U8", bool = "BOOL"

    public var size: Int {
      switch self {
      case .f64, .i64: return 8
      case .f32, .i32: return 4
      case .u8, .bool: return 1
      }
    }
  }

  public struct Entry: Sendable, Equatable {
    public var name: String
    public var dtype: DType
    public var shape: [Int]
    /// The little-endian bytes.
    public var bytes: [UInt8]

    public init(name: String, dtype: DType, shape: [Int], bytes: [UInt8]) {
      self.name = name
      self.dtype = dtype
      self.shape = shape
      self.bytes = bytes
    }

    public init(name: String, shape: [Int], doubles: [Double]) {
      var bytes = [UInt8]()
      bytes.reserveCapacity(doubles.count * 8)
      for value in doubles { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
      self.init(name: name, dtype: .f64, shape: shape, bytes: bytes)
    }

    public init(name: String, shape: [Int], ints: [Int]) {
      var bytes = [UInt8]()
      bytes.reserveCapacity(ints.count * 8)
      for value in ints { withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 } }
      self.init(name: name, dtype: .i64, shape: shape, bytes: bytes)
    }

    /// The values as doubles (F64, F32, I64, I32, U8, BOOL).
    public var doubles: [Double] {
      let count = bytes.count / dtype.size
      return (0..<count).map { index in
        let at = index * dtype.size
        switch dtype {
        case .f64: return Double(bitPattern: Safetensors.load(bytes, at, as: UInt64.self))
        case .f32: return Double(Float(bitPattern: Safetensors.load(bytes, at, as: UInt32.self)))
        case .i64: return Double(Int64(bitPattern: Safetensors.load(bytes, at, as: UInt64.self)))
        case .i32: return Double(Int32(bitPattern: Safetensors.load(bytes, at, as: UInt32.self)))
        case .u8, .bool: return Double(bytes[at])
        }
      }
    }

    /// The values as ints (I64, I32, U8, BOOL); nil for float tensors.
    public var ints: [Int]? {
      let count = bytes.count / dtype.size
      switch dtype {
      case .i64:
        return (0..<count).map {
          Int(Int64(bitPattern: Safetensors.load(bytes, $0 * 8, as: UInt64.self)))
        }
      case .i32:
        return (0..<count).map {
          Int(Int32(bitPattern: Safetensors.load(bytes, $0 * 4, as: UInt32.self)))
        }
      case .u8, .bool: return bytes.map(Int.init)
      case .f64, .f32: return nil
      }
    }
  }

  static func load<T: FixedWidthInteger>(_ bytes: [UInt8], _ offset: Int, as type: T.Type) -> T {
    var value: T = 0
    for index in (0..<MemoryLayout<T>.size).reversed() {
      value = value << 8 | T(bytes[offset + index])
    }
    return value
  }

  /// The file's bytes: tensors in the order given, the header padded with spaces to a
  /// multiple of 8 bytes as the reference implementation does.
  public static func encode(_ entries: [Entry], metadata: [(String, String)] = []) -> Data {
    var header: [(String, JSON)] = []
    if !metadata.isEmpty {
      header.append(("__metadata__", .object(metadata.map { ($0.0, .string($0.1)) })))
    }
    var offset = 0
    for entry in entries {
      header.append(
        (
          entry.name,
          .object([
            ("dtype", .string(entry.dtype.rawValue)),
            ("shape", .array(entry.shape.map { .int($0) })),
            ("data_offsets", .array([.int(offset), .int(offset + entry.bytes.count)])),
          ])
        ))
      offset += entry.bytes.count
    }
    var headerBytes = Array(JSON.object(header).text(pretty: false).utf8)
    while headerBytes.count % 8 != 0 { headerBytes.append(0x20) }
    var data = Data()
    withUnsafeBytes(of: UInt64(headerBytes.count).littleEndian) { data.append(contentsOf: $0) }
    data.append(contentsOf: headerBytes)
    for entry in entries { data.append(contentsOf: entry.bytes) }
    return data
  }

  public struct Problem: Error, Equatable {
    public let message: String
  }

  /// The tensors and metadata of a file; anything inconsistent is a `Problem`.
  public static func decode(_ data: Data) throws(Problem) -> (
    entries: [Entry], metadata: [(String, String)]
  ) {
    let bytes = [UInt8](data)
    guard bytes.count >= 8 else { throw Problem(message: TensorMessages.safetensorsNoHeader) }
    let length = load(bytes, 0, as: UInt64.self)
    guard length <= UInt64(bytes.count - 8), length <= 100_000_000 else {
      throw Problem(message: TensorMessages.safetensorsHeaderLength(length, bytes.count))
    }
    let headerEnd = 8 + Int(length)
    let header: JSON
    do {
      header = try JSON.parse(Data(bytes[8..<headerEnd]))
    } catch {
      throw Problem(message: TensorMessages.safetensorsHeaderNotJSON(error.message))
    }
    guard case .object(let pairs) = header else {
      throw Problem(message: TensorMessages.safetensorsHeaderNotObject)
    }
    var metadata: [(String, String)] = []
    var entries: [Entry] = []
    var ranges: [(Int, Int)] = []
    let dataLength = bytes.count - headerEnd
    for (name, description) in pairs {
      if name == "__metadata__" {
        guard case .object(let items) = description else {
          throw Problem(message: TensorMessages.safetensorsMetadataNotObject)
        }
        for (key, value) in items {
          guard let text = value.string else {
            throw Problem(message: TensorMessages.safetensorsMetadataNotString(key))
          }
          metadata.append((key, text))
        }
        continue
      }
      guard let dtypeName = description["dtype"]?.string, let dtype = DType(rawValue: dtypeName)
      else { throw Problem(message: TensorMessages.safetensorsUnknownDType(name)) }
      guard let shapeItems = description["shape"]?.array,
        let shape = Optional(shapeItems.compactMap(\.int)), shape.count == shapeItems.count,
        shape.allSatisfy({ $0 >= 0 })
      else { throw Problem(message: TensorMessages.safetensorsBadShape(name)) }
      guard let offsets = description["data_offsets"]?.array, offsets.count == 2,
        let begin = offsets[0].int, let end = offsets[1].int, begin >= 0, begin <= end,
        end <= dataLength
      else { throw Problem(message: TensorMessages.safetensorsOutsideFile(name)) }
      var count = 1
      for size in shape {
        let (product, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow else { throw Problem(message: TensorMessages.safetensorsTooLarge(name)) }
        count = product
      }
      guard count.multipliedReportingOverflow(by: dtype.size).partialValue == end - begin else {
        throw Problem(
          message: TensorMessages.safetensorsByteCount(name, end - begin, shape, dtype.rawValue))
      }
      ranges.append((begin, end))
      entries.append(
        Entry(
          name: name, dtype: dtype, shape: shape,
          bytes: Array(bytes[(headerEnd + begin)..<(headerEnd + end)])))
    }
    // The byte ranges must tile the data exactly: no overlap, no gap, nothing after.
    var position = 0
    for (begin, end) in ranges.sorted(by: { $0.0 < $1.0 }) {
      guard begin == position else { throw Problem(message: TensorMessages.safetensorsGaps) }
      position = end
    }
    guard position == dataLength else {
      throw Problem(message: TensorMessages.safetensorsTrailingBytes(dataLength - position))

    }
    return (entries, metadata)
  }
}
