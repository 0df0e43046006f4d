import Interpreter

/// The numbers behind box plots, per group in order of first appearance.
enum BoxStatistics {
  static func boxes(_ values: [Double], groups: [String]?) -> (
    names: [String], summaries: [BoxSummary]
  ) {
    var order: [String] = []
    var members: [String: [Double]] = [:]
    for (index, value) in values.enumerated() where value.isFinite {
      let group = groups.map { index < $0.count ? $0[index] : "" } ?? ""
      if members[group] == nil { order.append(group) }
      members[group, default: []].append(value)
    }
    let summaries = order.enumerated().map { position, name in
      summary(members[name] ?? [], at: Double(position))
    }
    return (groups == nil ? [""] : order, summaries)
  }

  static func summary(_ values: [Double], at position: Double) -> BoxSummary {
    let sorted = values.sorted()
    let q1 = percentile(sorted, 0.25)
    let q3 = percentile(sorted, 0.75)
    let reach = 1.5 * (q3 - q1)
    let inside = sorted.filter { $0 >= q1 - reach && $0 <= q3 + reach }
    return BoxSummary(
      position: position, lowerQuartile: q1, median: percentile(sorted, 0.5),
      upperQuartile: q3, lowerWhisker: inside.first ?? q1, upperWhisker: inside.last ?? q3,
      outliers: sorted.filter { $0 < q1 - reach || $0 > q3 + reach })
  }

  /// numpy.percentile's default ("linear") on sorted values.
  static func percentile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let position = q * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
  }
}

/// The data of a boxplot call: the values and, when grouped, each value's group.
enum BoxArguments {
  static func read(_ args: Arguments) throws -> (
    values: [Double], groups: [String]?, label: String, groupLabel: String
  ) {
    var valueSeries: PlotSeries?
    var groupSeries: PlotSeries?
    if case .object(let frame as FrameValue) = args.value("data") {
      for (name, isGroup) in [("value", false), ("by", true)] {
        let series: PlotSeries?
        switch args.value(name) {
        case .null: series = nil
        case .string(let column):
          guard let found = frame.frame.column(named: column) else {
            throw args.error(
              .noColumn, FrameMessages.noColumn(column, frame.frame.columnCount), at: name)
          }
          series = PlotSeries.from(found)
        case let other: series = PlotSeries.from(other)
        }
        if isGroup { groupSeries = series } else { valueSeries = series }
      }
      guard valueSeries != nil else {
        throw args.error(
          PlotMessages.nameValueColumn, at: "value", help: PlotMessages.nameValueColumnHelp)
      }
    } else {
      valueSeries = PlotSeries.from(args.value("data"))
      if !args.isNull("by") { groupSeries = PlotSeries.from(args.value("by")) }
      guard valueSeries != nil else {
        throw args.error(PlotMessages.cannotPlot(args.value("data").typeName), at: "data")
      }
    }
    guard let values = valueSeries, values.categories == nil else {
      throw args.error(.notNumeric, PlotMessages.boxNeedsNumbers, at: "value")
    }
    if let groupSeries {
      guard groupSeries.values.count == values.values.count else {
        throw args.error(
          .lengthMismatch,
          PlotMessages.byLength(groupSeries.values.count, values.values.count), at: "by")
      }
      // Rows whose group is missing belong to no box.
      let names = groupSeries.categories
      var kept: [Double] = []
      var keptGroups: [String] = []
      for (value, group) in zip(values.values, groupSeries.values) where group.isFinite {
        kept.append(value)
        if let names, Int(group) >= 0, Int(group) < names.count {
          keptGroups.append(names[Int(group)])
        } else {
          keptGroups.append(PlotScale.shortNumber(group))
        }
      }
      return (kept, keptGroups, values.label, groupSeries.label)
    }
    return (values.values, nil, values.label, "")
  }
}
