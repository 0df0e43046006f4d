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
  }

  /// The listed columns stacked into a name column and a value column, row by row: each input
  /// row gives one row per listed column, after the id columns (all the others). O(result).
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
    let order = (0..<rows).flatMap { row in (0..<width).map { $0 * rows + row } }
    let values: Column
    do throws(Column.ConcatenationProblem) {
      values = try Column.concatenating(
        stacked.map { .column($0) }, name: valuesTo, bare: bareUnit.map { .taken($0) } ?? .refuse)
    } catch {
      switch error {
      case .mixedTypes(let a, let b): throw .mixedTypes(a, b)
      case .incompatibleUnits(let reason): throw .units(reason)
      case .unitAndNone(let unit):
        throw .units(
          "some columns are in \(unit) and some have no unit; say what the bare ones are with "
            + "units=\"\(unit)\"")
      }
    }
    let ids = frame.dropping(Set(names)).columns.map { column in
      column.gathering((0..<rows).flatMap { repeatElement($0, count: width) })
    }
    let nameColumn = Column(
      name: namesTo, storage: .strings((0..<rows).flatMap { _ in names }))
    do throws(Frame.Problem) {
      return try Frame(columns: ids + [nameColumn, values.gathering(order)])
    } catch {
      throw .frame(error)
    }
  }

  /// One row per distinct combination of the id columns (all but `namesFrom` and
  /// `valuesFrom`, in order of first appearance), one new column per distinct name (in order
  /// of first appearance) holding the values; missing where a pair does not occur.
  /// `label` turns a name column's value into a column name. O(rows).
  public static func wider(
    _ frame: Frame, namesFrom: String, valuesFrom: String,
    label: (Column, Int) -> String
  ) throws(Problem) -> Frame {
    guard let names = frame.column(named: namesFrom) else { throw .noColumn(namesFrom) }
    guard let values = frame.column(named: valuesFrom) else { throw .noColumn(valuesFrom) }
    let ids = frame.dropping([namesFrom, valuesFrom]).columns
    let idKeys = KeyPart.rows(ids, asFloat: ids.map { _ in false }, count: frame.rowCount)
    var idSlots: [[KeyPart]: Int] = [:]
    var firstRows: [Int] = []
    var labels: [String] = []
    var labelSlots: [String: Int] = [:]
    var cells: [[Int]: Int] = [:]
    for row in 0..<frame.rowCount {
      guard !names.isMissing(row) else { throw .missingName(row: row) }
      let id = idSlots[idKeys[row]] ?? firstRows.count
      if id == firstRows.count {
        idSlots[idKeys[row]] = id
        firstRows.append(row)
      }
      let text = label(names, row)
      let slot = labelSlots[text] ?? labels.count
      if slot == labels.count {
        labelSlots[text] = slot
        labels.append(text)
      }
      guard cells.updateValue(row, forKey: [id, slot]) == nil else {
        throw .duplicate(id: ids.map { label($0, row) }, name: text)
      }
    }
    let spread = labels.indices.map { slot in
      var column = values.gathering(
        orMissing: firstRows.indices.map { cells[[$0, slot]] ?? -1 })
      column.name = labels[slot]
      return column
    }
    do throws(Frame.Problem) {
      return try Frame(columns: ids.map { $0.gathering(firstRows) } + spread)
    } catch {
      throw .frame(error)
    }
  }
}
