/// Adds each row's event position and time when the table lacks them: from the one event of
/// the dataset, or by the row's `Event` label when there are several.
enum EventColumns {
  static func add(_ events: [PangaeaMetadata.Event], to frame: inout Frame) throws(CSVError) {
    guard !events.isEmpty else { return }
    let labels = frame.column(named: "Event").flatMap(labelsOf)
    guard events.count == 1 || labels != nil else { return }
    let rowEvents: [PangaeaMetadata.Event?] = (0..<frame.rowCount).map { row in
      guard let labels else { return events.first }
      return events.first(where: { $0.label == labels[row] })
    }
    if labels == nil, frame.column(named: "Event") == nil, let label = events.first?.label {
      try set(
        Column(name: "Event", storage: .strings(Array(repeating: label, count: frame.rowCount))),
        in: &frame)
    }
    let numbers: [(String, String?, (PangaeaMetadata.Event) -> Double?)] = [
      ("Latitude", nil, \.latitude), ("Longitude", nil, \.longitude),
      ("Elevation", "m", \.elevation),
    ]
    for (name, unit, value) in numbers where frame.column(named: name) == nil {
      let values = rowEvents.map { $0.flatMap(value) }
      guard values.contains(where: { $0 != nil }) else { continue }
      try set(
        Column(
          name: name, storage: .float(values.map { $0 ?? .nan }),
          validity: Bitmap(values.map { $0 != nil }), unit: unit), in: &frame)
    }
    if frame.column(named: "Date/Time") == nil {
      let times = rowEvents.map { $0?.date.flatMap(TimeParsing.iso) }
      if times.contains(where: { $0 != nil }) {
        try set(
          Column(
            name: "Date/Time", storage: .time(times.map { $0 ?? 0 }),
            validity: Bitmap(times.map { $0 != nil })),
          in: &frame)
      }
    }
  }

  static func labelsOf(_ column: Column) -> [String]? {
    guard case .string(let codes, let dictionary) = column.storage else { return nil }
    return codes.map { Int($0) < dictionary.count && $0 >= 0 ? dictionary[Int($0)] : "" }
  }

  static func set(_ column: Column, in frame: inout Frame) throws(CSVError) {
    do throws(Frame.Problem) {
      try frame.set(column)
    } catch {
      throw CSVError(message: "cannot add the event column '\(column.name)'")
    }
  }
}
