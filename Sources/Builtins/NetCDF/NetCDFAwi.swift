import Interpreter
import Tensor

/// Decoded netCDF values as awi values: numbers as a tensor labelled with the variable's
/// dimensions, coordinates and unit; times and strings as columns; one value as a number,
/// a string or nil.
enum NetCDFAwi {
  static func value(_ decoded: CFDecoded, of owner: VariableValue, slice: NetCDFSlice)
    throws(NetCDFError) -> Value
  {
    let variable = owner.variable
    let shape = slice.shape
    if shape.isEmpty, let scalar = scalar(decoded) { return scalar }
    switch decoded {
    case .numbers, .flags:
      let tensor = try self.tensor(decodedNumbers(decoded), shape: shape)
      return .object(TensorValue(tensor, labels: labels(owner, slice, decoded)))
    case .times, .calendarTimes, .strings:
      return .column(CFFrame.column(decoded, variable, Array(0..<decoded.count)))
    }
  }

  /// One value as a number, a string or nil (times stay a column of one).
  static func scalar(_ decoded: CFDecoded) -> Value? {
    if decoded.valid?.isValid(0) == false { return .null }
    switch decoded {
    case .numbers, .flags: return decodedNumbers(decoded).first.map { .float($0) }
    case .strings(let strings): return strings.first.map { .string($0) }
    case .calendarTimes(let texts, _, _): return texts.first.map { .string($0) }
    case .times: return nil
    }
  }

  /// Numbers (flag codes for flags); missing values are NaN.
  static func decodedNumbers(_ decoded: CFDecoded) -> [Double] {
    switch decoded {
    case .numbers(let values, _): return values
    case .flags(let codes, _, let valid):
      return codes.indices.map { valid?.isValid($0) == false ? .nan : Double(codes[$0]) }
    default: return []
    }
  }

  static func tensor(_ values: [Double], shape: [Int]) throws(NetCDFError) -> Tensor {
    do throws(Tensor.Problem) {
      return try Tensor(shape: shape, data: values)
    } catch {
      throw NetCDFError(NetCDFMessages.valuesDoNotFill("\(shape)"))
    }
  }

  /// Axes named after the kept dimensions, with the coordinate variable's values (seconds
  /// since 1970 for times) or positions, and the variable's name and unit as the kind.
  static func labels(_ owner: VariableValue, _ slice: NetCDFSlice, _ decoded: CFDecoded)
    -> TensorLabels
  {
    var axes: [TensorLabels.Axis] = []
    for axis in slice.axes where axis.isKept {
      axes.append(coordinateAxis(owner, axis))
    }
    var kind = owner.variable.name
    if let units = owner.variable.units, !units.isEmpty { kind += " [\(units)]" }
    if case .flags = decoded { kind += " flags (meanings in .flags)" }
    // A time axis counts seconds from its first time, which the header prints.
    var origin: Double?
    for index in axes.indices where axes[index].unit == "s since 1970-01-01" && origin == nil {
      let first = axes[index].values.first ?? 0
      origin = first
      axes[index] = TensorLabels.Axis(
        name: axes[index].name, unit: "s", values: axes[index].values.map { $0 - first })
    }
    return TensorLabels(
      axes: axes, timeOrigin: origin, rate: nil, frames: nil, kind: kind, recipe: nil,
      unit: owner.variable.units)
  }

  private static func coordinateAxis(_ owner: VariableValue, _ axis: NetCDFSlice.Axis)
    -> TensorLabels.Axis
  {
    let positions = axis.positions.map(Double.init)
    guard let coordinate = owner.group.variable(axis.dimension),
      coordinate.dimensions == [axis.dimension],
      let raw = try? owner.file.read(coordinate)
    else { return TensorLabels.Axis(name: axis.dimension, unit: "", values: positions) }
    let (decoded, _) = CFDecoder.decode(coordinate, raw, shape: coordinate.shape)
    switch decoded.gathering(axis.positions) {
    case .numbers(let values, _):
      return TensorLabels.Axis(name: axis.dimension, unit: coordinate.units ?? "", values: values)
    case .times(let micro, _):
      return TensorLabels.Axis(
        name: axis.dimension, unit: "s since 1970-01-01", values: micro.map { Double($0) / 1e6 })
    default: return TensorLabels.Axis(name: axis.dimension, unit: "", values: positions)
    }
  }

  /// Attributes as a record: text as strings, one number as a number, several as a list.
  static func record(_ attributes: [NetCDFAttribute]) -> Value {
    .record(RecordObject(attributes.map { ($0.name, attributeValue($0.value)) }))
  }

  static func attributeValue(_ value: NetCDFAttributeValue) -> Value {
    switch value {
    case .text(let text): return .string(text)
    case .strings(let strings):
      return strings.count == 1
        ? .string(strings[0]) : .list(ListObject(strings.map { .string($0) }))
    case .numbers(let numbers, let type):
      let items: [Value] = numbers.map { type.isInteger ? .int(Int(exactly: $0) ?? 0) : .float($0) }
      return items.count == 1 ? items[0] : .list(ListObject(items))
    }
  }
}
