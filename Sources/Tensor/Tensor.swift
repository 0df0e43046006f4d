import Guards

/// An n-dimensional array of float64 (or float32) values, row-major and contiguous. Copies
/// share storage until one is changed.
public struct Tensor: Equatable, Sendable {
  public let shape: [Int]
  /// The values, typed as the tensor's dtype.
  public internal(set) var storage: Storage

  /// The element type: numpy's names.
  public enum DType: String, Sendable, CaseIterable {
    case float64, float32
  }

  /// The values of one dtype.
  public enum Storage: Equatable, Sendable {
    case float64([Double])
    case float32([Float])

    public var count: Int {
      switch self {
      case .float64(let values): values.count
      case .float32(let values): values.count
      }
    }
  }

  public enum Problem: Error, Equatable {
    case shapeMismatch([Int], [Int])
    case badShape(String)
    case axisOutOfRange(Int, Int)
    /// A subscript past the end of its axis.
    case indexOutOfRange(String)
    /// More values than a tensor may hold, or more memory than the budget allows.
    case tooLarge(String)
  }

  /// A tensor of `shape` holding `data` (whose count must be the product of the shape).
  public init(shape: [Int], data: [Double]) throws(Problem) {
    try Tensor.check(shape, count: data.count)
    self.shape = shape
    self.storage = .float64(data)
  }

  /// A float32 tensor of `shape` holding `values`.
  public init(shape: [Int], float32 values: [Float]) throws(Problem) {
    try Tensor.check(shape, count: values.count)
    self.shape = shape
    self.storage = .float32(values)
  }

  /// Throws unless `count` values fill `shape` exactly.
  static func check(_ shape: [Int], count: Int) throws(Problem) {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw .badShape(TensorMessages.negativeSize) }
    guard let expected = Tensor.elementCount(shape), expected == count else {
      throw .badShape(TensorMessages.valuesDoNotFill(count, shape))
    }
  }

  init(unchecked shape: [Int], data: [Double]) {
    self.shape = shape
    self.storage = .float64(data)
  }

  init(unchecked shape: [Int], storage: Storage) {
    self.shape = shape
    self.storage = storage
  }

  init<E: TensorElement>(unchecked shape: [Int], values: [E]) {
    self.shape = shape
    self.storage = E.storage(values)
  }

  public var dtype: DType {
    switch storage {
    case .float64: .float64
    case .float32: .float32
    }
  }

  /// Changes the values in place when they are of type `E` (copying them first only when
  /// another tensor shares them); false, with nothing changed, for another dtype.
  mutating func updateValues<E: TensorElement>(_ change: (inout [E]) -> Void) -> Bool {
    guard var values = E.values(of: storage) else { return false }
    storage = .float64([])  // drops the stored reference, so `values` is unique
    change(&values)
    storage = E.storage(values)
    return true
  }

  /// The values as float64 (float32 values converted exactly). For a float32 tensor each
  /// read converts all values (O(n)): read it once, outside loops.
  public var data: [Double] {
    switch storage {
    case .float64(let values): values
    case .float32(let values): values.map(Double.init)
    }
  }

  /// The same values as `dtype` (float64 to float32 rounds to nearest, as numpy's astype).
  public func converted(to dtype: DType) -> Tensor {
    switch (storage, dtype) {
    case (.float64(let values), .float32):
      Tensor(unchecked: shape, storage: .float32(values.map(Float.init)))
    case (.float32(let values), .float64):
      Tensor(unchecked: shape, storage: .float64(values.map(Double.init)))
    default: self
    }
  }

  /// A tensor of `shape` filled with one value.
  public static func filled(_ shape: [Int], with value: Double) throws(Problem) -> Tensor {
    guard shape.allSatisfy({ $0 >= 0 }) else {
      throw .badShape(TensorMessages.shapeTooLarge(shape))
    }
    guard let count = elementCount(shape), count <= maxElements else {
      throw .tooLarge(TensorMessages.shapeTooLarge(shape))
    }
    do {
      try MemoryBudget.check(count: count, stride: 8)
    } catch {
      throw .tooLarge(TensorMessages.tensorTooLarge(shape, error.message))
    }
    return Tensor(unchecked: shape, data: Array(repeating: value, count: count))
  }

  /// The most values one tensor may hold (2 GiB of floats); larger shapes are an error
  /// rather than an allocation that takes the machine down.
  public static let maxElements = 1 << 28

  /// The product of the sizes, nil on overflow.
  public static func elementCount(_ shape: [Int]) -> Int? {
    var count = 1
    for size in shape {
      let (product, overflow) = count.multipliedReportingOverflow(by: size)
      if overflow { return nil }
      count = product
    }
    return count
  }

  public var rank: Int { shape.count }
  public var count: Int { storage.count }

  /// Row-major strides in elements.
  public var strides: [Int] {
    var result = Array(repeating: 1, count: shape.count)
    var stride = 1
    for axis in shape.indices.reversed() {
      result[axis] = stride
      stride *= shape[axis]
    }
    return result
  }

  /// Each value transformed, same shape and dtype.
  public func mapped(_ transform: (Double) -> Double) -> Tensor {
    switch storage {
    case .float64(let values): Tensor(unchecked: shape, data: values.map(transform))
    case .float32(let values):
      Tensor(unchecked: shape, storage: .float32(values.map { Float(transform(Double($0))) }))
    }
  }

  /// Each value negated, same shape and dtype.
  public func negated() -> Tensor {
    switch storage {
    case .float64(let values): Tensor(unchecked: shape, storage: .float64(values.map { -$0 }))
    case .float32(let values): Tensor(unchecked: shape, storage: .float32(values.map { -$0 }))
    }
  }

  /// The same values in a new shape; one size may be -1 (inferred).
  public func reshaped(_ newShape: [Int]) throws(Problem) -> Tensor {
    var shape = newShape
    if let unknown = shape.firstIndex(of: -1) {
      let known = shape.enumerated().filter { $0.offset != unknown }.map(\.element)
      guard known.allSatisfy({ $0 > 0 }), let product = Tensor.elementCount(known),
        product > 0, count % product == 0
      else { throw .badShape(TensorMessages.cannotReshape(self.shape, newShape)) }
      shape[unknown] = count / product
    }
    guard Tensor.elementCount(shape) == count, shape.allSatisfy({ $0 >= 0 }) else {
      throw .badShape(TensorMessages.cannotReshapeCount(self.shape, count, newShape))
    }
    return Tensor(unchecked: shape, storage: storage)
  }

  /// Axes reversed (the matrix transpose for rank 2), or permuted by `axes`.
  public func transposed(_ axes: [Int]? = nil) throws(Problem) -> Tensor {
    let order = axes ?? Array(shape.indices.reversed())
    guard order.sorted() == Array(shape.indices) else {
      throw .badShape(TensorMessages.notAPermutation(order, rank))

    }
    let newShape = order.map { shape[$0] }
    let oldStrides = strides
    let newStrides = order.map { oldStrides[$0] }
    switch storage {
    case .float64(let values):
      return Tensor(unchecked: newShape, values: Tensor.permuted(values, newShape, newStrides))
    case .float32(let values):
      return Tensor(unchecked: newShape, values: Tensor.permuted(values, newShape, newStrides))
    }
  }

  /// `data` read at `newStrides` in the order of `newShape`. O(count · rank).
  static func permuted<E: TensorElement>(_ data: [E], _ newShape: [Int], _ newStrides: [Int])
    -> [E]
  {
    let rank = newShape.count
    let count = data.count
    var result = [E](repeating: 0, count: count)
    var index = Array(repeating: 0, count: rank)
    for position in 0..<count {
      var offset = 0
      for axis in 0..<rank { offset += index[axis] * newStrides[axis] }
      result[position] = data[offset]
      var axis = rank - 1
      while axis >= 0 {
        index[axis] += 1
        if index[axis] < newShape[axis] { break }
        index[axis] = 0
        axis -= 1
      }
    }
    return result
  }
}
