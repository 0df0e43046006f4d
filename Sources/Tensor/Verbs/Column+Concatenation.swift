/// Stacking columns end to end over their typed storage (no per-value boxing).
extension Column {
  /// Why pieces of a column cannot be stacked.
  public enum ConcatenationProblem: Error, Equatable {
    /// Two pieces hold types no column holds together (only int meets float, giving float).
    case mixedTypes(ColumnType, ColumnType)
    /// A piece's unit does not convert to the first piece's; the text says why.
    case incompatibleUnits(String)
    /// A piece has a unit and another none, and nothing says what the bare one is.
    case unitAndNone(String)
  }

  /// What a piece without a unit is, next to pieces with one.
  public enum BareUnit: Sendable {
    /// It takes the others' unit (a fill value, a coalesced column).
    case adopt
    /// It is an error: stacked frames must say.
    case refuse
    /// It is in this unit (converted to the first piece's).
    case taken(PhysicalUnit)
  }

  /// One piece of a stacked column: a column, or `count` missing rows where a frame lacks it.
  public enum Piece: Sendable {
    case column(Column)
    case missing(count: Int)

    var count: Int {
      switch self {
      case .column(let column): return column.count
      case .missing(let count): return max(0, count)
      }
    }

    var column: Column? {
      if case .column(let column) = self { return column }
      return nil
    }
  }

  /// The pieces stacked in order. Ints meeting floats become floats; strings share one
  /// dictionary; the unit is the first piece's that has one, and pieces in other units are
  /// converted to it (an incompatible unit is an error). O(total rows).
  public static func concatenating(
    _ pieces: [Piece], name: String, bare: BareUnit = .adopt
  ) throws(ConcatenationProblem) -> Column {
    let (pieces, unit) = try inOneUnit(pieces, bare: bare)
    let type = try commonType(pieces.compactMap(\.column).map(\.type))
    let storage: ColumnStorage
    switch type {
    case .float: storage = .float(stacked(pieces, filler: 0.0) { Column.floats($0) })
    case .int:
      storage = .int(stacked(pieces, filler: 0) { if case .int(let v) = $0 { v } else { nil } })
    case .bool:
      storage = .bool(
        stacked(pieces, filler: false) { if case .bool(let v) = $0 { v } else { nil } })
    case .time:
      storage = .time(stacked(pieces, filler: 0) { if case .time(let v) = $0 { v } else { nil } })
    case .string: storage = stackedStrings(pieces)
    }
    return Column(
      name: name, storage: storage, validity: stackedValidity(pieces), physicalUnit: unit)
  }

  /// The pieces converted to the first unit among them, and that unit.
  private static func inOneUnit(_ pieces: [Piece], bare: BareUnit) throws(ConcatenationProblem)
    -> ([Piece], PhysicalUnit?)
  {
    guard let target = pieces.lazy.compactMap({ $0.column?.physicalUnit }).first else {
      return (pieces, nil)
    }
    var result: [Piece] = []
    for piece in pieces {
      guard var column = piece.column else {
        result.append(piece)
        continue
      }
      if column.physicalUnit == nil {
        switch bare {
        case .adopt: column.physicalUnit = target
        case .refuse: throw .unitAndNone(target.symbol)
        case .taken(let unit): column.physicalUnit = unit
        }
      }
      result.append(.column(try column.inUnit(target)))
    }
    return (result, target)
  }

  /// The column in `target` (unchanged when its unit is that one already).
  func inUnit(_ target: PhysicalUnit) throws(ConcatenationProblem) -> Column {
    guard let unit = physicalUnit, unit != target else { return self }
    if unit.isEquivalent(to: target), type != .float {
      var same = self
      same.physicalUnit = target
      return same
    }
    do throws(ConversionProblem) {
      return try converted(to: target)
    } catch {
      switch error {
      case .unit(let problem): throw .incompatibleUnits(problem.message)
      case .notNumeric, .noUnit:
        throw .incompatibleUnits(
          TensorMessages.cannotConvertColumn(type.rawValue, name, from: unit, to: target))

      }
    }
  }

  /// A column of `count` missing values of a type.
  public static func missing(_ type: ColumnType, count: Int, name: String) -> Column {
    let count = max(0, count)
    let storage: ColumnStorage
    switch type {
    case .float: storage = .float(Array(repeating: 0, count: count))
    case .int: storage = .int(Array(repeating: 0, count: count))
    case .bool: storage = .bool(Array(repeating: false, count: count))
    case .time: storage = .time(Array(repeating: 0, count: count))
    case .string: storage = .string(codes: Array(repeating: 0, count: count), dictionary: [""])
    }
    return Column(name: name, storage: storage, validity: Bitmap(count: count, allValid: false))
  }

  /// The type of a stack of these types; float when there are none.
  static func commonType(_ types: [ColumnType]) throws(ConcatenationProblem) -> ColumnType {
    var result: ColumnType?
    for type in types {
      switch (result, type) {
      case (nil, _): result = type
      case (.int?, .float), (.float?, .int): result = .float
      case (let current?, _) where current == type: break
      case (let current?, _): throw .mixedTypes(current, type)
      }
    }
    return result ?? .float
  }

  /// A numeric storage as floats; nil for strings.
  static func floats(_ storage: ColumnStorage) -> [Double]? {
    switch storage {
    case .float(let values): return values
    case .int(let values): return values.map(Double.init)
    default: return nil
    }
  }

  private static func stacked<T>(
    _ pieces: [Piece], filler: T, _ values: (ColumnStorage) -> [T]?
  ) -> [T] {
    var result: [T] = []
    result.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
    for piece in pieces {
      if let column = piece.column, let part = values(column.storage) {
        result.append(contentsOf: part)
      } else {
        result.append(contentsOf: repeatElement(filler, count: piece.count))
      }
    }
    return result
  }

  private static func stackedStrings(_ pieces: [Piece]) -> ColumnStorage {
    var codes: [Int32] = []
    codes.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
    var dictionary: [String] = []
    var lookup: [String: Int32] = [:]
    for piece in pieces {
      guard case .string(let pieceCodes, let pieceDictionary)? = piece.column?.storage else {
        codes.append(contentsOf: repeatElement(0, count: piece.count))
        continue
      }
      let remap = pieceDictionary.map { text -> Int32 in
        if let code = lookup[text] { return code }
        let code = Int32(truncatingIfNeeded: dictionary.count)
        lookup[text] = code
        dictionary.append(text)
        return code
      }
      codes.append(
        contentsOf: pieceCodes.map { remap.indices.contains(Int($0)) ? remap[Int($0)] : 0 })
    }
    if dictionary.isEmpty { dictionary = [""] }
    return .string(codes: codes, dictionary: dictionary)
  }

  private static func stackedValidity(_ pieces: [Piece]) -> Bitmap? {
    let hasMissing = pieces.contains { piece in
      piece.column.map { $0.validity != nil } ?? (piece.count > 0)
    }
    guard hasMissing else { return nil }
    var validity = Bitmap(count: pieces.reduce(0) { $0 + $1.count })
    var offset = 0
    for piece in pieces {
      for row in 0..<piece.count where piece.column.map({ $0.isMissing(row) }) ?? true {
        validity.set(offset + row, false)
      }
      offset += piece.count
    }
    return validity
  }
}
