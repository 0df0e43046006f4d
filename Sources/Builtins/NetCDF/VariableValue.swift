import Interpreter
import Lang
import Tensor

/// A netCDF variable as an awi value. Nothing is read until it is used: `v[0, 0:10]` reads
/// only that slice; arithmetic, plots and `v.values` read it whole. Values come CF-decoded
/// (a labelled tensor of numbers, a time or string column); `v.raw` gives them as stored.
final class VariableValue: ObjectValue {
  let file: NetCDFFile
  let group: NetCDFGroup
  let variable: NetCDFVariable
  private var cache: Value?

  init(file: NetCDFFile, group: NetCDFGroup, variable: NetCDFVariable) {
    self.file = file
    self.group = group
    self.variable = variable
  }

  var typeName: String { "netcdf variable" }
  var length: Int? { CFFrame.dataDims(variable).isEmpty ? nil : variable.shape.first }
  var shortDescription: String { "<netcdf variable \(heading)>" }

  /// `TEMP float32 (N_PROF 1, N_LEVELS 70) [degree_Celsius]`.
  var heading: String {
    let dims = zip(variable.dimensions, variable.shape).map { "\($0) \($1)" }
    var text = "\(variable.name) \(variable.type.numpyName) (\(dims.joined(separator: ", ")))"
    if let units = variable.units, !units.isEmpty { text += " [\(units)]" }
    return text
  }

  func display(width: Int) -> String {
    var lines = ["netcdf variable " + heading]
    if let longName = variable.longName { lines.append("long_name: \(longName)") }
    guard variable.count <= 1_000_000 else {
      lines.append("\(variable.count) values: index or slice it to read a part")
      return lines.joined(separator: "\n")
    }
    switch Result(catching: { () throws(RuntimeError) in try values() }) {
    case .success(.object(let object)): lines.append(object.display(width: width))
    case .success(let value): lines.append(value.repr)
    case .failure(let error): lines.append("cannot read: \(error.message)")
    }
    return lines.joined(separator: "\n")
  }

  /// The whole variable, decoded (read once).
  func values() throws(RuntimeError) -> Value {
    if let cache { return cache }
    let value = try read(NetCDFSlice(whole: variable))
    cache = value
    return value
  }

  /// The decoded values of a slice.
  func read(_ slice: NetCDFSlice) throws(RuntimeError) -> Value {
    let (start, count) = slice.box(variable)
    do throws(NetCDFError) {
      let raw = try file.read(variable, start: start, count: count)
      var (decoded, _) = CFDecoder.decode(variable, raw, shape: count)
      if let picks = slice.picks(box: Array(count.prefix(slice.axes.count))) {
        decoded = decoded.gathering(picks)
      }
      return try NetCDFAwi.value(decoded, of: self, slice: slice)
    } catch {
      throw RuntimeError(error.kind == .malformed ? .malformedFile : .builtinFile, error.message)
    }
  }

  func elements(at subscripts: [IndexItem]) throws(RuntimeError) -> Value? {
    try read(NetCDFSlice(variable, subscripts))
  }

  func element(_ index: Value) throws(RuntimeError) -> Value? {
    try read(NetCDFSlice(variable, [.single(index)]))
  }

  func slice(_ lower: Int?, _ upper: Int?, _ step: Int?) throws(RuntimeError) -> Value? {
    try read(NetCDFSlice(variable, [.slice(lower, upper, step)]))
  }

  func elements() throws(RuntimeError) -> [Value]? {
    guard case .object(let object) = try values() else { return nil }
    return try object.elements()
  }

  func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    guard case .object(let object) = try values() else { return nil }
    var other = other
    if case .object(let variable as VariableValue) = other { other = try variable.values() }
    return try object.binary(op, other, isLeft: isLeft)
  }

  func unary(_ op: UnaryOperator) throws(RuntimeError) -> Value? {
    guard case .object(let object) = try values() else { return nil }
    return try object.unary(op)
  }

  var memberNames: [String] {
    ["name", "dims", "shape", "dtype", "units", "long_name", "attrs", "values", "raw", "flags"]
      + CFFrame.dataDims(variable).filter { group.variable($0) != nil }
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    switch name {
    case "name": return .string(variable.name)
    case "dims": return .list(ListObject(variable.dimensions.map { .string($0) }))
    case "shape": return .list(ListObject(variable.shape.map { .int($0) }))
    case "dtype": return .string(variable.type.numpyName)
    case "units": return variable.units.map { .string($0) } ?? .null
    case "long_name": return variable.longName.map { .string($0) } ?? .null
    case "attrs": return NetCDFAwi.record(variable.attributes)
    case "values": return try values()
    case "raw": return try raw()
    case "flags": return flags()
    default:
      guard CFFrame.dataDims(variable).contains(name), let coordinate = group.variable(name) else {
        return nil
      }
      return try VariableValue(file: file, group: group, variable: coordinate).values()
    }
  }

  /// The stored values, undecoded: a tensor of numbers, or a column of the char rows.
  func raw() throws(RuntimeError) -> Value {
    do throws(NetCDFError) {
      let stored = try file.read(variable)
      switch stored {
      case .char(let bytes):
        let strings = CFDecoder.rawStrings(bytes, length: variable.shape.last ?? 1)
        return .column(Column(name: variable.name, storage: .strings(strings)))
      case .string(let strings):
        return .column(Column(name: variable.name, storage: .strings(strings)))
      default:
        return .object(TensorValue(try NetCDFAwi.tensor(stored.doubles, shape: variable.shape)))
      }
    } catch {
      throw RuntimeError(error.kind == .malformed ? .malformedFile : .builtinFile, error.message)
    }
  }

  /// `{code: meaning}` of a flag variable, nil for others.
  func flags() -> Value {
    guard let meanings = CFDecoder.flagMeanings(variable) else { return .null }
    let pairs = meanings.keys.sorted().map { (String($0), Value.string(meanings[$0] ?? "")) }
    return .record(RecordObject(pairs))
  }
}
