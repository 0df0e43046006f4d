import Interpreter
import Tensor

/// Values to plot along one axis, from a column, tensor, list or range: numbers (NaN where
/// missing), times as seconds since the epoch, or category names.
struct PlotSeries {
  var values: [Double]
  var isTime = false
  var categories: [String]?
  /// "name [unit]" of a column, for the axis label.
  var label = ""

  static func from(_ value: Value) -> PlotSeries? {
    switch value {
    case .object(let column as ColumnValue): return from(column.column)
    case .object(let tensor as TensorValue): return PlotSeries(values: tensor.tensor.data)
    case .list(let list): return from(list.items)
    case .range:
      guard let items = try? Iteration.elements(of: value) else { return nil }
      return from(items)
    default: return nil
    }
  }

  static func from(_ items: [Value]) -> PlotSeries? {
    if items.contains(where: { if case .string = $0 { true } else { false } }) {
      var names: [String] = []
      for item in items {
        guard case .string(let name) = item else { return nil }
        names.append(name)
      }
      return categorical(names)
    }
    var values: [Double] = []
    values.reserveCapacity(items.count)
    for item in items {
      if case .null = item {
        values.append(.nan)
      } else if let number = ValueConversion.number(item) {
        values.append(number)
      } else {
        return nil
      }
    }
    return PlotSeries(values: values)
  }

  static func from(_ column: Column) -> PlotSeries? {
    let label = column.name + (column.unit.map { " [\($0)]" } ?? "")
    var series: PlotSeries
    switch column.storage {
    case .float(let values): series = PlotSeries(values: values)
    case .int(let values): series = PlotSeries(values: values.map(Double.init))
    case .bool(let values): series = PlotSeries(values: values.map { $0 ? 1 : 0 })
    case .time(let values):
      series = PlotSeries(values: values.map { Double($0) / 1e6 }, isTime: true)
    case .string(let codes, let dictionary):
      series = categorical(
        codes.map { Int($0) < dictionary.count && $0 >= 0 ? dictionary[Int($0)] : "" })
    }
    if column.missingCount > 0 {
      for row in 0..<column.count where column.isMissing(row) { series.values[row] = .nan }
    }
    series.label = label
    return series
  }

  /// Names as positions 0, 1, … in order of first appearance.
  static func categorical(_ names: [String]) -> PlotSeries {
    var order: [String] = []
    var position: [String: Int] = [:]
    var values: [Double] = []
    values.reserveCapacity(names.count)
    for name in names {
      if position[name] == nil {
        position[name] = order.count
        order.append(name)
      }
      values.append(Double(position[name] ?? 0))
    }
    return PlotSeries(values: values, categories: order)
  }
}
