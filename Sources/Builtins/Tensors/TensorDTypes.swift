import Interpreter
import Tensor

/// numpy's dtype rules for tensor values: which operand type an operator sees, and the
/// float32 reductions.
extension TensorValue {
  /// `value` as the other operand of an operator on `tensor`. A plain awi number is "weak"
  /// (numpy 2, NEP 50): it takes the tensor's dtype, so float32 op 2.5 stays float32.
  /// Lists and tensors keep their own dtype, and float64 wins over float32.
  static func operand(_ value: Value, with tensor: Tensor) -> Tensor? {
    let operand = TensorValue.tensor(from: value)
    switch value {
    case .int, .float: return operand?.converted(to: tensor.dtype)
    default: return operand
    }
  }

  /// A float32 tensor's reduction as numpy computes it for float32 input (in float32,
  /// pairwise), or nil for float64 tensors, which take the column path.
  static func reduceFloat32(_ tensor: Tensor, _ kind: ColumnReductions.Kind, axis: Value)
    throws -> Value?
  {
    guard tensor.dtype == .float32 else { return nil }
    let reduction: Tensor.Reduction
    switch kind {
    case .sum: reduction = .sum
    case .mean: reduction = .mean
    case .min: reduction = .min
    case .max: reduction = .max
    case .std: reduction = .std(ddof: 1)
    case .median: reduction = .median
    }
    guard case .int(let axis) = axis else {
      return tensor.reduced(reduction).map { .float($0) } ?? .null
    }
    do throws(Tensor.Problem) {
      return .object(TensorValue(try tensor.reduced(reduction, axis: axis)))
    } catch {
      throw TensorValue.runtimeError(error, "axis")
    }
  }

  /// numpy's std of the whole tensor (a float, null for `ddof` values or fewer) or along
  /// `axis` (a tensor), in the tensor's dtype.
  func std(ddof: Int, axis: Value) throws -> Value {
    guard case .int(let axis) = axis else {
      return tensor.reduced(.std(ddof: ddof)).map { .float($0) } ?? .null
    }
    do throws(Tensor.Problem) {
      return .object(TensorValue(try tensor.reduced(.std(ddof: ddof), axis: axis)))
    } catch {
      throw TensorValue.runtimeError(error, "axis")
    }
  }
}
