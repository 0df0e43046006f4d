import Foundation
import Interpreter
import Tensor

/// What write_netcdf writes for each kind of value: a frame as variables over one
/// dimension, a tensor as one variable over its labelled axes, a dataset copied as stored,
/// a record of those as one group each. CF-1.10 attributes throughout.
enum NetCDFWriting {
  static func tree(_ value: Value, name: String, index: String?) throws(RuntimeError) -> NetCDFTree
  {
    switch value {
    case .object(let frame as FrameValue): return try tree(frame.frame, name: name, index: index)
    case .object(let tensor as TensorValue): return tree(tensor, name: name)
    case .object(let dataset as DatasetValue): return try copy(dataset.file, dataset.group)
    case .object(let variable as VariableValue):
      return try tree(try variable.values(), name: variable.variable.name, index: index)
    case .record(let record):
      var root = NetCDFTree()
      for (key, item) in zip(record.keys, record.values) {
        var group = try tree(item, name: key, index: index)
        group.name = key
        root.groups.append(group)
      }
      return root
    default:
      throw RuntimeError(NetCDFMessages.cannotWrite(value.typeName))
    }
  }

  /// One dimension (`index`'s column becomes its coordinate, else `row`), one variable per
  /// column.
  static func tree(_ frame: Frame, name: String, index: String?) throws(RuntimeError) -> NetCDFTree
  {
    if let index, frame.column(named: index) == nil {
      throw RuntimeError(.noColumn, FrameMessages.noColumn(index, frame.columnCount))
    }
    let dimension = index ?? "row"
    let variables = frame.columns.map { column in variable(column, dimension: dimension) }
    return NetCDFTree(name: name, dimensions: [(dimension, frame.rowCount)], variables: variables)
  }

  /// A column as a variable with units, long_name and _FillValue when values are missing.
  static func variable(_ column: Column, dimension: String) -> NetCDFTree.Variable {
    var attributes = [NetCDFAttribute(name: "long_name", value: .text(column.name))]
    let hasMissing = column.missingCount > 0
    let type: NetCDFType
    let values: NetCDFValues
    switch column.storage {
    case .float(let numbers):
      type = .double
      values = .double(numbers.indices.map { column.isMissing($0) ? .nan : numbers[$0] })
      if hasMissing || numbers.contains(where: \.isNaN) { attributes.append(fill(.nan, type)) }
    case .int(let numbers):
      type = .int64
      values = .int64(numbers.indices.map { column.isMissing($0) ? fillInt64 : Int64(numbers[$0]) })
      if hasMissing { attributes.append(fill(Double(fillInt64), type)) }
    case .bool(let flags):
      type = .byte
      values = .int8(flags.indices.map { column.isMissing($0) ? -127 : (flags[$0] ? 1 : 0) })
      if hasMissing { attributes.append(fill(-127, type)) }
      attributes.append(NetCDFAttribute(name: "flag_values", value: .numbers([0, 1], .byte)))
      attributes.append(NetCDFAttribute(name: "flag_meanings", value: .text("false true")))
    case .string(let codes, let dictionary):
      type = .string
      values = .string(codes.indices.map { column.isMissing($0) ? "" : dictionary[Int(codes[$0])] })
    case .time(let micro):
      type = .int64
      values = .int64(micro.indices.map { column.isMissing($0) ? fillInt64 : micro[$0] })
      attributes.append(
        NetCDFAttribute(name: "units", value: .text("microseconds since 1970-01-01T00:00:00Z")))
      attributes.append(NetCDFAttribute(name: "calendar", value: .text("proleptic_gregorian")))
      attributes.append(NetCDFAttribute(name: "standard_name", value: .text("time")))
      if hasMissing { attributes.append(fill(Double(fillInt64), type)) }
    }
    if let unit = column.unit, column.type != .time {
      attributes.append(NetCDFAttribute(name: "units", value: .text(unit)))
    }
    return NetCDFTree.Variable(
      name: column.name, type: type, dimensions: [dimension], attributes: attributes, values: values
    )
  }

  /// Int64.min: exactly a Double, so the attribute and the data agree.
  static let fillInt64: Int64 = .min

  static func fill(_ value: Double, _ type: NetCDFType) -> NetCDFAttribute {
    NetCDFAttribute(name: "_FillValue", value: .numbers([value], type))
  }

  /// The tensor as variable `name` over its axes (coordinate variables for labelled ones).
  static func tree(_ value: TensorValue, name: String) -> NetCDFTree {
    let tensor = value.tensor
    let axes = value.labels?.axes ?? []
    let names = tensor.shape.indices.map { axis in
      axis < axes.count && axes[axis].values.count == tensor.shape[axis]
        ? axes[axis].name : "dim_\(axis)"
    }
    var attributes = [NetCDFAttribute(name: "_FillValue", value: .numbers([.nan], .double))]
    if let unit = value.labels?.unit {
      attributes.append(NetCDFAttribute(name: "units", value: .text(unit)))
    }
    var variables = [
      NetCDFTree.Variable(
        name: name, type: .double, dimensions: names, attributes: attributes,
        values: .double(tensor.data))
    ]
    for (axis, label) in axes.enumerated() where axis < names.count && names[axis] == label.name {
      let units =
        label.unit.isEmpty ? [] : [NetCDFAttribute(name: "units", value: .text(label.unit))]
      variables.insert(
        NetCDFTree.Variable(
          name: label.name, type: .double, dimensions: [label.name], attributes: units,
          values: .double(label.values)), at: variables.count - 1)
    }
    return NetCDFTree(
      name: name, dimensions: zip(names, tensor.shape).map { ($0, $1) }, variables: variables)
  }

  /// A dataset group as stored: every variable's raw values and attributes, its groups.
  static func copy(_ file: NetCDFFile, _ group: NetCDFGroup) throws(RuntimeError) -> NetCDFTree {
    var variables: [NetCDFTree.Variable] = []
    for variable in group.variables {
      do throws(NetCDFError) {
        variables.append(
          NetCDFTree.Variable(
            name: variable.name, type: variable.type, dimensions: variable.dimensions,
            attributes: variable.attributes, values: try file.read(variable)))
      } catch {
        throw RuntimeError(error.message)
      }
    }
    var groups: [NetCDFTree] = []
    for child in group.groups { groups.append(try copy(file, child)) }
    return NetCDFTree(
      name: group.name, dimensions: group.dimensions.map { ($0.name, $0.length) },
      variables: variables, attributes: group.attributes, groups: groups)
  }

  /// CF-1.10 global attributes: Conventions, title, history (this write first), source.
  static func globals(_ tree: inout NetCDFTree, title: String?, script: String, path: String) {
    let kept = tree.attributes.filter { !["Conventions", "history", "source"].contains($0.name) }
    let old = tree.attributes.first { $0.name == "history" }?.value.text
    let line = "\(RunFacts.timestamp(Date())): written by awish write_netcdf from \(script)"
    var attributes = [NetCDFAttribute(name: "Conventions", value: .text("CF-1.10"))]
    if let title { attributes.append(NetCDFAttribute(name: "title", value: .text(title))) }
    attributes.append(
      NetCDFAttribute(name: "history", value: .text(old.map { line + "\n" + $0 } ?? line)))
    attributes.append(NetCDFAttribute(name: "source", value: .text("awish, script \(script)")))
    tree.attributes = attributes + kept.filter { title == nil || $0.name != "title" }
  }
}
