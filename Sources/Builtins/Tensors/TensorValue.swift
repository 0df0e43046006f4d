import Foundation
import Interpreter
import Lang
import Tensor

/// An n-D tensor as an awi value: element-wise operators with broadcasting, `@`, indexing
/// along the first axis, and a display with the shape and an abbreviated body.
final class TensorValue: ObjectValue {
  private(set) var tensor: Tensor
  /// Axis coordinates and provenance of spectral results (see TensorLabels).
  var labels: TensorLabels?

  init(_ tensor: Tensor, labels: TensorLabels? = nil) {
    self.tensor = tensor
    self.labels = labels
  }

  deinit {
    BufferPool.shared.give(tensor.storage)
  }

  var typeName: String { "tensor" }
  var length: Int? { tensor.shape.first ?? 1 }
  var shortDescription: String { "<tensor \(TensorText.heading(tensor))>" }
  func display(width: Int) -> String {
    labels.map { $0.display(tensor) } ?? TensorText.display(tensor)
  }

  func binary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError) -> Value? {
    keepingLabels(try plainBinary(op, other, isLeft: isLeft))
  }

  private func plainBinary(_ op: BinaryOperator, _ other: Value, isLeft: Bool) throws(RuntimeError)
    -> Value?
  {
    guard let otherTensor = TensorValue.operand(other, with: tensor) else { return nil }
    let (a, b) = isLeft ? (tensor, otherTensor) : (otherTensor, tensor)
    if op != .matmul, let shape = Broadcast.shape(a.shape, b.shape),
      (Tensor.elementCount(shape) ?? Int.max) > Tensor.maxElements
    {
      throw RuntimeError(
        .outOfMemory,
        TensorBuiltinMessages.resultTooLarge(op.rawValue, shape, Tensor.maxElements))
    }
    do throws(Tensor.Problem) {
      switch op {
      case .matmul: return .object(TensorValue(try a.matmul(b)))
      case .add: return .object(TensorValue(try Broadcast.apply(a, b, .add)))
      case .subtract: return .object(TensorValue(try Broadcast.apply(a, b, .subtract)))
      case .multiply: return .object(TensorValue(try Broadcast.apply(a, b, .multiply)))
      case .divide: return .object(TensorValue(try Broadcast.apply(a, b, .divide)))
      case .power: return .object(TensorValue(try Broadcast.apply(a, b, .power)))
      default: return nil
      }
    } catch {
      throw TensorValue.runtimeError(error, op.rawValue)
    }
  }

  func binaryInPlace(_ op: BinaryOperator, _ other: Value) throws(RuntimeError) -> Value? {
    guard case .object(let object as TensorValue) = other else { return nil }
    let kind: Broadcast.Operator
    switch op {
    case .add: kind = .add
    case .subtract: kind = .subtract
    case .multiply: kind = .multiply
    case .divide: kind = .divide
    default: return nil
    }
    guard Broadcast.applyInPlace(&tensor, object.tensor, kind) else { return nil }
    return .object(self)
  }

  static func runtimeError(_ problem: Tensor.Problem, _ op: String) -> RuntimeError {
    switch problem {
    case .shapeMismatch(let a, let b):
      return RuntimeError(
        .shapeMismatch, TensorBuiltinMessages.shapeMismatch(a, b, op),
        help: op == "@"
          ? TensorBuiltinMessages.matmulShapesHelp : TensorBuiltinMessages.broadcastHelp)
    case .badShape(let text): return RuntimeError(.builtinTensor, text)
    case .indexOutOfRange(let text): return RuntimeError(.indexOutOfRange, text)
    case .tooLarge(let text): return RuntimeError(.outOfMemory, text)
    case .axisOutOfRange(let axis, let rank):
      return RuntimeError(.valueOutOfRange, TensorBuiltinMessages.axisOutOfRange(axis, rank))
    }
  }

  func unary(_ op: UnaryOperator) throws(RuntimeError) -> Value? {
    guard op == .negate else { return nil }
    return .object(TensorValue(tensor.negated(), labels: labels))
  }

  func element(_ index: Value) throws(RuntimeError) -> Value? {
    guard case .int(let position) = index, let first = tensor.shape.first else { return nil }
    let row = position < 0 ? first + position : position
    guard row >= 0, row < first else {
      throw RuntimeError(.indexOutOfRange, InterpreterMessages.indexOutOfRange(position, first))
    }
    guard let sub = try? tensor.picking([.index(row)]) else { return nil }
    if sub.rank == 0, let value = sub.data.first { return .float(value) }
    return .object(TensorValue(sub))
  }

  func elements(at subscripts: [IndexItem]) throws(RuntimeError) -> Value? {
    guard subscripts.count <= tensor.rank else {
      throw RuntimeError(
        .indexType, TensorBuiltinMessages.tooManySubscripts(subscripts.count, tensor.shape))
    }
    var picks: [Tensor.Pick] = []
    for (axis, item) in subscripts.enumerated() {
      let size = tensor.shape[axis]
      switch item {
      case .single(.int(let position)):
        let index = position < 0 ? size + position : position
        guard index >= 0, index < size else {
          throw RuntimeError(.indexOutOfRange, InterpreterMessages.indexOutOfRange(position, size))
        }
        picks.append(.index(index))
      case .single(let other):
        throw RuntimeError(
          .indexType, InterpreterMessages.indexType(TensorBuiltinMessages.tensor, other.typeName))
      case .slice(let lower, let upper, let step):
        picks.append(
          .positions(
            try Indexing.positions(
              count: size, lower: lower, upper: upper,
              step: step)))
      }
    }
    do throws(Tensor.Problem) {
      let picked = try tensor.picking(picks)
      if picked.rank == 0, let value = picked.data.first { return .float(value) }
      return .object(TensorValue(picked))
    } catch {
      throw TensorValue.runtimeError(error, "[]")
    }
  }

  /// `t[lower:upper:step]`: a slice along the first axis.
  func slice(_ lower: Int?, _ upper: Int?, _ step: Int?) throws(RuntimeError) -> Value? {
    try elements(at: [.slice(lower, upper, step)])
  }

  func elements() throws(RuntimeError) -> [Value]? {
    guard let first = tensor.shape.first else { return tensor.data.map { .float($0) } }
    var items: [Value] = []
    for row in 0..<first {
      guard let item = try element(.int(row)) else { return nil }
      items.append(item)
    }
    return items
  }

  func member(_ name: String) throws(RuntimeError) -> Value? {
    if let axis = labels?.axis(name) {
      return .object(TensorValue(Tensor.vector(axis.values)))
    }
    switch name {
    case "shape": return .list(ListObject(tensor.shape.map { .int($0) }))
    case "unit": return labels?.unit.map { .string($0) } ?? .null
    case "dtype": return .string(tensor.dtype.rawValue)
    case "T":
      do throws(Tensor.Problem) {
        return .object(TensorValue(try tensor.transposed()))
      } catch {
        throw TensorValue.runtimeError(error, "T")
      }
    default: return nil
    }
  }

  var memberNames: [String] {
    ["shape", "dtype", "T"] + (labels?.unit == nil ? [] : ["unit"])
      + (labels?.axes.map(\.name) ?? [])
  }

  /// A tensor from a tensor, a number (rank 0), or nested lists of numbers.
  static func tensor(from value: Value) -> Tensor? {
    switch value {
    case .object(let object as TensorValue): return object.tensor
    case .object(let variable as VariableValue):
      guard case .object(let object as TensorValue)? = try? variable.values() else { return nil }
      return object.tensor
    case .int(let x): return try? Tensor(shape: [], data: [Double(x)])
    case .float(let x): return try? Tensor(shape: [], data: [x])
    case .list, .range: return try? nested(value)
    default: return nil
    }
  }

  /// The most axes a tensor made from nested lists may have (numpy's limit); deeper
  /// nesting, as in a list that holds itself, is not a tensor.
  static let maxNesting = 64

  /// Nested lists of numbers to a tensor; nil when ragged, not numbers, or nested deeper than
  /// `maxNesting`.
  static func nested(_ value: Value) throws -> Tensor? {
    var shape: [Int] = []
    var isShapeKnown = false
    var data: [Double] = []
    func walk(_ value: Value, depth: Int) -> Bool {
      if let number = ValueConversion.number(value) {
        isShapeKnown = true
        guard depth == shape.count else { return false }
        data.append(number)
        return true
      }
      if case .string = value { return false }
      guard depth < maxNesting, let items = try? Iteration.elements(of: value) else { return false }
      if !isShapeKnown, depth == shape.count { shape.append(items.count) }
      guard depth < shape.count, shape[depth] == items.count else { return false }
      return items.allSatisfy { walk($0, depth: depth + 1) }
    }
    guard walk(value, depth: 0) else { return nil }
    return try Tensor(shape: shape, data: data)
  }
}
