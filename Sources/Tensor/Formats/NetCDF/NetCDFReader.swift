/// Typed reads through the library: attributes and hyperslabs of variables, into arrays of
/// the stored type. Every count is checked against the limits before a buffer is made.
struct NetCDFReader {
  let library: NetCDFLibrary

  func attribute(_ group: Int32, _ varID: Int32, _ name: String, _ type: NetCDFType, count: Int)
    throws(NetCDFError) -> NetCDFValues
  {
    try values(type, count: count) { buffer in library.getAtt(group, varID, name, buffer) }
  }

  /// The values of `variable` in the box starting at `start` with `count` values per
  /// dimension (the whole variable when both are empty).
  func hyperslab(_ variable: NetCDFVariable, start: [Int], count: [Int]) throws(NetCDFError)
    -> NetCDFValues
  {
    var total = 1
    for size in count {
      let (product, overflow) = total.multipliedReportingOverflow(by: size)
      guard !overflow, product <= Tensor.maxElements else {
        throw NetCDFError(TensorMessages.netCDFVariableTooLarge(variable.name))
      }
      total = product
    }
    // A zero-dimensional variable needs valid (unused) start and count pointers.
    let starts = start + [0]
    let counts = count + [1]
    return try values(variable.type, count: total) { buffer in
      library.getVara(variable.group, variable.id, starts, counts, buffer)
    }
  }

  /// Makes a buffer of `count` values of `type`, lets `read` fill it, and checks its status.
  private func values(
    _ type: NetCDFType, count: Int, _ read: (UnsafeMutableRawPointer) -> Int32
  ) throws(NetCDFError) -> NetCDFValues {
    func fill<E>(_ zero: E, _ wrap: ([E]) -> NetCDFValues) throws(NetCDFError) -> NetCDFValues {
      // One extra slot: a zero-length read still gets a valid pointer.
      var array = [E](repeating: zero, count: count + 1)
      let status = array.withUnsafeMutableBytes { raw -> Int32 in
        guard let base = raw.baseAddress else { return -1 }
        return read(base)
      }
      guard status == 0 else { throw NetCDFError(library.message(status)) }
      array.removeLast()
      return wrap(array)
    }
    switch type {
    case .byte: return try fill(Int8(0), NetCDFValues.int8)
    case .ubyte: return try fill(UInt8(0), NetCDFValues.uint8)
    case .char: return try fill(UInt8(0), NetCDFValues.char)
    case .short: return try fill(Int16(0), NetCDFValues.int16)
    case .ushort: return try fill(UInt16(0), NetCDFValues.uint16)
    case .int: return try fill(Int32(0), NetCDFValues.int32)
    case .uint: return try fill(UInt32(0), NetCDFValues.uint32)
    case .int64: return try fill(Int64(0), NetCDFValues.int64)
    case .uint64: return try fill(UInt64(0), NetCDFValues.uint64)
    case .float: return try fill(Float(0), NetCDFValues.float)
    case .double: return try fill(Double(0), NetCDFValues.double)
    case .string: return try strings(count: count, read)
    }
  }

  /// NC_STRING values arrive as `char*` pointers the library allocated and we free.
  private func strings(count: Int, _ read: (UnsafeMutableRawPointer) -> Int32) throws(NetCDFError)
    -> NetCDFValues
  {
    var pointers = [UnsafeMutablePointer<CChar>?](repeating: nil, count: count + 1)
    let status = pointers.withUnsafeMutableBytes { raw -> Int32 in
      guard let base = raw.baseAddress else { return -1 }
      return read(base)
    }
    guard status == 0 else { throw NetCDFError(library.message(status)) }
    let strings = pointers.prefix(count).map { pointer in pointer.map { String(cString: $0) } ?? ""
    }
    pointers.withUnsafeMutableBytes { raw in
      if let base = raw.baseAddress { _ = library.freeStrings(count, base) }
    }
    return .string(strings)
  }
}

extension NetCDFFile {
  /// The stored values of `variable`, whole. O(values).
  public func read(_ variable: NetCDFVariable) throws(NetCDFError) -> NetCDFValues {
    try read(variable, start: variable.shape.map { _ in 0 }, count: variable.shape)
  }

  /// The stored values in the box `start ..< start + count` (one entry per dimension);
  /// only that part of the file is read.
  public func read(_ variable: NetCDFVariable, start: [Int], count: [Int]) throws(NetCDFError)
    -> NetCDFValues
  {
    guard start.count == variable.shape.count, count.count == variable.shape.count,
      zip(zip(start, count), variable.shape).allSatisfy({ box, size in
        box.0 >= 0 && box.1 >= 0 && box.0 <= size && box.1 <= size - box.0
      })
    else {
      throw NetCDFError(
        TensorMessages.netCDFSliceOutside(start, count, variable.name, variable.shape))
    }
    // A classic file stores every value, so a read cannot need more bytes than the file has.
    let values = count.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
    if format.hasPrefix("NETCDF3"), values > byteCount / max(variable.type.size, 1) {
      throw NetCDFError(
        TensorMessages.netCDFValuesBeyondFile(variable.name, values, path), kind: .malformed)
    }
    do throws(NetCDFError) {
      return try NetCDFReader(library: library).hyperslab(variable, start: start, count: count)
    } catch {
      throw NetCDFError(TensorMessages.netCDFCannotRead(variable.name, path, error.message))

    }
  }
}

/// Text from NC_CHAR bytes: UTF-8, or Latin-1 when the bytes are not UTF-8.
enum NetCDFText {
  static func string<C: Collection>(_ bytes: C, trimming: Bool) -> String
  where C.Element == UInt8 {
    var slice = Array(bytes)
    while let last = slice.last, last == 0 { slice.removeLast() }
    let text =
      String(validating: slice, as: UTF8.self)
      ?? String(slice.map { Character(Unicode.Scalar($0)) })
    return trimming ? trim(text) : text
  }

  /// The text of every byte, NULs included (netCDF4-python keeps them in attributes).
  static func exact(_ bytes: [UInt8]) -> String {
    String(validating: bytes, as: UTF8.self) ?? String(bytes.map { Character(Unicode.Scalar($0)) })
  }

  /// The text without NUL and space padding at either end (Argo pads with both, on both
  /// sides).
  static func trim(_ text: String) -> String {
    let padding: Set<Character> = [" ", "\0"]
    guard let first = text.firstIndex(where: { !padding.contains($0) }),
      let last = text.lastIndex(where: { !padding.contains($0) })
    else { return "" }
    return String(text[first...last])
  }
}
