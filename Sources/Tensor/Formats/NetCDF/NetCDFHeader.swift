/// Reads a file's header through the library: groups, their dimensions, variables and
/// attributes. Counts and names the library reports are checked before they size buffers.
struct NetCDFHeader {
  let library: NetCDFLibrary
  /// Groups nest at most this deep; deeper is a damaged file.
  static let maxDepth = 64
  static let maxCount = 1 << 20

  func group(_ id: Int32, name: String, path: String, depth: Int) throws(NetCDFError)
    -> NetCDFGroup
  {
    guard depth < NetCDFHeader.maxDepth else {
      throw NetCDFError(TensorMessages.netCDFGroupsTooDeep(NetCDFHeader.maxDepth))
    }
    let dimensions = try self.dimensions(id)
    var variables: [NetCDFVariable] = []
    for varID in try ids(id, library.varIDs) {
      variables.append(try variable(id, varID, dimensions: dimensions))
    }
    var groups: [NetCDFGroup] = []
    for child in try ids(id, library.groupIDs) {
      let childName = try self.name { library.groupName(child, $0) }
      let childPath = (path == "/" ? "" : path) + "/" + childName
      groups.append(try group(child, name: childName, path: childPath, depth: depth + 1))
    }
    return NetCDFGroup(
      name: name, path: path, dimensions: dimensions.filter { $0.isLocal }.map(\.dimension),
      variables: variables, attributes: try attributes(id, -1), groups: groups)
  }

  /// A dimension visible in a group, and whether the group defines it.
  struct Visible {
    let dimension: NetCDFDimension
    let isLocal: Bool
  }

  /// The dimensions visible in the group (its own and its parents'), for variables' shapes.
  private func dimensions(_ group: Int32) throws(NetCDFError) -> [Visible] {
    let local = Set(try dimIDs(group, includeParents: false))
    let unlimited = Set(try ids(group, library.unlimitedDims))
    var result: [Visible] = []
    for dimID in try dimIDs(group, includeParents: true) {
      var length = 0
      let name = try self.name { library.inquireDim(group, dimID, $0, &length) }
      let dimension = NetCDFDimension(
        name: name, length: length, isUnlimited: unlimited.contains(dimID), id: dimID)
      result.append(Visible(dimension: dimension, isLocal: local.contains(dimID)))
    }
    return result
  }

  private func variable(_ group: Int32, _ varID: Int32, dimensions: [Visible]) throws(NetCDFError)
    -> NetCDFVariable
  {
    var type: Int32 = 0
    var rank: Int32 = 0
    var count: Int32 = 0
    _ = try name { library.inquireVar(group, varID, $0, &type, &rank, nil, &count) }
    guard rank >= 0, rank <= 1024 else {
      throw NetCDFError(TensorMessages.netCDFBadRank(Int(rank)), kind: .malformed)
    }
    var dimIDs = [Int32](repeating: 0, count: Int(rank))
    var ignored: Int32 = 0
    let name = try self.name {
      library.inquireVar(group, varID, $0, &type, &rank, &dimIDs, &ignored)
    }
    guard let kind = NetCDFType(rawValue: type) else {
      throw NetCDFError(TensorMessages.netCDFUserType(name, Int(type)))
    }
    var names: [String] = []
    var shape: [Int] = []
    for dimID in dimIDs {
      guard let found = dimensions.first(where: { $0.dimension.id == dimID })?.dimension else {
        throw NetCDFError(TensorMessages.netCDFUndefinedDimension(name), kind: .malformed)
      }
      names.append(found.name)
      shape.append(found.length)
    }
    var noFill: Int32 = 0
    _ = library.varFill(group, varID, &noFill, nil)
    return NetCDFVariable(
      name: name, type: kind, dimensions: names, shape: shape,
      attributes: try attributes(group, varID), isNoFill: noFill == 1, group: group, id: varID)
  }

  private func attributes(_ group: Int32, _ varID: Int32) throws(NetCDFError) -> [NetCDFAttribute] {
    var count: Int32 = 0
    let status =
      varID < 0 ? library.natts(group, &count) : varCount(group, varID, &count)
    guard status == 0 else { throw error(status) }
    var result: [NetCDFAttribute] = []
    for index in 0..<max(0, Int(count)) {
      let name = try self.name { library.attName(group, varID, Int32(index), $0) }
      result.append(NetCDFAttribute(name: name, value: try attribute(group, varID, name)))
    }
    return result
  }

  private func varCount(_ group: Int32, _ varID: Int32, _ count: inout Int32) -> Int32 {
    var type: Int32 = 0
    var rank: Int32 = 0
    var buffer = [CChar](repeating: 0, count: 257)
    return library.inquireVar(group, varID, &buffer, &type, &rank, nil, &count)
  }

  private func attribute(_ group: Int32, _ varID: Int32, _ name: String) throws(NetCDFError)
    -> NetCDFAttributeValue
  {
    var type: Int32 = 0
    var length = 0
    let status = library.inquireAtt(group, varID, name, &type, &length)
    guard status == 0 else { throw error(status) }
    guard length >= 0, length <= NetCDFHeader.maxCount * 64, let kind = NetCDFType(rawValue: type)
    else {
      throw NetCDFError(TensorMessages.netCDFBadAttribute(name, length), kind: .malformed)
    }
    let reader = NetCDFReader(library: library)
    let values = try reader.attribute(group, varID, name, kind, count: length)
    switch values {
    case .char(let bytes):
      // As netCDF4-python: NULs are dropped from text, except in a _FillValue.
      return .text(NetCDFText.exact(name == "_FillValue" ? bytes : bytes.filter { $0 != 0 }))
    case .string(let strings): return .strings(strings)
    default: return .numbers(values.doubles, kind)
    }
  }

  private func ids(
    _ group: Int32,
    _ call: (Int32, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>?) -> Int32
  ) throws(NetCDFError) -> [Int32] {
    var count: Int32 = 0
    var status = call(group, &count, nil)
    guard status == 0 else { throw error(status) }
    guard count >= 0, Int(count) <= NetCDFHeader.maxCount else {
      throw NetCDFError(TensorMessages.netCDFTooManyEntries(Int(count)))
    }
    var ids = [Int32](repeating: 0, count: Int(count))
    status = call(group, &count, &ids)
    guard status == 0 else { throw error(status) }
    return ids
  }

  private func dimIDs(_ group: Int32, includeParents: Bool) throws(NetCDFError) -> [Int32] {
    let flag: Int32 = includeParents ? 1 : 0
    return try ids(group) { group, count, ids in library.dimIDs(group, count, ids, flag) }
  }

  /// A name the library writes into a buffer of NC_MAX_NAME + 1 bytes.
  private func name(_ call: (UnsafeMutablePointer<CChar>) -> Int32) throws(NetCDFError) -> String {
    var buffer = [CChar](repeating: 0, count: 257)
    let status = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
      guard let base = pointer.baseAddress else { return -1 }
      return call(base)
    }
    guard status == 0 else { throw error(status) }
    buffer[256] = 0
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  private func error(_ status: Int32) -> NetCDFError {
    NetCDFError(
      TensorMessages.netCDFUnreadableHeader(library.message(status)), kind: .malformed)

  }
}
