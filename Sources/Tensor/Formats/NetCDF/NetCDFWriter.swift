import Foundation

/// What to write into a netCDF-4 file: groups of dimensions, variables with their values
/// and attributes.
public struct NetCDFTree: Sendable {
  public struct Variable: Sendable {
    public var name: String
    public var type: NetCDFType
    public var dimensions: [String]
    public var attributes: [NetCDFAttribute]
    public var values: NetCDFValues

    public init(
      name: String, type: NetCDFType, dimensions: [String], attributes: [NetCDFAttribute],
      values: NetCDFValues
    ) {
      self.name = name
      self.type = type
      self.dimensions = dimensions
      self.attributes = attributes
      self.values = values
    }
  }

  public var name: String
  public var dimensions: [(name: String, length: Int)]
  public var variables: [Variable]
  public var attributes: [NetCDFAttribute]
  public var groups: [NetCDFTree]

  public init(
    name: String = "", dimensions: [(name: String, length: Int)] = [], variables: [Variable] = [],
    attributes: [NetCDFAttribute] = [], groups: [NetCDFTree] = []
  ) {
    self.name = name
    self.dimensions = dimensions
    self.variables = variables
    self.attributes = attributes
    self.groups = groups
  }
}

/// Writes a tree as a netCDF-4 (HDF5) file through the library, atomically: into a
/// temporary file beside the target, renamed over it only when complete.
public enum NetCDFWriter {
  /// Writes `tree` to `path`; `compression` is a deflate level 1–9 (with shuffle) or nil.
  public static func write(_ tree: NetCDFTree, to path: String, compression: Int?)
    throws(NetCDFError)
  {
    guard let library = NetCDFLibrary.shared else { throw .unavailable }
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    var id: Int32 = -1
    var status = library.create(temporary, 0x1000, &id)  // NC_NETCDF4 | NC_CLOBBER
    guard status == 0 else {
      throw NetCDFError(TensorMessages.netCDFCannotCreate(path, library.message(status)))
    }
    let writer = GroupWriter(library: library, compression: compression)
    do throws(NetCDFError) {
      let defined = try writer.define(tree, in: id)
      status = library.endDefine(id)
      guard status == 0 else { throw NetCDFError(library.message(status)) }
      try writer.put(defined)
      status = library.close(id)
      guard status == 0 else { throw NetCDFError(library.message(status)) }
    } catch {
      _ = library.close(id)
      unlink(temporary)
      throw NetCDFError(TensorMessages.netCDFCannotWrite(path, error.message))
    }
    do throws(AtomicFile.Problem) {
      try AtomicFile.moveIntoPlace(temporary, path, shown: path)
    } catch {
      throw NetCDFError(error.message)
    }
  }
}

/// Defines groups, dimensions, variables and attributes, then writes the values.
struct GroupWriter {
  let library: NetCDFLibrary
  let compression: Int?

  /// A variable the library knows, waiting for its values.
  struct Defined {
    let group: Int32
    let id: Int32
    let variable: NetCDFTree.Variable
    let shape: [Int]
  }

  func define(_ tree: NetCDFTree, in group: Int32) throws(NetCDFError) -> [Defined] {
    var dimIDs: [String: (id: Int32, length: Int)] = [:]
    for dimension in tree.dimensions {
      var dimID: Int32 = 0
      try check(library.defineDim(group, dimension.name, dimension.length, &dimID), dimension.name)
      dimIDs[dimension.name] = (dimID, dimension.length)
    }
    try putAttributes(tree.attributes, group, -1)
    var defined: [Defined] = []
    for variable in tree.variables {
      let dims = try variable.dimensions.map { name throws(NetCDFError) in
        guard let found = dimIDs[name] else {
          throw NetCDFError(TensorMessages.netCDFUnknownDimension(variable.name, name))
        }
        return found
      }
      var varID: Int32 = 0
      let ids = dims.map(\.id)
      try check(
        library.defineVar(
          group, variable.name, variable.type.rawValue, Int32(ids.count), ids, &varID),
        variable.name)
      if let level = compression, !ids.isEmpty, variable.type != .string {
        try check(library.deflate(group, varID, 1, 1, Int32(level)), variable.name)
      }
      try putAttributes(variable.attributes, group, varID)
      defined.append(
        Defined(group: group, id: varID, variable: variable, shape: dims.map(\.length)))
    }
    for child in tree.groups {
      var childID: Int32 = 0
      try check(library.defineGroup(group, child.name, &childID), child.name)
      defined += try define(child, in: childID)
    }
    return defined
  }

  func put(_ defined: [Defined]) throws(NetCDFError) {
    for item in defined {
      let start = [Int](repeating: 0, count: item.shape.count) + [0]
      let count = item.shape + [1]
      let status = NetCDFBuffer.withPointer(item.variable.values, as: item.variable.type) {
        pointer in library.putVara(item.group, item.id, start, count, pointer)
      }
      try check(status, item.variable.name)
    }
  }

  private func putAttributes(_ attributes: [NetCDFAttribute], _ group: Int32, _ varID: Int32)
    throws(NetCDFError)
  {
    for attribute in attributes {
      let status: Int32
      switch attribute.value {
      case .text(let text):
        status = text.withCString { chars in
          library.putAttText(group, varID, attribute.name, text.utf8.count, chars)
        }
      case .strings(let strings):
        status = NetCDFBuffer.withPointer(.string(strings), as: .string) { pointer in
          library.putAtt(
            group, varID, attribute.name, NetCDFType.string.rawValue, strings.count, pointer)
        }
      case .numbers(let numbers, let type):
        let values = NetCDFBuffer.values(numbers, as: type)
        status = NetCDFBuffer.withPointer(values, as: type) { pointer in
          library.putAtt(group, varID, attribute.name, type.rawValue, numbers.count, pointer)
        }
      }
      try check(status, attribute.name)
    }
  }

  private func check(_ status: Int32, _ what: String) throws(NetCDFError) {
    guard status == 0 else {
      throw NetCDFError(TensorMessages.netCDFLibraryRefused(what, library.message(status)))
    }

  }
}

/// Values laid out in memory as the library expects them.
enum NetCDFBuffer {
  /// Numbers as values of `type` (rounded toward zero for integer types).
  static func values(_ numbers: [Double], as type: NetCDFType) -> NetCDFValues {
    func int<T: FixedWidthInteger>(_: T.Type) -> [T] {
      numbers.map { x in
        guard x.isFinite, x >= -0x1p63, x < 0x1p63 else { return 0 }
        return T(clamping: Int64(x))
      }
    }
    switch type {
    case .byte: return .int8(int(Int8.self))
    case .ubyte, .char: return .uint8(int(UInt8.self))
    case .short: return .int16(int(Int16.self))
    case .ushort: return .uint16(int(UInt16.self))
    case .int: return .int32(int(Int32.self))
    case .uint: return .uint32(int(UInt32.self))
    case .int64: return .int64(int(Int64.self))
    case .uint64: return .uint64(numbers.map { $0 >= 0 && $0 < 1.8e19 ? UInt64($0) : 0 })
    case .float: return .float(numbers.map(Float.init))
    case .double: return .double(numbers)
    case .string: return .string(numbers.map { "\($0)" })
    }
  }

  /// Calls `body` with a pointer to the values (a `char*` array for strings).
  static func withPointer(
    _ values: NetCDFValues, as type: NetCDFType, _ body: (UnsafeRawPointer) -> Int32
  ) -> Int32 {
    func raw<E>(_ array: [E]) -> Int32 {
      // An empty array has no storage; the library still wants a valid pointer.
      var zero: UInt64 = 0
      return withUnsafeBytes(of: &zero) { placeholder in
        array.withUnsafeBytes { bytes in
          guard let base = bytes.baseAddress ?? placeholder.baseAddress else { return -1 }
          return body(base)
        }
      }
    }
    switch values {
    case .int8(let v): return raw(v)
    case .uint8(let v): return raw(v)
    case .char(let v): return raw(v)
    case .int16(let v): return raw(v)
    case .uint16(let v): return raw(v)
    case .int32(let v): return raw(v)
    case .uint32(let v): return raw(v)
    case .int64(let v): return raw(v)
    case .uint64(let v): return raw(v)
    case .float(let v): return raw(v)
    case .double(let v): return raw(v)
    case .string(let strings):
      let pointers = strings.map { strdup($0) }
      defer { pointers.forEach { free($0) } }
      return raw(pointers)
    }
  }
}
