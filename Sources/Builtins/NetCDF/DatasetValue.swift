import Foundation
import Interpreter
import Lang
import Tensor

/// A netCDF file (or one of its groups) as an awi value. Opening read only the header;
/// `ds.TEMP` is a variable that reads its values when used, `ds.group` a nested group.
final class DatasetValue: ObjectValue {
  let file: NetCDFFile
  let group: NetCDFGroup

  init(file: NetCDFFile, group: NetCDFGroup? = nil) {
    self.file = file
    self.group = group ?? file.root
  }

  var typeName: String { "dataset" }
  var length: Int? { group.variables.count }

  var shortDescription: String {
    "<dataset \(name): \(group.dimensions.count) dimensions, \(group.variables.count) variables>"
  }

  var name: String {
    let base = URL(fileURLWithPath: file.path).lastPathComponent
    return group.path == "/" ? base : base + group.path
  }

  func display(width: Int) -> String { DatasetSummary(self).text(width: width) }

  var memberNames: [String] {
    group.variables.map(\.name) + group.groups.map(\.name)
      + ["dims", "attrs", "variables", "groups", "path", "format"]
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    if let variable = group.variable(name) {
      return .object(VariableValue(file: file, group: group, variable: variable))
    }
    if let child = group.group(name) { return .object(DatasetValue(file: file, group: child)) }
    switch name {
    case "dims":
      let dims = visibleDimensions.map { ($0.name, Value.int($0.length)) }
      return .record(RecordObject(dims))
    case "attrs": return NetCDFAwi.record(group.attributes)
    case "variables": return .list(ListObject(group.variables.map { .string($0.name) }))
    case "groups": return .list(ListObject(group.groups.map { .string($0.name) }))
    case "path": return .string(file.path)
    case "format": return .string(file.format)
    default: return nil
    }
  }

  func element(_ index: Value) throws(RuntimeError) -> Value? {
    guard case .string(let name) = index else { return nil }
    guard let value = try member(name) else {
      throw RuntimeError(
        .noField, NetCDFMessages.noMember(name, self.name),
        help: Suggest.closest(to: name, in: memberNames).map(Messages.didYouMean))
    }
    return value
  }

  func elements() throws(RuntimeError) -> [Value]? {
    group.variables.map { .string($0.name) }
  }

  /// The group's dimensions and those of the groups it is in.
  var visibleDimensions: [NetCDFDimension] {
    var dims = group.dimensions
    var path = group.path
    while path != "/" {
      path = path.split(separator: "/").dropLast().map(String.init).joined(separator: "/")
      path = "/" + path
      if let parent = groupAt(path) {
        dims += parent.dimensions.filter { dim in !dims.contains { $0.name == dim.name } }
      }
    }
    return dims
  }

  private func groupAt(_ path: String) -> NetCDFGroup? {
    var current = file.root
    for part in path.split(separator: "/") {
      guard let next = current.group(String(part)) else { return nil }
      current = next
    }
    return current
  }
}
