import Guards

/// Reshaping frames between wide and long form, as tidyr's pivot_longer and pivot_wider.
public enum Pivot {
  public enum Problem: Error, Equatable {
    case noColumn(String)
    case mixedTypes(ColumnType, ColumnType)
    /// The stacked columns' units do not meet; the text says why.
    case units(String)
    case missingName(row: Int)
    case duplicate(id: [String], name: String)
    case frame(Frame.Problem)
    /// The result (pivot_longer) or the table of ids × names (pivot_wider) would not fit in
    /// memory.
    case memory(MemoryBudget.Refusal)
  }

  /// The listed columns stacked into a name column and a value column, row by row: each input
  /// row gives one row per listed column, after the id columns (all the others). The index
  /// arrays are made once and every column gathered through them. O(result).
  public static func longer(
    _ frame: Frame, columns names: [String], namesTo: String, valuesTo: String,
    bareUnit: PhysicalUnit? = nil
  ) throws(Problem) -> Frame {
    var stacked: [Column] = []
    for name in names {
      guard let column = frame.column(named: name) else { throw .noColumn(name) }
      stacked.append(column)
    }
    let rows = frame.rowCount
    let width = stacked.count
    let (total, overflow) = rows.multipliedReportingOverflow(by: width)
    do throws(MemoryBudget.Refusal) {
      // Per result row: the two index arrays, the name code and a value of every column.
      let stride = 8 * (frame.columnCount + 3)
      try MemoryBudget.check(count: overflow ? Int.max : total, stride: stride)
    } catch {
      throw .memory(error)
    }
    let values: Column
    do throws(Column.ConcatenationProblem) {
      values = try Column.concatenating(
        stacked.map { .column($0) }, name: valuesTo, bare: bareUnit.map { .taken($0) } ?? .refuse)
    } catch {
      switch error {
      case .mixedTypes(let a, let b): throw .mixedTypes(a, b)
      case .incompatibleUnits(let reason): throw .units(reason)
      case .unitAndNone(let unit):
        throw .units(TensorMessages.pivotBareColumns(unit))

      }
    }
    let (idRows, valueRows) = stackedPositions(rows: rows, width: width)
    let ids = frame.dropping(Set(names)).columns.map { $0.gathering(idRows) }
    do throws(Frame.Problem) {
      return try Frame(
        columns: ids + [nameColumn(names, rows: rows, name: namesTo), values.gathering(valueRows)])
    } catch {
      throw .frame(error)
    }
  }

  /// For each result row of stacking `width` columns of `rows` rows: the input row it comes
  /// from, and its position in the columns concatenated one after another.
  static func stackedPositions(rows: Int, width: Int) -> (idRows: [Int], valueRows: [Int]) {
    let total = rows * width
    let idRows = [Int](unsafeUninitializedCapacity: total) { out, initialized in
      for row in 0..<rows {
        for slot in 0..<width { out.initializeElement(at: row * width + slot, to: row) }
      }
      initialized = total
    }
    let valueRows = [Int](unsafeUninitializedCapacity: total) { out, initialized in
      for row in 0..<rows {
        for slot in 0..<width {
          out.initializeElement(at: row * width + slot, to: slot * rows + row)
        }
      }
      initialized = total
    }
    return (idRows, valueRows)
  }

  /// The names repeated once per input row, as codes into the distinct names: the column
  /// `ColumnStorage.strings` makes of the repeated texts, without hashing each one.
  static func nameColumn(_ names: [String], rows: Int, name: String) -> Column {
    guard rows > 0 else { return Column(name: name, storage: .strings([])) }
    let distinct = ColumnStorage.strings(names)
    guard case .string(let codes, let dictionary) = distinct else {
      return Column(name: name, storage: distinct)
    }
    let total = rows * codes.count
    let repeated = [Int32](unsafeUninitializedCapacity: total) { out, initialized in
      for row in 0..<rows {
        for slot in codes.indices {
          out.initializeElement(at: row * codes.count + slot, to: codes[slot])
        }
      }
      initialized = total
    }
    return Column(name: name, storage: .string(codes: repeated, dictionary: dictionary))
  }

  /// One row per distinct combination of the id columns (all but `namesFrom` and
  /// `valuesFrom`, in order of first appearance), one new column per distinct name (in order
  /// of first appearance) holding the values; missing where a pair does not occur.
  /// `label` turns a name column's value into a column name. The ids are matched once
  /// (`GroupIds.matching`), each distinct name labelled once, and every row's value placed
  /// by index into a table of ids × names. O(rows + ids × names).
  public static func wider(
    _ frame: Frame, namesFrom: String, valuesFrom: String,
    label: (Column, Int) -> String
  ) throws(Problem) -> Frame {
    guard let names = frame.column(named: namesFrom) else { throw .noColumn(namesFrom) }
    guard let values = frame.column(named: valuesFrom) else { throw .noColumn(valuesFrom) }
    let ids = frame.dropping([namesFrom, valuesFrom]).columns
    let rowCount = frame.rowCount
    let (idOf, idCount) = GroupIds.matching(ids, rowCount: rowCount)
    let (nameOf, labels) = labelled(names, label)
    let (cellCount, overflow) = idCount.multipliedReportingOverflow(by: labels.count)
    do throws(MemoryBudget.Refusal) {
      try MemoryBudget.check(count: overflow ? Int.max : cellCount, stride: 16)
    } catch {
      throw .memory(error)
    }
    var cells = [Int](repeating: -1, count: cellCount)
    var firstRows = [Int](repeating: -1, count: idCount)
    for row in 0..<rowCount {
      guard !names.isMissing(row) else { throw .missingName(row: row) }
      let (id, slot) = (idOf[row], nameOf[row])
      if firstRows[id] < 0 { firstRows[id] = row }
      guard cells[slot * idCount + id] < 0 else {
        throw .duplicate(id: ids.map { label($0, row) }, name: labels[slot])
      }
      cells[slot * idCount + id] = row
    }
    let spread = labels.indices.map { slot in
      var column = values.gathering(orMissing: Array(cells[slot * idCount..<(slot + 1) * idCount]))
      column.name = labels[slot]
      return column
    }
    do throws(Frame.Problem) {
      return try Frame(columns: ids.map { $0.gathering(firstRows) } + spread)
    } catch {
      throw .frame(error)
    }
  }

  /// The slot of each row's name (missing rows: 0) and the labels of the slots: one per
  /// distinct label, in order of first appearance. Each distinct value is labelled once.
  static func labelled(_ names: Column, _ label: (Column, Int) -> String)
    -> (slots: [Int], labels: [String])
  {
    let (ids, distinctCount) = GroupIds.of(names)
    var firstRows = [Int](repeating: -1, count: distinctCount)
    for (row, id) in ids.enumerated() where id >= 0 && firstRows[id] < 0 { firstRows[id] = row }
    var labels: [String] = []
    var slotOfLabel: [String: Int] = [:]
    let slotOfId = firstRows.map { row in
      let text = label(names, row)
      if let slot = slotOfLabel[text] { return slot }
      slotOfLabel[text] = labels.count
      labels.append(text)
      return labels.count - 1
    }
    return (ids.map { $0 >= 0 ? slotOfId[$0] : 0 }, labels)
  }
}
