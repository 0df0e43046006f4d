import Tensor

/// What a dataset prints: a short `ncdump -h` — format, dimensions, the time range, one
/// line per variable (type, dimensions, units, long name), groups and the main global
/// attributes. Only the time coordinate is read, for its range.
struct DatasetSummary {
  let dataset: DatasetValue

  init(_ dataset: DatasetValue) {
    self.dataset = dataset
  }

  static let shownAttributes = [
    "title", "institution", "source", "featureType", "Conventions", "license", "history",
  ]

  func text(width: Int) -> String {
    let group = dataset.group
    var lines = [
      "dataset \(dataset.name) (\(dataset.file.format)): \(group.dimensions.count) dimensions, "
        + "\(group.variables.count) variables"
    ]
    let dims = group.dimensions.map {
      "\($0.name) \($0.length)\($0.isUnlimited ? " (unlimited)" : "")"
    }
    if !dims.isEmpty { lines.append(fit("dimensions: " + dims.joined(separator: ", "), width)) }
    if let range = timeRange() { lines.append(range) }
    if !group.variables.isEmpty { lines.append("variables:") }
    let nameWidth = min(24, group.variables.map(\.name.count).max() ?? 0)
    for variable in group.variables {
      lines.append(fit(line(variable, nameWidth: nameWidth), width))
    }
    if !group.groups.isEmpty {
      lines.append("groups: " + group.groups.map(\.name).joined(separator: ", "))
    }
    for name in DatasetSummary.shownAttributes {
      guard let value = group.attribute(name) else { continue }
      let text = value.text ?? value.numbers?.map { "\($0)" }.joined(separator: ", ") ?? ""
      let firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
      lines.append(fit(":\(name) = \(firstLine)", width))
    }
    return lines.joined(separator: "\n")
  }

  private func line(_ variable: NetCDFVariable, nameWidth: Int) -> String {
    let name = variable.name.padding(to: nameWidth)
    let dims = "(" + variable.dimensions.joined(separator: ", ") + ")"
    var text = "  \(name) \(variable.type.numpyName.padding(to: 7)) \(dims)"
    if let units = variable.units, !units.isEmpty { text += " [\(units)]" }
    if let longName = variable.longName, !longName.isEmpty { text += " \(longName)" }
    return text
  }

  private func fit(_ text: String, _ width: Int) -> String {
    text.count <= width ? text : String(text.prefix(max(width - 1, 10))) + "…"
  }

  /// `time: first … last (NAME)` from the time coordinate, when there is one.
  func timeRange() -> String? {
    let group = dataset.group
    let candidates = group.variables.filter {
      $0.dimensions.count <= 1 && CFTimeUnits.looksLikeTime($0.units ?? "")
        && $0.count <= 10_000_000
    }
    let preferred = candidates.first { $0.dimensions == [$0.name] } ?? candidates.first
    guard let variable = preferred, let raw = try? dataset.file.read(variable) else { return nil }
    let (decoded, note) = CFDecoder.decode(variable, raw, shape: variable.shape)
    let valid = { (index: Int) in decoded.valid?.isValid(index) ?? true }
    switch decoded {
    case .times(let micro, _):
      let kept = micro.indices.filter(valid).map { micro[$0] }
      guard let first = kept.min(), let last = kept.max() else { return nil }
      let range =
        first == last ? ISOTime.text(first) : ISOTime.text(first) + " … " + ISOTime.text(last)
      return "time: \(range) (\(variable.name))"
    case .calendarTimes(let texts, let calendar, _):
      let kept = texts.indices.filter(valid).map { texts[$0] }
      guard let first = kept.min(), let last = kept.max() else { return nil }
      return "time: \(first) … \(last) (\(variable.name), \(calendar.rawValue) calendar)"
    default:
      return note.map { "time: \(variable.name) \($0.text)" }
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters (never cut).
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
