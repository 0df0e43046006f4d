/// An n-dimensional array of float64 values, row-major and contiguous. Copies share storage
/// until one is changed.
public struct Tensor: Equatable, Sendable {
  public let shape: [Int]
  public internal(set) var data: [Double]

  public enum Problem: Error, Equatable {
    case shapeMismatch([Int], [Int])
    case badShape(String)
    case axisOutOfRange(Int, Int)
  }

  /// A tensor of `shape` holding `data` (whose count must be the product of the shape).
  public init(shape: [Int], data: [Double]) throws(Problem) {
    guard shape.allSatisfy({ $0 >= 0 }) else { throw .badShape("negative size") }
    guard let count = Tensor.elementCount(shape), count == data.count else {
      throw .badShape("\(data.count) values do not fill shape \(shape)")
    }
    self.shape = shape
    self.data = data
  }

  init(unchecked shape: [Int], data: [Double]) {
    self.shape = shape
    self.data = data
  }

  /// A tensor of `shape` filled with one value.
  public static func filled(_ shape: [Int], with value: Double) throws(Problem) -> Tensor {
    guard shape.allSatisfy({ $0 >= 0 }), let count = elementCount(shape), count <= maxElements
    else {
      throw .badShape("shape \(shape) is too large or negative")
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
  public var count: Int { data.count }

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

  /// Each value transformed, same shape.
  public func mapped(_ transform: (Double) -> Double) -> Tensor {
    Tensor(unchecked: shape, data: data.map(transform))
  }

  /// The same values in a new shape; one size may be -1 (inferred).
  public func reshaped(_ newShape: [Int]) throws(Problem) -> Tensor {
    var shape = newShape
    if let unknown = shape.firstIndex(of: -1) {
      let known = shape.enumerated().filter { $0.offset != unknown }.map(\.element)
      guard known.allSatisfy({ $0 > 0 }), let product = Tensor.elementCount(known),
        product > 0, count % product == 0
      else { throw .badShape("cannot reshape \(self.shape) to \(newShape)") }
      shape[unknown] = count / product
    }
    guard Tensor.elementCount(shape) == count, shape.allSatisfy({ $0 >= 0 }) else {
      throw .badShape("cannot reshape \(self.shape) (\(count) values) to \(newShape)")
    }
    return Tensor(unchecked: shape, data: data)
  }

  /// Axes reversed (the matrix transpose for rank 2), or permuted by `axes`.
  public func transposed(_ axes: [Int]? = nil) throws(Problem) -> Tensor {
    let order = axes ?? Array(shape.indices.reversed())
    guard order.sorted() == Array(shape.indices) else {
      throw .badShape("axes \(order) are not a permutation of 0..<\(rank)")
    }
    let newShape = order.map { shape[$0] }
    let oldStrides = strides
    let newStrides = order.map { oldStrides[$0] }
    var result = [Double](repeating: 0, count: count)
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
    return Tensor(unchecked: newShape, data: result)
  }
}
