/// Variables of a netCDF group that share dimensions as one tidy frame: one row per element
/// of the largest variable, its dimensions' coordinates as the first columns, variables
/// over fewer of those dimensions repeated along the others (a profile's time and position
/// on every level), and each variable's quality-flag companion kept beside it.
public enum CFFrame {
  /// The frame of `names` in `group`, and the notes decoding made.
  public static func frame(_ file: NetCDFFile, group: NetCDFGroup, names: [String])
    throws(NetCDFError) -> (Frame, [CFNote])
  {
    let requested = try names.map { name throws(NetCDFError) in
      guard let variable = group.variable(name) else {
        throw NetCDFError(TensorMessages.cfNoVariable(name, group.path))
      }
      return variable
    }
    guard let base = requested.max(by: { dataDims($0).count < dataDims($1).count }) else {
      throw NetCDFError(TensorMessages.cfNoVariables)
    }
    let rowDims = dataDims(base)
    for variable in requested where !Set(dataDims(variable)).isSubset(of: Set(rowDims)) {
      throw NetCDFError(
        TensorMessages.cfDimensionsDiffer(variable.name, dataDims(variable), base.name, rowDims))
    }
    let sizes = Array(base.shape.prefix(rowDims.count))
    let layout = try RowLayout(dims: rowDims, sizes: sizes)
    var columns: [Column] = []
    var notes: [CFNote] = []
    for variable in plan(group, requested, rowDims) {
      let (decoded, note) = try decode(file, variable, rowDims: rowDims)
      if let note { notes.append(note) }
      let positions = layout.positions(of: dataDims(variable, rowDims: rowDims))
      columns.append(column(decoded, variable, positions))
    }
    for (index, name) in rowDims.enumerated()
    where group.variable(name).map({ dataDims($0) != [name] }) ?? true {
      columns.insert(layout.indexColumn(name, axis: index), at: index)
    }
    do throws(Frame.Problem) {
      let frame = try Frame(
        columns: columns,
        metadata: [("source", file.path)] + notes.map { ("note", "\($0.variable): \($0.text)") })
      return (frame, notes)
    } catch {
      throw NetCDFError(TensorMessages.cfNotOneFrame(error))
    }
  }

  /// Dimensions that index values: a char array's last one is the string length.
  public static func dataDims(_ variable: NetCDFVariable) -> [String] {
    variable.type == .char ? Array(variable.dimensions.dropLast()) : variable.dimensions
  }

  /// The dimensions of a variable's values in a frame over `rowDims`: a char array whose
  /// every dimension is a row dimension holds one character per value (Argo's per-level QC
  /// flags), not strings along its last dimension.
  public static func dataDims(_ variable: NetCDFVariable, rowDims: [String]) -> [String] {
    variable.type == .char && Set(variable.dimensions).isSubset(of: Set(rowDims))
      && !variable.dimensions.isEmpty
      ? variable.dimensions : dataDims(variable)
  }

  /// The whole variable, decoded for a frame over `rowDims`.
  public static func decode(_ file: NetCDFFile, _ variable: NetCDFVariable, rowDims: [String])
    throws(NetCDFError) -> (CFDecoded, CFNote?)
  {
    let isPerCharacter = dataDims(variable, rowDims: rowDims) == variable.dimensions
    let shape = variable.shape + (variable.type == .char && isPerCharacter ? [1] : [])
    return CFDecoder.decode(variable, try file.read(variable), shape: shape)
  }

  /// The columns in order: dimension coordinates, auxiliary coordinates (the `coordinates`
  /// attribute), then each requested variable followed by its quality flags.
  static func plan(_ group: NetCDFGroup, _ requested: [NetCDFVariable], _ rowDims: [String])
    -> [NetCDFVariable]
  {
    var names: [String] = []
    let fits = { (name: String) -> Bool in
      guard let variable = group.variable(name) else { return false }
      return Set(dataDims(variable, rowDims: rowDims)).isSubset(of: Set(rowDims))
    }
    func add(_ name: String) { if !names.contains(name), fits(name) { names.append(name) } }
    for dim in rowDims where group.variable(dim).map({ dataDims($0) == [dim] }) ?? false {
      add(dim)
    }
    for variable in requested {
      for name in (variable.attribute("coordinates")?.text ?? "").split(separator: " ") {
        add(String(name))
      }
    }
    for variable in requested {
      add(variable.name)
      for name in companions(of: variable, in: group) { add(name) }
    }
    return names.compactMap { group.variable($0) }
  }

  /// Quality flags of a variable: its `ancillary_variables`, or `<name>_QC`,
  /// `<name>_quality_control` or `<name>_qc` when the group has them.
  public static func companions(of variable: NetCDFVariable, in group: NetCDFGroup) -> [String] {
    let listed = (variable.attribute("ancillary_variables")?.text ?? "")
      .split(separator: " ").map(String.init)
    let usual = ["_QC", "_quality_control", "_qc"].map { variable.name + $0 }
    return (listed + usual).filter { group.variable($0) != nil }
  }

  /// A column of the decoded values at `positions`.
  public static func column(_ decoded: CFDecoded, _ variable: NetCDFVariable, _ positions: [Int])
    -> Column
  {
    let name = variable.name
    // Rows in the variable's own order need no gathering.
    let isIdentity =
      positions.count == decoded.count && positions.last == positions.count - 1
      && positions.first == 0
    func pick<T>(_ values: [T]) -> [T] {
      isIdentity ? values : Gather.values(values, at: positions)
    }
    let valid = (isIdentity ? decoded.valid : decoded.valid.map { $0.gathering(positions) })
      .flatMap { $0.hasMissing ? $0 : nil }
    switch decoded {
    case .numbers(let values, _):
      let unit = variable.units
      if variable.type.isInteger, !CFDecoder.isPacked(variable) {
        let ints = positions.map { values[$0].isFinite ? Int(values[$0]) : 0 }
        return Column(name: name, storage: .int(ints), validity: valid, unit: unit)
      }
      return Column(
        name: name, storage: .float(Gather.values(values, at: positions)), validity: valid,
        unit: unit)
    case .times(let micro, _):
      return Column(
        name: name, storage: .time(Gather.values(micro, at: positions)), validity: valid)
    case .calendarTimes(let texts, let calendar, _):
      return Column(
        name: name, storage: .strings(positions.map { texts[$0] }), validity: valid,
        unit: "calendar \(calendar.rawValue)")
    case .strings(let strings):
      return Column(name: name, storage: .strings(positions.map { strings[$0] }))
    case .flags(let codes, let meanings, _):
      return Column(name: name, storage: flagStorage(pick(codes), meanings), validity: valid)
    }
  }
}

extension CFFrame {
  /// Flag codes as dictionary-encoded meanings (a code without one shows as its number).
  static func flagStorage(_ codes: [Int], _ meanings: [Int: String]) -> ColumnStorage {
    let (ids, count) = GroupIds.of(Column(name: "", storage: .int(codes)))
    var dictionary = [String](repeating: "", count: count)
    for (row, id) in ids.enumerated() where dictionary[id].isEmpty {
      dictionary[id] = meanings[codes[row]] ?? String(codes[row])
    }
    return .string(codes: ids.map { Int32(truncatingIfNeeded: $0) }, dictionary: dictionary)
  }
}

/// The rows of a frame over some dimensions (row-major), and where each row falls in a
/// variable over a subset of them.
struct RowLayout {
  let dims: [String]
  let sizes: [Int]
  let count: Int

  init(dims: [String], sizes: [Int]) throws(NetCDFError) {
    var count = 1
    for size in sizes {
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      guard !overflow, product <= Tensor.maxElements else {
        throw NetCDFError(TensorMessages.cfTooManyRows)

      }
      count = product
    }
    self.dims = dims
    self.sizes = sizes
    self.count = count
  }

  /// For each row, the flat index into a variable over `variableDims` (each one of `dims`).
  func positions(of variableDims: [String]) -> [Int] {
    var strides = [Int](repeating: 0, count: dims.count)
    var stride = 1
    for dim in variableDims.reversed() {
      guard let axis = dims.firstIndex(of: dim) else { continue }
      strides[axis] = stride
      stride *= sizes[axis]
    }
    if variableDims == dims { return Array(0..<count) }
    var result = [Int](repeating: 0, count: count)
    var counters = [Int](repeating: 0, count: dims.count)
    var position = 0
    for row in 0..<count {
      result[row] = position
      var axis = dims.count - 1
      while axis >= 0 {
        counters[axis] += 1
        position += strides[axis]
        if counters[axis] < sizes[axis] { break }
        position -= strides[axis] * sizes[axis]
        counters[axis] = 0
        axis -= 1
      }
    }
    return result
  }

  /// The position along dimension `axis` of every row.
  func indexColumn(_ name: String, axis: Int) -> Column {
    let inner = sizes[(axis + 1)...].reduce(1, *)
    let values = (0..<count).map { ($0 / inner) % sizes[axis] }
    return Column(name: name, storage: .int(values))
  }
}
