/// Adds each row's event position and time when the table lacks them: from the one event of
/// the dataset, or by the row's `Event` label when there are several. Each event's values
/// are parsed once; rows only gather them. O(rows + events).
enum EventColumns {
  static func add(_ events: [PangaeaMetadata.Event], to frame: inout Frame) throws(CSVError) {
    guard !events.isEmpty else { return }
    let eventColumn = frame.column(named: "Event")
    // Each row's event number; events.count where the label names no event.
    let rows: [Int]
    if let eventColumn, let numbers = eventNumbers(eventColumn, events) {
      rows = numbers
    } else if events.count == 1 {
      rows = Array(repeating: 0, count: frame.rowCount)
      if eventColumn == nil, let label = events.first?.label {
        try set(
          Column(name: "Event", storage: .strings(Array(repeating: label, count: frame.rowCount))),
          in: &frame)
      }
    } else {
      return
    }
    let numbers: [(String, String?, [Double?])] = [
      ("Latitude", nil, events.map(\.latitude)), ("Longitude", nil, events.map(\.longitude)),
      ("Elevation", "m", events.map(\.elevation)),
    ]
    for (name, unit, values) in numbers where frame.column(named: name) == nil {
      guard values.contains(where: { $0 != nil }) else { continue }
      let perRow = rows.map { $0 < values.count ? values[$0] : nil }
      try set(
        Column(
          name: name, storage: .float(perRow.map { $0 ?? .nan }),
          validity: Bitmap(perRow.map { $0 != nil }), unit: unit), in: &frame)
    }
    let times = events.map { $0.date.flatMap(TimeParsing.iso) }
    if frame.column(named: "Date/Time") == nil, times.contains(where: { $0 != nil }) {
      let perRow = rows.map { $0 < times.count ? times[$0] : nil }
      try set(
        Column(
          name: "Date/Time", storage: .time(perRow.map { $0 ?? 0 }),
          validity: Bitmap(perRow.map { $0 != nil })),
        in: &frame)
    }
  }

  /// The event number of each row of a text `Event` column, by label.
  static func eventNumbers(_ column: Column, _ events: [PangaeaMetadata.Event]) -> [Int]? {
    guard case .string(let codes, let dictionary) = column.storage else { return nil }
    let byLabel = Dictionary(
      events.enumerated().map { ($1.label, $0) }, uniquingKeysWith: { first, _ in first })
    let numbers = dictionary.map { byLabel[$0] ?? events.count }
    return codes.indices.map { row in
      let code = Int(codes[row])
      return column.isMissing(row) || code < 0 || code >= numbers.count
        ? events.count : numbers[code]
    }
  }

  static func set(_ column: Column, in frame: inout Frame) throws(CSVError) {
    do throws(Frame.Problem) {
      try frame.set(column)
    } catch {
      throw CSVError(message: TensorMessages.pangaeaEventColumn(column.name))

    }
  }
}
