import Interpreter
import Tensor

/// sum, mean, min, max, std and median of a column, skipping missing values as pandas does.
enum ColumnReductions {
  enum Kind { case sum, mean, min, max, std, median }

  /// The reduction of `value` when it is a column or tensor; nil for any other value.
  /// `axis` (an int or nil) reduces a tensor along one axis.
  static func reduce(_ value: Value, _ kind: Kind, axis: Value = .null) throws -> Value? {
    switch value {
    case .object(let object as ColumnValue): return reduce(object.column, kind)
    case .object(let object as TensorValue):
      if let reduced = try TensorValue.reduceFloat32(object.tensor, kind, axis: axis) {
        return reduced
      }
      guard case .int(let axis) = axis else {
        return reduce(Column(name: "", storage: .float(object.tensor.data)), kind)
      }
      do throws(Tensor.Problem) {
        let reduced = try Broadcast.reduce(object.tensor, axis: axis) { lane in
          if case .float(let x) = reduce(Column(name: "", storage: .float(lane)), kind) {
            return x
          }
          return .nan
        }
        return .object(TensorValue(reduced))
      } catch {
        throw TensorValue.runtimeError(error, "axis")
      }
    default: return nil
    }
  }

  static func reduce(_ column: Column, _ kind: Kind) -> Value {
    if kind == .sum, case .int(let ints) = column.storage {
      var total = 0
      var overflow = false
      for row in ints.indices where !column.isMissing(row) {
        let (next, over) = total.addingReportingOverflow(ints[row])
        total = next
        overflow = overflow || over
      }
      if !overflow { return .int(total) }
    }
    if kind == .min || kind == .max, case .int(let ints) = column.storage {
      // In ints: a Double cannot hold every int64, and Int.max rounds up past it.
      let valid = ints.indices.lazy.filter { !column.isMissing($0) }.map { ints[$0] }
      return (kind == .min ? valid.min() : valid.max()).map(Value.int) ?? .null
    }
    guard let values = Reduce.validFloats(column) else { return .null }
    let result: Double?
    switch kind {
    case .sum: result = Reduce.sum(values)
    case .mean: result = Reduce.mean(values)
    case .min: result = Reduce.minimum(values)
    case .max: result = Reduce.maximum(values)
    case .std: result = Reduce.standardDeviation(values, ddof: 1)
    case .median: result = Reduce.quantile(values, 0.5)
    }
    return result.map(Value.float) ?? .null
  }
}
